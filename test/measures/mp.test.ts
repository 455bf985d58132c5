import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mp } from "../../src/measures/index.js";
import { cauchyKernel, integrate, integrateInverseSqrtEdge, integrateSqrtEdges, integrateSqrtEdgesComplex } from "./quadrature.js";
import { ksStatistic, testRng } from "./testRng.js";

const RATIOS = [0.1, 0.5, 1, 2, 10];
const edges = (g: number, v = 1): [number, number] => [v * (1 - Math.sqrt(g)) ** 2, v * (1 + Math.sqrt(g)) ** 2];
/** Density written independently: √((b − x)(x − a))/(2π γ σ² x). */
const rhoFormula = (g: number, v: number) => (x: number): number => {
  const [a, b] = edges(g, v);
  return x > a && x < b ? Math.sqrt((b - x) * (x - a)) / (2 * Math.PI * g * v * x) : 0;
};
const relErr = (re: number, im: number, er: number, ei: number): number => Math.hypot(re - er, im - ei) / Math.hypot(er, ei);

describe("mp(ratio, variance)", () => {
  it("density integrates to the continuous mass min(1, 1/ratio) to 1e-12", () => {
    for (const g of RATIOS) {
      const m = mp(g);
      const [a, b] = edges(g);
      const mass = integrateSqrtEdges((x) => m.density!(x), a, b, 300);
      expect(Math.abs(mass - Math.min(1, 1 / g))).toBeLessThan(1e-12);
      expect(m.continuousMass + m.atoms.reduce((t, at) => t + at.mass, 0)).toBeCloseTo(1, 15);
    }
  });

  it("atom 1 − 1/ratio at 0 exactly when ratio > 1", () => {
    expect(mp(0.5).atoms).toEqual([]);
    expect(mp(1).atoms).toEqual([]);
    expect(mp(4).atoms).toEqual([{ x: 0, mass: 0.75 }]);
    expect(mp(4).continuousMass).toBe(0.25);
  });

  it("density matches the formula to 1e-12 relative and equals Im s(x + i0)/π", () => {
    for (const g of RATIOS)
      for (const v of [1, 0.3, 7]) {
        const m = mp(g, v);
        const [a, b] = edges(g, v);
        const rho = rhoFormula(g, v);
        for (let i = 1; i < 50; i++) {
          const x = a + ((b - a) * i) / 50;
          const d = m.density!(x);
          expect(Math.abs(d - rho(x))).toBeLessThanOrEqual(1e-12 * rho(x));
          const s = m.stieltjes({ re: x, im: 0 });
          expect(Math.abs(s.im / Math.PI - rho(x))).toBeLessThanOrEqual(1e-12 * rho(x));
        }
      }
  });

  it("edges are σ²(1 ∓ √ratio)² to 1e-15 and the density vanishes outside", () => {
    for (const g of RATIOS) {
      const m = mp(g, 2);
      const [a, b] = edges(g, 2);
      const [[lo, hi]] = m.support().intervals;
      expect(Math.abs(lo - a)).toBeLessThanOrEqual(1e-15 * b);
      expect(Math.abs(hi - b)).toBeLessThanOrEqual(4e-16 * b);
      expect(m.support().exact).toBe(true);
      expect(m.density!(b * 1.0001)).toBe(0);
      expect(m.density!(-1)).toBe(0);
    }
  });

  it("Stieltjes transform equals direct quadrature of the density (+ atom) in C⁺ to 1e-12", () => {
    for (const g of RATIOS)
      for (const v of [1, 2.5]) {
        const m = mp(g, v);
        const [a, b] = edges(g, v);
        const rho = rhoFormula(g, v);
        const atom = g > 1 ? 1 - 1 / g : 0;
        for (const [zr, zi] of [
          [0.5 * (a + b), 0.3 * v],
          [a, 0.2 * v],
          [b + 0.1 * v, 0.15 * v],
          [-1, 0.5],
          [3 * b, 2 * v],
          [0.1 * v, 0.2 * v],
        ]) {
          const kernel = cauchyKernel(rho, zr, zi);
          const [qr, qi] =
            g === 1
              ? [integrateInverseSqrtEdge((x) => kernel(x)[0], b, 600), integrateInverseSqrtEdge((x) => kernel(x)[1], b, 600)]
              : integrateSqrtEdgesComplex(kernel, a, b, 600);
          // atom: mass/(0 − z)
          const q = zr * zr + zi * zi;
          const er = qr - (atom * zr) / q;
          const ei = qi + (atom * zi) / q;
          const s = m.stieltjes({ re: zr, im: zi });
          expect(relErr(s.re, s.im, er, ei), `g=${g} v=${v} z=${zr}+${zi}i`).toBeLessThan(1e-12);
        }
      }
  });

  it("off the support on the axis the boundary value is exactly real and matches quadrature", () => {
    for (const g of [0.1, 0.5, 2]) {
      const m = mp(g);
      const [a, b] = edges(g);
      const rho = rhoFormula(g, 1);
      const atom = g > 1 ? 1 - 1 / g : 0;
      for (const x of [b + 0.5, b + 3, -0.7, ...(g < 1 ? [0.5 * a] : [])]) {
        const s = m.stieltjes({ re: x, im: 0 });
        expect(s.im).toBe(0);
        const [qr] = integrateSqrtEdgesComplex(cauchyKernel(rho, x, 0), a, b, 600);
        const e = qr - atom / x;
        expect(Math.abs(s.re - e)).toBeLessThan(1e-12 * Math.abs(e));
      }
    }
  });

  it("real part of the boundary value on the support is the Hilbert transform (principal value quadrature)", () => {
    for (const g of [0.1, 0.5, 1, 3]) {
      const m = mp(g);
      const [a, b] = edges(g);
      const rho = rhoFormula(g, 1);
      const atom = g > 1 ? 1 - 1 / g : 0;
      for (const t of [0.13, 0.37, 0.61, 0.88]) {
        const x = a + (b - a) * t;
        // PV ∫ ρ(y)/(y − x) dy = ∫ (ρ(y) − ρ(x))/(y − x) dy + ρ(x)·log((b − x)/(x − a))
        const reg = integrateSqrtEdges((y) => (rho(y) - rho(x)) / (y - x) / 1, a, b, 2000);
        // integrateSqrtEdges multiplies by h sin θ, which integrates the regular part; the constant
        // ρ(x)/(y − x) has no smooth-θ form, so split: ∫(ρ(y)−ρ(x))/(y−x)dy is smooth in y itself.
        const pv = reg + rho(x) * Math.log((b - x) / (x - a)) - atom / x;
        const s = m.stieltjes({ re: x, im: 0 });
        expect(Math.abs(s.re - pv)).toBeLessThan(1e-10 * (Math.abs(pv) + 1));
      }
    }
  });

  it("moments are Narayana polynomials: 1, 1+γ, 1+3γ+γ², 1+6γ+6γ²+γ³ (× σ^{2k}) and match quadrature", () => {
    for (const g of RATIOS) {
      const v = 1.7;
      const m = mp(g, v);
      expect(m.moment!(0)).toBe(1);
      expect(m.moment!(1)).toBeCloseTo(v, 14);
      const exact = [1, 1, 1 + g, 1 + 3 * g + g * g, 1 + 6 * g + 6 * g * g + g ** 3, 1 + 10 * g + 20 * g ** 2 + 10 * g ** 3 + g ** 4];
      const [a, b] = edges(g, v);
      for (let k = 0; k <= 5; k++) {
        const mk = m.moment!(k);
        expect(Math.abs(mk - exact[k] * v ** k)).toBeLessThanOrEqual(1e-14 * exact[k] * v ** k);
        const quad = integrateSqrtEdges((x) => x ** k * m.density!(x), a, b, 300) + (k === 0 && g > 1 ? 1 - 1 / g : 0);
        expect(Math.abs(mk - quad)).toBeLessThanOrEqual(1e-12 * mk);
      }
    }
  });

  it("s(z) ~ −1/z − m₁/z² − m₂/z³ at large |z| without cancellation", () => {
    for (const g of RATIOS) {
      const m = mp(g);
      for (const R of [1e3, 1e8, 1e13]) {
        for (const ang of [0.01, 0.7, 1.5, 2.5, 3.13]) {
          const zr = R * Math.cos(ang);
          const zi = R * Math.sin(ang);
          const s = m.stieltjes({ re: zr, im: zi });
          // −1/z − 1/z² − (1+γ)/z³ − (1+3γ+γ²)/z⁴
          const q = zr * zr + zi * zi;
          const ir = zr / q;
          const ii = -zi / q; // 1/z
          let pr = -ir;
          let pi = -ii;
          let wr = ir;
          let wi = ii;
          for (const c of [1, 1 + g, 1 + 3 * g + g * g]) {
            [wr, wi] = [wr * ir - wi * ii, wr * ii + wi * ir];
            pr -= c * wr;
            pi -= c * wi;
          }
          const m4 = 1 + 6 * g + 6 * g * g + g ** 3;
          expect(relErr(s.re, s.im, pr, pi)).toBeLessThan(1e-13 + (2 * m4) / R ** 4);
        }
      }
    }
  });

  it("cdf equals the integral of the density (+ atom), both tails relatively accurate", () => {
    for (const g of [0.1, 0.5, 1, 2, 10]) {
      const m = mp(g);
      const [[a, b]] = m.support().intervals;
      const c = 0.5 * (a + b);
      const h = 0.5 * (b - a);
      const atom = g > 1 ? 1 - 1 / g : 0;
      for (const t of [1e-9, 1e-6, 1e-3, 0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.98, 0.999, 1 - 1e-6, 1 - 1e-9]) {
        const x = a + (b - a) * t;
        let lower: number;
        let upper: number;
        if (g === 1) {
          // x = b sin²φ near 0 (density ~ x^(−1/2)); from b, t = b − (b − x)v² (density ~ √(b − t))
          const du = b - x;
          if (t <= 0.5) {
            lower = integrateInverseSqrtEdge((y) => m.density!(y), b, 200, 0, Math.asin(Math.sqrt(x / b)));
            upper = 1 - lower;
          } else {
            upper = integrate((v) => { const e = du * v * v; return (Math.sqrt(e / (b - e)) / (2 * Math.PI)) * 2 * du * v; }, 0, 1, 200);
            lower = 1 - upper;
          }
        } else {
          // t ↦ a + (x − a)·v², v ∈ [0, 1], is smooth for the √-edge at a (and at b symmetrically)
          // the short side through the offset e from its edge (tiny tails keep their digits), t = edge ± e,
          // e = δv²; the long side by θ-substitution
          const w = b - a;
          const theta = Math.acos(Math.max(-1, Math.min(1, (x - c) / h)));
          if (t <= 0.5) {
            const dl = x - a;
            lower = integrate((v) => { const e = dl * v * v; return (Math.sqrt(e * (w - e)) / (2 * Math.PI * g * (a + e))) * 2 * dl * v; }, 0, 1, 200);
            upper = integrateSqrtEdges((y) => m.density!(y), a, b, 300, 0, theta);
          } else {
            const du = b - x;
            upper = integrate((v) => { const e = du * v * v; return (Math.sqrt(e * (w - e)) / (2 * Math.PI * g * (b - e))) * 2 * du * v; }, 0, 1, 200);
            lower = integrateSqrtEdges((y) => m.density!(y), a, b, 300, theta, Math.PI);
          }
        }
        const F = m.cdf!(x);
        if (t <= 0.5) expect(Math.abs(F - atom - lower), `g=${g} t=${t}`).toBeLessThanOrEqual(1e-13 * lower + Number.EPSILON * atom);
        else expect(Math.abs(1 - F - upper), `g=${g} t=${t}`).toBeLessThanOrEqual(1e-13 * upper + 2.3e-16); // 1 − F: ulp of 1
        expect(Math.abs(F - atom - lower)).toBeLessThanOrEqual(1e-14);
        expect(Math.abs(1 - F - upper)).toBeLessThanOrEqual(1e-14);
      }
      expect(m.cdf!(b)).toBe(1);
      expect(m.cdf!(-1e-300)).toBe(0);
      if (g > 1) expect(m.cdf!(0)).toBe(atom);
    }
  });

  it("quantile inverts the cdf: quantile(cdf(x)) = x and cdf(quantile(p)) = p", () => {
    for (const g of RATIOS) {
      const m = mp(g, 1.3);
      const [a, b] = edges(g, 1.3);
      for (let i = 1; i < 40; i++) {
        const x = a + ((b - a) * i) / 40;
        expect(Math.abs(m.quantile!(m.cdf!(x)) - x), `g=${g} x=${x}`).toBeLessThanOrEqual(1e-13 * b);
      }
      const atom = g > 1 ? 1 - 1 / g : 0;
      for (const p of [1e-9, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-9]) {
        if (p <= atom) {
          expect(m.quantile!(p)).toBe(0);
          continue;
        }
        expect(Math.abs(m.cdf!(m.quantile!(p)) - p), `g=${g} p=${p}`).toBeLessThanOrEqual(1e-14);
      }
      expect(m.quantile!(1)).toBe(m.hull[1]);
    }
  });

  it("boundary values: exact errors at the atom / singular edge, finite real values at the other edges", () => {
    expect(() => mp(2).stieltjes({ re: 0, im: 0 })).toThrow(RangeError);
    expect(() => mp(1).stieltjes({ re: 0, im: 0 })).toThrow(RangeError);
    const g = 0.5;
    const m = mp(g);
    const [[a, b]] = m.support().intervals;
    // At the edges R = 0, s = −(x + γ − 1)/(2γx)
    for (const x of [a, b]) {
      const s = m.stieltjes({ re: x, im: 0 });
      expect(Math.abs(s.re + (x + g - 1) / (2 * g * x))).toBeLessThan(1e-14);
      expect(s.im).toBe(0);
      expect(() => m.stieltjesDerivative({ re: x, im: 0 })).toThrow(RangeError);
    }
    // s(0 + i0) = 1/(1 − γ) = E[1/x] for γ < 1
    expect(m.stieltjes({ re: 0, im: 0 }).re).toBeCloseTo(2, 14);
  });

  it("stieltjesDerivative matches a central difference", () => {
    for (const g of [0.3, 1, 4]) {
      const m = mp(g, 1.5);
      for (const [zr, zi] of [
        [1, 0.5],
        [0.01, 0.02],
        [-2, 0.1],
        [5, 3],
      ]) {
        const h = 1e-5 * Math.hypot(zr, zi);
        const p = m.stieltjes({ re: zr + h, im: zi });
        const q = m.stieltjes({ re: zr - h, im: zi });
        const d = m.stieltjesDerivative({ re: zr, im: zi });
        expect(relErr(d.re, d.im, (p.re - q.re) / (2 * h), (p.im - q.im) / (2 * h))).toBeLessThan(1e-7);
      }
    }
  });

  it("property: Im s > 0 in C⁺, |s| ≤ 1/Im z, boundary values are the limit as Im z → 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.02, max: 30, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        (g, v, t, y) => {
          const m = mp(g, v);
          const [a, b] = edges(g, v);
          const x = a + (b - a) * t;
          const s = m.stieltjes({ re: x, im: y });
          expect(s.im).toBeGreaterThan(0);
          expect(Math.hypot(s.re, s.im)).toBeLessThanOrEqual((1 + 1e-12) / y);
          if (t > 1e-3 && Math.abs(t - 1) > 1e-3 && x > 1e-3 * b) {
            // continuity: |s(x + iη) − s(x + i0)| = O(η) away from the edges
            const s0 = m.stieltjes({ re: x, im: 0 });
            const s1 = m.stieltjes({ re: x, im: 1e-12 * b });
            expect(Math.hypot(s1.re - s0.re, s1.im - s0.im)).toBeLessThan(1e-6 * Math.hypot(s0.re, s0.im));
            expect(s0.im).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it("property: unit mass (density quadrature + atom) and m₁ = σ² for random ratio and variance", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 50, noNaN: true }), fc.double({ min: 0.05, max: 20, noNaN: true }), (g, v) => {
        const m = mp(g, v);
        const [[a, b]] = m.support().intervals;
        const atom = m.atoms.reduce((t, at) => t + at.mass, 0);
        // √-edges at a > 0; at a = 0 (g = 1) not reached by random doubles
        const mass = integrateSqrtEdges((x) => m.density!(x), a, b, 400);
        expect(Math.abs(mass + atom - 1)).toBeLessThan(1e-12);
        const m1 = integrateSqrtEdges((x) => x * m.density!(x), a, b, 400);
        expect(Math.abs(m1 - v)).toBeLessThan(1e-12 * v);
      }),
      { seed: 31, numRuns: 60 },
    );
  });

  it("sampling by inversion: KS distance below the 1% critical value for a fixed seed", () => {
    const m = mp(0.5);
    const xs = m.sample!(4000, testRng(7));
    expect(ksStatistic(xs, (x) => m.cdf!(x))).toBeLessThan(1.63 / Math.sqrt(4000));
    const m2 = mp(3);
    const ys = m2.sample!(4000, testRng(8));
    const zeros = ys.filter((y) => y === 0).length / 4000;
    expect(Math.abs(zeros - 2 / 3)).toBeLessThan(4 * Math.sqrt((2 / 9) / 4000));
  });

  it("rejects bad input with RangeError/TypeError naming the argument", () => {
    expect(() => mp(-1)).toThrow(/ratio/);
    expect(() => mp(NaN)).toThrow(RangeError);
    expect(() => mp(0.5, 0)).toThrow(/variance/);
    expect(() => mp("1" as unknown as number)).toThrow(TypeError);
    expect(() => mp(0.5).stieltjes({ re: 1, im: -1e-3 })).toThrow(RangeError);
    expect(() => mp(0.5).moment!(1.5)).toThrow(RangeError);
    expect(() => mp(0.5).quantile!(1.5)).toThrow(RangeError);
  });

  it("expr rebuilds the law", () => {
    expect(mp(0.5).expr).toBe("mp(0.5)");
    expect(mp(2, 3).expr).toBe("mp(2, 3)");
  });
});
