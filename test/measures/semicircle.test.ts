import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { semicircle } from "../../src/measures/index.js";
import { cauchyKernel, integrate, integrateSqrtEdges, integrateSqrtEdgesComplex } from "./quadrature.js";
import { ksStatistic, testRng } from "./testRng.js";

const CATALAN = [1, 1, 2, 5, 14, 42, 132];
/** ρ(x) = √(4σ² − (x − m)²)/(2πσ²), written independently of the implementation. */
const rhoFormula = (v: number, m: number) => (x: number): number => {
  const u = x - m;
  return 4 * v - u * u > 0 ? Math.sqrt(4 * v - u * u) / (2 * Math.PI * v) : 0;
};
const relErr = (re: number, im: number, er: number, ei: number): number => Math.hypot(re - er, im - ei) / Math.hypot(er, ei);

describe("semicircle(variance, center)", () => {
  it("density integrates to 1 and matches the formula and Im s(x + i0)/π to 1e-12 relative", () => {
    for (const [v, c] of [
      [1, 0],
      [0.3, 2],
      [9, -5],
    ]) {
      const m = semicircle(v, c);
      const r = 2 * Math.sqrt(v);
      expect(Math.abs(integrateSqrtEdges((x) => m.density!(x), c - r, c + r, 200) - 1)).toBeLessThan(1e-13);
      const rho = rhoFormula(v, c);
      for (let i = 1; i < 100; i++) {
        const x = c - r + (2 * r * i) / 100;
        expect(Math.abs(m.density!(x) - rho(x))).toBeLessThanOrEqual(1e-12 * rho(x));
        const s = m.stieltjes({ re: x, im: 0 });
        expect(Math.abs(s.im / Math.PI - rho(x))).toBeLessThanOrEqual(1e-12 * rho(x));
        // Re s(x + i0) = −(x − m)/(2σ²) on the support
        expect(Math.abs(s.re + (x - c) / (2 * v))).toBeLessThanOrEqual(1e-14 * r / v);
      }
      expect(m.support()).toEqual({ intervals: [[c - r, c + r]], exact: true });
    }
  });

  it("Stieltjes transform equals quadrature of the density in C⁺ and on the axis off the support", () => {
    for (const [v, c] of [
      [1, 0],
      [2.5, 1],
    ]) {
      const m = semicircle(v, c);
      const r = 2 * Math.sqrt(v);
      const rho = rhoFormula(v, c);
      for (const [zr, zi] of [
        [c, 0.2 * r],
        [c + r, 0.1 * r],
        [c - 1.3 * r, 0.05 * r],
        [c + 5 * r, 3 * r],
        [c + 1.2 * r, 0],
        [c - 3 * r, 0],
      ]) {
        const [er, ei] = integrateSqrtEdgesComplex(cauchyKernel(rho, zr, zi), c - r, c + r, 600);
        const s = m.stieltjes({ re: zr, im: zi });
        expect(relErr(s.re, s.im, er, ei)).toBeLessThan(1e-12);
        if (zi === 0) expect(s.im).toBe(0);
      }
    }
  });

  it("edges: finite boundary values ∓1/σ, derivative throws there", () => {
    const m = semicircle(4, 1);
    expect(m.stieltjes({ re: 5, im: 0 })).toEqual({ re: -0.5, im: 0 });
    expect(m.stieltjes({ re: -3, im: 0 }).re).toBe(0.5);
    expect(() => m.stieltjesDerivative({ re: 5, im: 0 })).toThrow(RangeError);
    expect(m.density!(5)).toBe(0);
  });

  it("moments are Catalan numbers (centred) and binomial sums (shifted); match quadrature", () => {
    const m = semicircle(2);
    for (let k = 0; k <= 12; k++) {
      const exact = k % 2 === 1 ? 0 : CATALAN[k / 2] * 2 ** (k / 2);
      expect(m.moment!(k)).toBe(exact);
    }
    const sh = semicircle(0.5, 1.5);
    for (let k = 0; k <= 6; k++) {
      const quad = integrateSqrtEdges((x) => x ** k * sh.density!(x), 1.5 - Math.SQRT2, 1.5 + Math.SQRT2, 200);
      expect(Math.abs(sh.moment!(k) - quad)).toBeLessThanOrEqual(1e-13 * quad);
    }
  });

  it("s ~ −1/z − m/z² − (σ² + m²)/z³ at large |z| with full relative accuracy", () => {
    const m = semicircle(1.5, 0.5);
    for (const R of [1e4, 1e9, 1e15])
      for (const ang of [1e-6, 0.5, 1.57, 3.1415]) {
        const zr = R * Math.cos(ang);
        const zi = R * Math.sin(ang);
        const s = m.stieltjes({ re: zr, im: zi });
        const q = zr * zr + zi * zi;
        const ir = zr / q;
        const ii = -zi / q;
        const z2r = ir * ir - ii * ii;
        const z2i = 2 * ir * ii;
        const z3r = z2r * ir - z2i * ii;
        const z3i = z2r * ii + z2i * ir;
        const er = -ir - 0.5 * z2r - (1.5 + 0.25) * z3r;
        const ei = -ii - 0.5 * z2i - (1.5 + 0.25) * z3i;
        expect(relErr(s.re, s.im, er, ei)).toBeLessThan(1e-14 + 10 / R ** 3);
      }
  });

  it("cdf equals the integral of the density, relatively in both tails; quantile inverts it", () => {
    const m = semicircle(1, 0);
    for (const t of [1e-10, 1e-6, 1e-3, 0.1, 0.4, 0.5]) {
      const x = -2 + 4 * t;
      const d = x + 2;
      // lower tail through the offset from the edge: y = −2 + d v²
      const lower = integrate((v) => { const e = d * v * v; return (Math.sqrt(e * (4 - e)) / (2 * Math.PI)) * 2 * d * v; }, 0, 1, 200);
      expect(Math.abs(m.cdf!(x) - lower)).toBeLessThanOrEqual(1e-13 * lower);
      // symmetry: 1 − F(−x) = F(x)
      expect(Math.abs(1 - m.cdf!(-x) - lower)).toBeLessThanOrEqual(1e-13 * lower + 1.2e-16);
    }
    expect(Math.abs(m.cdf!(0) - 0.5)).toBeLessThanOrEqual(Number.EPSILON);
    const sc = semicircle(3, -1);
    for (let i = 1; i < 50; i++) {
      const x = sc.hull[0] + ((sc.hull[1] - sc.hull[0]) * i) / 50;
      expect(Math.abs(sc.quantile!(sc.cdf!(x)) - x)).toBeLessThanOrEqual(4e-15 * 5);
    }
    for (const p of [1e-12, 1e-6, 0.3, 0.5, 0.9, 1 - 1e-9]) expect(Math.abs(sc.cdf!(sc.quantile!(p)) - p)).toBeLessThanOrEqual(2e-16 + 1e-14 * p);
    expect(sc.quantile!(0)).toBe(sc.hull[0]);
    expect(sc.quantile!(1)).toBe(sc.hull[1]);
  });

  it("property: Im s > 0, |s| ≤ 1/Im z, boundary value is the limit as Im z → 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 1e-8, max: 100, noNaN: true }),
        (v, c, t, y) => {
          const m = semicircle(v, c);
          const r = 2 * Math.sqrt(v);
          const x = c + r * t;
          const s = m.stieltjes({ re: x, im: y });
          expect(s.im).toBeGreaterThan(0);
          expect(Math.hypot(s.re, s.im)).toBeLessThanOrEqual((1 + 1e-12) / y);
          if (Math.abs(Math.abs(t) - 1) > 1e-3) {
            const s0 = m.stieltjes({ re: x, im: 0 });
            const s1 = m.stieltjes({ re: x, im: 1e-12 * r });
            expect(Math.hypot(s1.re - s0.re, s1.im - s0.im)).toBeLessThan(1e-6 * Math.hypot(s0.re, s0.im));
          }
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });

  it("property: unit mass and variance σ² for random parameters", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }), (v, c) => {
        const m = semicircle(v, c);
        const [lo, hi] = m.hull;
        expect(Math.abs(integrateSqrtEdges((x) => m.density!(x), lo, hi, 100) - 1)).toBeLessThan(1e-13);
        const var_ = integrateSqrtEdges((x) => (x - c) ** 2 * m.density!(x), lo, hi, 100);
        expect(Math.abs(var_ - v)).toBeLessThan(1e-12 * v);
      }),
      { seed: 8, numRuns: 60 },
    );
  });

  it("derivative matches a central difference", () => {
    const m = semicircle(2, 1);
    for (const [zr, zi] of [
      [1, 0.5],
      [3.8, 0.01],
      [-5, 2],
    ]) {
      const h = 1e-6;
      const p = m.stieltjes({ re: zr + h, im: zi });
      const q = m.stieltjes({ re: zr - h, im: zi });
      const d = m.stieltjesDerivative({ re: zr, im: zi });
      expect(relErr(d.re, d.im, (p.re - q.re) / (2 * h), (p.im - q.im) / (2 * h))).toBeLessThan(1e-6);
    }
  });

  it("samples pass a KS test (fixed seed); bad input throws", () => {
    const m = semicircle(2, 1);
    const xs = m.sample!(4000, testRng(1));
    expect(ksStatistic(xs, (x) => m.cdf!(x))).toBeLessThan(1.63 / Math.sqrt(4000));
    expect(() => semicircle(0)).toThrow(/variance/);
    expect(() => semicircle(1, NaN)).toThrow(/center/);
    expect(() => m.stieltjes({ re: 0, im: -1 })).toThrow(RangeError);
    expect(semicircle().expr).toBe("semicircle()");
    expect(semicircle(2, 1).expr).toBe("semicircle(2, 1)");
  });
});
