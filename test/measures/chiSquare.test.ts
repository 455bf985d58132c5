import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chiSquare } from "../../src/measures/index.js";
import { scaledE1 } from "../../src/measures/expIntegral.js";
import { gammaFunction, logGamma } from "../../src/measures/gammaFunction.js";
import { regularizedGamma } from "../../src/measures/incompleteGamma.js";
import { integrate } from "./quadrature.js";
import { ksStatistic, testRng } from "./testRng.js";

interface Fixture {
  stieltjes: number[][];
  scaledE1: number[][];
  gamma: number[][];
}
const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/measures/chisquare.json", import.meta.url), "utf8"),
) as Fixture;
const relErr = (re: number, im: number, er: number, ei: number): number => Math.hypot(re - er, im - ei) / Math.hypot(er, ei);
/** Tolerances: k = 1 (Faddeeva) ~1e-15; the other k (series / continued fraction) a few 1e-15. */
const tol = (k: number): number => (k === 1 ? 2e-15 : 2e-14);

describe("chiSquare(k)", () => {
  it("Stieltjes transform matches mpmath (½e^p p^{k/2−1} Γ(1 − k/2, p), p = −z/2) in the closed upper half plane", () => {
    for (const [k, x, y, sr, si] of fixture.stieltjes) {
      if (x === 0 && y === 0) continue;
      const s = chiSquare(k).stieltjes({ re: x, im: y });
      expect(relErr(s.re, s.im, sr, si), `k=${k} z=${x}+${y}i`).toBeLessThan(tol(k));
      // the imaginary part on the axis is π·density: relatively exact wherever the 40-digit fixture resolves it
      if (y === 0 && x > 0 && Math.abs(si) > 1e-25 * Math.hypot(sr, si))
        expect(Math.abs(s.im - si) / si, `k=${k} x=${x}`).toBeLessThan(tol(k));
      if (y === 0 && x < 0) expect(s.im).toBe(0);
    }
  });

  it("k = 1 boundary values: Im s(x + i0) = π e^{−x/2}/√(2πx) exactly; Re s is the Hilbert transform", () => {
    const m = chiSquare(1);
    for (const x of [1e-6, 0.1, 1, 3, 10, 50, 300, 1400]) {
      const s = m.stieltjes({ re: x, im: 0 });
      const rho = Math.exp(-x / 2) / Math.sqrt(2 * Math.PI * x);
      expect(Math.abs(s.im - Math.PI * rho)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.PI * rho);
      expect(Math.abs(m.density!(x) - rho)).toBeLessThanOrEqual(2 * Number.EPSILON * rho);
    }
    // Re s(x + i0) = −√2·D(√(x/2))/√x with Dawson's D; at x = 2: D(1) = 0.5380795069127684 (A&S Table 7.5)
    expect(Math.abs(m.stieltjes({ re: 2, im: 0 }).re + 0.5380795069127684)).toBeLessThan(2e-16);
    // on the negative axis s(−y) = E[1/(a² + y)] = √(π/2)·erfcx(√(y/2))/√y, real
    const g = (t: number): number => (2 * Math.exp(-t * t / 2)) / Math.sqrt(2 * Math.PI) / (t * t + 1);
    const q = integrate(g, 0, 1, 100) + integrate(g, 1, 3, 100) + integrate(g, 3, 7, 100) + integrate(g, 7, 40, 200);
    expect(Math.abs(m.stieltjes({ re: -1, im: 0 }).re - q)).toBeLessThan(1e-15);
  });

  it("e^p E₁(p) matches mpmath in the closed lower half plane (both sides of nothing: −0 picks the cut's lower side)", () => {
    for (const [pr, pi, er, ei] of fixture.scaledE1) {
      const v = scaledE1({ re: pr, im: pi });
      expect(relErr(v.re, v.im, er, ei), `p=${pr}${pi}i`).toBeLessThan(3e-15);
    }
  });

  it("Γ(x) and log Γ(x) match mpmath to a few ulps", () => {
    for (const [x, g, lg] of fixture.gamma) {
      expect(Math.abs(gammaFunction(x) - g), `x=${x}`).toBeLessThanOrEqual(16 * Number.EPSILON * Math.abs(g));
      expect(Math.abs(logGamma(Math.abs(x)) - lg), `x=${x}`).toBeLessThanOrEqual(16 * Number.EPSILON * Math.max(1, Math.abs(lg)));
    }
    expect(() => gammaFunction(-2)).toThrow(RangeError);
  });

  it("density integrates to 1; moments Π(k + 2i) match quadrature; cdf equals the integral of the density", () => {
    for (const k of [0.5, 1, 2, 3, 4, 7, 7.3]) {
      const m = chiSquare(k);
      // x = t² removes the x^{−1/2} singularity for k = 1 (x = t⁴ for k = ½)
      const f = (x: number): number => m.density!(x);
      const e = k < 1 ? 4 : 2;
      // ∫ g(x) dx = ∫ g(t^e)·e·t^{e−1} dt
      const sub = (g: (x: number) => number) => (t: number): number => g(t ** e) * e * t ** (e - 1);
      const mass = integrate(sub(f), 0, 1, 200) + integrate(sub(f), 1, 110 ** (1 / e), 400);
      expect(Math.abs(mass - 1), `k=${k}`).toBeLessThan(1e-13);
      for (let j = 1; j <= 3; j++) {
        const g = (x: number): number => x ** j * f(x);
        const quad = integrate(sub(g), 0, 1, 200) + integrate(sub(g), 1, 140 ** (1 / e), 400);
        expect(Math.abs(m.moment!(j) - quad), `k=${k} j=${j}`).toBeLessThanOrEqual(1e-12 * quad);
      }
      for (const x of [1e-8, 0.01, 0.5, 2, k, 3 * k + 10]) {
        const quad = integrate(sub(f), 0, x ** (1 / e), 200);
        expect(Math.abs(m.cdf!(x) - quad), `k=${k} x=${x}`).toBeLessThanOrEqual(1e-13 * quad + 1e-16);
      }
    }
    expect(chiSquare(3).moment!(2)).toBe(15);
    // P + Q = 1 and the upper tail: Q(1/2, x) = erfc(√x); erfc(5) = 1.5374597944280348e-12
    const [p, q] = regularizedGamma(0.5, 25);
    expect(p + q).toBe(1);
    expect(Math.abs(q - 1.5374597944280348e-12)).toBeLessThan(1e-14 * 1.5374597944280348e-12 * 100);
  });

  it("quantile inverts the cdf; samples pass a KS test (fixed seeds)", () => {
    for (const k of [0.5, 1, 2, 5, 7.3, 30]) {
      const m = chiSquare(k);
      for (const p of [1e-10, 0.01, 0.3, 0.5, 0.9, 1 - 1e-10]) {
        const x = m.quantile!(p);
        expect(Math.abs(m.cdf!(x) - p), `k=${k} p=${p}`).toBeLessThanOrEqual(1e-14 * Math.min(p, 1 - p) + 2e-16);
      }
      // conditioning: an ulp of F moves x by ε/ρ(x)
      for (const x of [0.3, 1, 4, 20])
        expect(Math.abs(m.quantile!(m.cdf!(x)) - x), `k=${k} x=${x}`).toBeLessThanOrEqual(1e-13 * x + (2 * Number.EPSILON) / m.density!(x));
      const xs = m.sample!(3000, testRng(Math.round(10 * k)));
      expect(ksStatistic(xs, (x) => m.cdf!(x)), `k=${k}`).toBeLessThan(1.63 / Math.sqrt(3000));
    }
    // deep lower tail: F(x) ≈ √(2x/π) for k = 1
    const deep = chiSquare(1).quantile!(1e-100);
    expect(Math.abs(chiSquare(1).cdf!(deep) / 1e-100 - 1)).toBeLessThan(1e-13);
    expect(chiSquare(1).quantile!(1e-300)).toBe(0); // below the smallest double
    expect(chiSquare(1).quantile!(1)).toBe(Infinity);
    expect(chiSquare(1).quantile!(0)).toBe(0);
  });

  it("s(z) ~ −1/z − k/z² − k(k+2)/z³ at large |z|; derivative matches central differences", () => {
    for (const k of [0.5, 1, 2, 3, 6, 7.3]) {
      const m = chiSquare(k);
      for (const R of [1e3, 1e6, 1e12]) {
        const zr = -0.6 * R;
        const zi = 0.8 * R;
        const s = m.stieltjes({ re: zr, im: zi });
        const q = R * R;
        const ir = zr / q;
        const ii = -zi / q;
        const z2r = ir * ir - ii * ii;
        const z2i = 2 * ir * ii;
        const z3r = z2r * ir - z2i * ii;
        const z3i = z2r * ii + z2i * ir;
        const er = -ir - k * z2r - k * (k + 2) * z3r;
        const ei = -ii - k * z2i - k * (k + 2) * z3i;
        expect(relErr(s.re, s.im, er, ei), `k=${k} R=${R}`).toBeLessThan(1e-14 + (2 * k * (k + 2) * (k + 4)) / R ** 3);
      }
      for (const [zr, zi] of [
        [2, 0.5],
        [0.05, 0.1],
        [-3, 0.2],
        [30, 1],
        [150, 10],
      ]) {
        const h = 1e-5 * Math.hypot(zr, zi);
        const p = m.stieltjes({ re: zr + h, im: zi });
        const qv = m.stieltjes({ re: zr - h, im: zi });
        const d = m.stieltjesDerivative({ re: zr, im: zi });
        expect(relErr(d.re, d.im, (p.re - qv.re) / (2 * h), (p.im - qv.im) / (2 * h)), `k=${k} z=${zr}+${zi}i`).toBeLessThan(1e-7);
      }
    }
  });

  it("z = 0: infinite for k ≤ 2 (RangeError), E[1/X] = 1/(k − 2) otherwise; s′(0) = 1/((k−2)(k−4)) for k > 4", () => {
    expect(() => chiSquare(1).stieltjes({ re: 0, im: 0 })).toThrow(RangeError);
    expect(() => chiSquare(2).stieltjes({ re: 0, im: 0 })).toThrow(RangeError);
    expect(chiSquare(5).stieltjes({ re: 0, im: 0 }).re).toBeCloseTo(1 / 3, 15);
    expect(() => chiSquare(4).stieltjesDerivative({ re: 0, im: 0 })).toThrow(RangeError);
    expect(chiSquare(6).stieltjesDerivative({ re: 0, im: 0 }).re).toBeCloseTo(1 / 8, 15);
    // the limit from C⁺ agrees
    const near = chiSquare(5).stieltjes({ re: 0, im: 1e-9 });
    expect(Math.abs(near.re - 1 / 3)).toBeLessThan(1e-7);
  });

  it("property: Im s > 0 in C⁺, |s| ≤ 1/Im z, boundary value is the limit as Im z → 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 12, noNaN: true }),
        fc.double({ min: -50, max: 150, noNaN: true }),
        fc.double({ min: 1e-6, max: 50, noNaN: true }),
        (k, x, y) => {
          const m = chiSquare(k);
          const s = m.stieltjes({ re: x, im: y });
          expect(s.im).toBeGreaterThan(0);
          expect(Math.hypot(s.re, s.im)).toBeLessThanOrEqual((1 + 1e-12) / y);
          if (Math.abs(x) > 1e-3) {
            const s0 = m.stieltjes({ re: x, im: 0 });
            const s1 = m.stieltjes({ re: x, im: 1e-11 * Math.abs(x) });
            expect(Math.hypot(s1.re - s0.re, s1.im - s0.im)).toBeLessThan(1e-6 * Math.hypot(s0.re, s0.im));
            expect(s0.im).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { seed: 4242, numRuns: 300 },
    );
  });

  it("rejects bad input", () => {
    expect(() => chiSquare(0)).toThrow(/k/);
    expect(() => chiSquare(-1)).toThrow(RangeError);
    expect(() => chiSquare(600)).toThrow(RangeError);
    expect(() => chiSquare(NaN)).toThrow(RangeError);
    expect(() => chiSquare(1).stieltjes({ re: 1, im: -1 })).toThrow(RangeError);
    expect(chiSquare(1).expr).toBe("chiSquare(1)");
    expect(chiSquare(2.5).expr).toBe("chiSquare(2.5)");
    expect(chiSquare(3).hull).toEqual([0, Infinity]);
    expect(chiSquare(3).support()).toEqual({ intervals: [[0, Infinity]], exact: true });
  });
});
