import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { philox4x32, mulhi32, PhiloxStream, stream, ZIGGURAT } from "../../src/sim/index.js";

const hex = (o: Uint32Array): string => Array.from(o, (x) => x.toString(16).padStart(8, "0")).join(" ");

/** Standard normal cdf by Simpson's rule on [−12, x] (enough for bin probabilities to 1e-12). */
function phi(x: number): number {
  if (x === -Infinity) return 0;
  if (x === Infinity) return 1;
  const a = -12;
  const m = 4000;
  const h = (x - a) / m;
  let s = 0;
  for (let i = 0; i <= m; i++) {
    const t = a + i * h;
    s += (i === 0 || i === m ? 1 : i % 2 ? 4 : 2) * Math.exp(-0.5 * t * t);
  }
  return (s * h) / 3 / Math.sqrt(2 * Math.PI);
}

describe("Philox4x32-10", () => {
  it("reproduces the Random123 known-answer vectors (Salmon et al. 2011)", () => {
    const o = new Uint32Array(4);
    philox4x32(0, 0, 0, 0, 0, 0, o);
    expect(hex(o)).toBe("6627e8d5 e169c58d bc57ac4c 9b00dbd8");
    philox4x32(0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, o);
    expect(hex(o)).toBe("408f276d 41c83b0e a20bc7c6 6d5451fd");
    philox4x32(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0, o);
    expect(hex(o)).toBe("d16cfe09 94fdcceb 5001e420 24126ea1");
  });

  it("mulhi32 is the exact high word of the 64-bit product", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }), (a, b) => {
        const exact = (BigInt(a) * BigInt(b)) >> 32n;
        return BigInt(mulhi32(a, b)) === exact;
      }),
    );
  });
});

describe("PhiloxStream", () => {
  it("is a function of (seed, trial, matrix) only, whatever else was drawn before", () => {
    const first = stream(5, 3, 1);
    const a = Array.from({ length: 10 }, () => first.normal());
    // create and use other streams in between, in another order
    stream(5, 0, 0).fillNormal(new Float64Array(100));
    stream(5, 3, 0).uniform();
    const again = stream(5, 3, 1);
    expect(Array.from({ length: 10 }, () => again.normal())).toEqual(a);
    // neighbouring streams differ
    for (const [s, t, m] of [[6, 3, 1], [5, 4, 1], [5, 3, 2]]) {
      const g = stream(s, t, m);
      expect(Array.from({ length: 10 }, () => g.normal())).not.toEqual(a);
    }
  });

  it("uniform has 53 random bits in [0, 1)", () => {
    const g = stream(1);
    let odd = 0;
    let lo = 1;
    let hi = 0;
    const m = 20000;
    for (let i = 0; i < m; i++) {
      const u = g.uniform();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      if ((u * 2 ** 53) % 2 === 1) odd++;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    // the 53rd bit is a fair coin: 5σ bounds
    expect(Math.abs(odd - m / 2)).toBeLessThan(5 * Math.sqrt(m / 4));
  });

  it("ziggurat tables close: r matches Marsaglia–Tsang's published 3.6541528853610088", () => {
    expect(Math.abs(ZIGGURAT.r - 3.6541528853610088) / 3.6541528853610088).toBeLessThan(1e-14);
    expect(ZIGGURAT.x[256]).toBe(0);
  });

  const edges = [-Infinity, -3.5, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, Infinity];
  const chi2 = (z: Float64Array): number => {
    const p = edges.slice(1).map((e, i) => phi(e) - phi(edges[i]));
    const counts = new Array(p.length).fill(0);
    for (const x of z) {
      let b = 0;
      while (x >= edges[b + 1]) b++;
      counts[b]++;
    }
    let c = 0;
    for (let b = 0; b < p.length; b++) c += (counts[b] - z.length * p[b]) ** 2 / (z.length * p[b]);
    return c;
  };

  it("normal(): bin frequencies pass a χ² test (and a 2 % scale error fails it), moments match N(0, 1)", () => {
    const m = 400_000;
    const z = stream(2024).fillNormal(new Float64Array(m));
    expect(chi2(z)).toBeLessThan(37.7); // χ²₁₅ upper 0.1 % point
    expect(chi2(z.map((x) => 1.02 * x))).toBeGreaterThan(37.7);
    let s1 = 0;
    let s2 = 0;
    let s4 = 0;
    for (const x of z) {
      s1 += x;
      s2 += x * x;
      s4 += x ** 4;
    }
    expect(Math.abs(s1 / m)).toBeLessThan(5 / Math.sqrt(m));
    expect(Math.abs(s2 / m - 1)).toBeLessThan(5 * Math.sqrt(2 / m));
    expect(Math.abs(s4 / m - 3)).toBeLessThan(5 * Math.sqrt(96 / m));
  });

  it("rademacher and fills: balanced signs, float32 fills are the rounded float64 draws", () => {
    const r = stream(3).fillRademacher(new Float64Array(10000));
    expect(r.every((v) => v === 1 || v === -1)).toBe(true);
    const sum = r.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum)).toBeLessThan(5 * 100);
    const f32 = stream(4).fillNormal(new Float32Array(50));
    const f64 = stream(4).fillNormal(new Float64Array(50));
    expect(Array.from(f32)).toEqual(Array.from(Float32Array.from(f64)));
    const u = stream(4).fillUniform(new Float64Array(1000), -2, 3);
    expect(u.every((v) => v >= -2 && v < 3)).toBe(true);
  });

  it("rejects bad seeds and indices", () => {
    expect(() => new PhiloxStream(-1)).toThrow(/seed must be ≥ 0, got -1/);
    expect(() => new PhiloxStream(1.5)).toThrow(/seed must be an integer, got 1.5/);
    expect(() => new PhiloxStream(2 ** 53)).toThrow(/seed must be ≤ 2\^53 − 1/);
    expect(() => new PhiloxStream(1, 2 ** 32)).toThrow(/trial must be < 2\^32/);
    expect(() => new PhiloxStream(1, 0, -2)).toThrow(/matrix must be ≥ 0, got -2/);
  });
});
