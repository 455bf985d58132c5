import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { uniform } from "../../src/measures/index.js";
import { integrate } from "./quadrature.js";
import { ksStatistic, testRng } from "./testRng.js";

const relErr = (re: number, im: number, er: number, ei: number): number => Math.hypot(re - er, im - ei) / Math.hypot(er, ei);

describe("uniform(a, b)", () => {
  it("Stieltjes transform equals quadrature of 1/((b − a)(x − z)) in C⁺ to 1e-12", () => {
    for (const [a, b] of [
      [0, 1],
      [-3, 5],
      [10, 10.5],
    ]) {
      const m = uniform(a, b);
      const w = b - a;
      for (const [zr, zi] of [
        [a + 0.5 * w, 0.3 * w],
        [a, 0.2 * w],
        [b + 0.2 * w, 0.1 * w],
        [a - 4 * w, 2 * w],
        [a + 0.3 * w, 0.05 * w],
      ]) {
        // split at zr to keep the near-pole integrand well resolved
        const parts = [a, Math.min(Math.max(zr, a), b), b];
        let er = 0;
        let ei = 0;
        for (let i = 0; i < 2; i++) {
          if (parts[i + 1] <= parts[i]) continue;
          er += integrate((x) => (x - zr) / ((x - zr) ** 2 + zi * zi) / w, parts[i], parts[i + 1], 400);
          ei += integrate((x) => zi / ((x - zr) ** 2 + zi * zi) / w, parts[i], parts[i + 1], 400);
        }
        const s = m.stieltjes({ re: zr, im: zi });
        expect(relErr(s.re, s.im, er, ei)).toBeLessThan(1e-12);
      }
    }
  });

  it("boundary values: log|(b − x)/(x − a)|/(b − a) + iπ/(b − a) inside, real outside, RangeError at the edges", () => {
    const m = uniform(1, 3);
    const s = m.stieltjes({ re: 1.5, im: 0 });
    expect(s.im).toBeCloseTo(Math.PI / 2, 15);
    expect(s.re).toBeCloseTo(Math.log(1.5 / 0.5) / 2, 15);
    const o = m.stieltjes({ re: 5, im: 0 });
    expect(o.im).toBe(0);
    expect(o.re).toBeCloseTo(Math.log(2 / 4) / 2, 15);
    expect(() => m.stieltjes({ re: 1, im: 0 })).toThrow(RangeError);
    expect(() => m.stieltjes({ re: 3, im: 0 })).toThrow(RangeError);
    expect(() => m.stieltjesDerivative({ re: 3, im: 0 })).toThrow(RangeError);
  });

  it("property: Im s > 0, continuity to the boundary, s ~ −1/z − m₁/z² at large |z|", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: -3, max: 4, noNaN: true }),
        fc.double({ min: 1e-9, max: 100, noNaN: true }),
        (a, w, t, y) => {
          const b = a + w;
          const m = uniform(a, b);
          const x = a + w * t;
          const s = m.stieltjes({ re: x, im: y * w });
          expect(s.im).toBeGreaterThan(0);
          if (Math.abs(t) > 1e-3 && Math.abs(t - 1) > 1e-3) {
            const s0 = m.stieltjes({ re: x, im: 0 });
            const s1 = m.stieltjes({ re: x, im: 1e-12 * w });
            expect(Math.hypot(s1.re - s0.re, s1.im - s0.im)).toBeLessThan(1e-6 * Math.hypot(s0.re, s0.im) + 1e-9 / w);
          }
          const R = 1e8 * (Math.abs(a) + w);
          const big = m.stieltjes({ re: R * 0.6, im: R * 0.8 });
          // −1/z − m₁/z², z = R(0.6 + 0.8i): 1/z = (0.6 − 0.8i)/R
          const ir = 0.6 / R;
          const ii = -0.8 / R;
          const m1 = (a + b) / 2;
          const er = -ir - m1 * (ir * ir - ii * ii);
          const ei = -ii - m1 * 2 * ir * ii;
          expect(relErr(big.re, big.im, er, ei)).toBeLessThan(1e-12);
        },
      ),
      { seed: 17, numRuns: 300 },
    );
  });

  it("moments, cdf, quantile, density, sampling", () => {
    const m = uniform(-1, 3);
    expect(m.moment!(1)).toBe(1);
    expect(m.moment!(2)).toBeCloseTo((27 + 1) / 12, 14);
    expect(m.moment!(3)).toBeCloseTo((81 - 1) / 16, 14);
    expect(m.cdf!(0)).toBe(0.25);
    expect(m.quantile!(0.25)).toBe(0);
    expect(m.density!(2)).toBe(0.25);
    expect(m.density!(4)).toBe(0);
    expect(m.continuousMass).toBe(1);
    expect(m.support()).toEqual({ intervals: [[-1, 3]], exact: true });
    const xs = m.sample!(3000, testRng(9));
    expect(ksStatistic(xs, (x) => m.cdf!(x))).toBeLessThan(1.63 / Math.sqrt(3000));
    expect(() => uniform(1, 1)).toThrow(RangeError);
    expect(() => uniform(NaN, 1)).toThrow(/a/);
  });

  it("derivative is 1/((a − z)(b − z)) and matches a central difference", () => {
    const m = uniform(0, 2);
    const h = 1e-6;
    for (const [zr, zi] of [
      [1, 0.3],
      [-1, 0.01],
      [0.5, 0],
    ]) {
      const p = m.stieltjes({ re: zr + h, im: zi });
      const q = m.stieltjes({ re: zr - h, im: zi });
      const d = m.stieltjesDerivative({ re: zr, im: zi });
      expect(relErr(d.re, d.im, (p.re - q.re) / (2 * h), (p.im - q.im) / (2 * h))).toBeLessThan(1e-7);
    }
  });
});
