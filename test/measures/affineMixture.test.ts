import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { affine, atoms, dirac, mixture, mp, scale, semicircle, shift, uniform } from "../../src/measures/index.js";
import type { Measure } from "../../src/measures/index.js";
import { cauchyKernel, integrateSqrtEdgesComplex } from "./quadrature.js";
import { ksStatistic, testRng } from "./testRng.js";

const relErr = (re: number, im: number, er: number, ei: number): number => Math.hypot(re - er, im - ei) / Math.hypot(er, ei);
const close = (a: { re: number; im: number }, b: { re: number; im: number }, tol: number): void => {
  expect(relErr(a.re, a.im, b.re, b.im)).toBeLessThanOrEqual(tol);
};

describe("scale, shift, affine", () => {
  it("scale(semicircle(1), c) = semicircle(c²) and shift(semicircle(v), m) = semicircle(v, m), incl. boundary values", () => {
    for (const c of [2, -2, 0.3, -7]) {
      const a = scale(semicircle(1), c);
      const b = semicircle(c * c);
      for (const [zr, zi] of [
        [0.3, 0.2],
        [-1, 1e-9],
        [0.5 * Math.abs(c), 0],
        [-0.9 * Math.abs(c), 0],
        [3 * Math.abs(c), 0],
        [100, 50],
      ])
        close(a.stieltjes({ re: zr, im: zi }), b.stieltjes({ re: zr, im: zi }), 1e-14);
      expect(a.support().intervals[0][0]).toBeCloseTo(-2 * Math.abs(c), 14);
      expect(a.moment!(4)).toBeCloseTo(b.moment!(4), 10);
      expect(a.density!(0.3 * c)).toBeCloseTo(b.density!(0.3 * c), 15);
    }
    const sh = shift(semicircle(2), 3);
    const ref = semicircle(2, 3);
    for (const x of [1.5, 3, 4.9, 6]) {
      close(sh.stieltjes({ re: x, im: 0 }), ref.stieltjes({ re: x, im: 0 }), 1e-14);
      expect(sh.cdf!(x)).toBeCloseTo(ref.cdf!(x), 15);
    }
    expect(sh.moment!(3)).toBeCloseTo(ref.moment!(3), 12);
  });

  it("reflected MP: s_{cμ}(z) = (1/c)·conj s_μ(conj(z)/c) matches quadrature of the reflected density", () => {
    const inner = mp(0.5);
    const m = scale(inner, -2);
    const [[lo, hi]] = m.support().intervals;
    expect(lo).toBeCloseTo(-2 * (1 + Math.SQRT1_2) ** 2, 14);
    expect(hi).toBeCloseTo(-2 * (1 - Math.SQRT1_2) ** 2, 14);
    for (const [zr, zi] of [
      [-3, 0.4],
      [-0.1, 0.3],
      [2, 1],
      [-8, 0],
      [1, 0],
    ]) {
      const [er, ei] = integrateSqrtEdgesComplex(cauchyKernel((x) => m.density!(x), zr, zi), lo, hi, 600);
      close(m.stieltjes({ re: zr, im: zi }), { re: er, im: ei }, 1e-12);
    }
    const s = m.stieltjes({ re: -3, im: 0 });
    expect(s.im / Math.PI).toBeCloseTo(m.density!(-3), 14);
    expect(s.im).toBeGreaterThan(0);
    // moments flip sign with odd k; quantile/cdf consistency
    expect(m.moment!(1)).toBeCloseTo(-2, 14);
    expect(m.moment!(2)).toBeCloseTo(4 * 1.5, 13);
    for (const p of [0.1, 0.5, 0.9]) expect(m.cdf!(m.quantile!(p))).toBeCloseTo(p, 13);
    const xs = m.sample!(2000, testRng(4));
    expect(ksStatistic(xs, (x) => m.cdf!(x))).toBeLessThan(1.63 / Math.sqrt(2000));
  });

  it("reflection of atoms: cdf and quantile follow inf{x : F(x) ≥ p}", () => {
    const m = scale(atoms([0, 1], [0.5, 0.5]), -1); // atoms at −1, 0
    expect(m.atoms).toEqual([
      { x: -1, mass: 0.5 },
      { x: 0, mass: 0.5 },
    ]);
    expect(m.cdf!(-1)).toBeCloseTo(0.5, 15);
    expect(m.cdf!(-0.5)).toBeCloseTo(0.5, 15);
    expect(m.cdf!(0)).toBe(1);
    expect(m.quantile!(0.3)).toBe(-1);
    expect(m.quantile!(0.5)).toBe(-1);
    expect(m.quantile!(0.7)).toBe(0);
    expect(Object.is(m.atoms[1].x, -0)).toBe(false);
    expect(() => m.stieltjes({ re: -1, im: 0 })).toThrow(RangeError);
  });

  it("affine(μ, c, b) composes and validates", () => {
    const m = affine(uniform(0, 1), -2, 1); // uniform on [−1, 1]
    close(m.stieltjes({ re: 0.2, im: 0.3 }), uniform(-1, 1).stieltjes({ re: 0.2, im: 0.3 }), 1e-14);
    close(m.stieltjes({ re: 0.2, im: 0 }), uniform(-1, 1).stieltjes({ re: 0.2, im: 0 }), 1e-14);
    close(m.stieltjesDerivative({ re: 0.2, im: 0.3 }), uniform(-1, 1).stieltjesDerivative({ re: 0.2, im: 0.3 }), 1e-14);
    expect(m.hull).toEqual([-1, 1]);
    expect(m.expr).toBe("affine(uniform(0, 1), -2, 1)");
    expect(() => scale(mp(1), 0)).toThrow(/c/);
    expect(() => shift(mp(1), NaN)).toThrow(/b/);
    expect(() => scale({} as Measure, 1)).toThrow(TypeError);
  });
});

describe("mixture", () => {
  it("s is the weighted sum; atoms merged; support is the merged union; continuous mass adds", () => {
    const m = mixture([dirac(0), mp(2), semicircle(0.25, 8), uniform(7, 7.5)], [0.1, 0.4, 0.3, 0.2]);
    expect(m.atoms).toEqual([{ x: 0, mass: 0.1 + 0.4 * 0.5 }]);
    expect(m.continuousMass).toBeCloseTo(0.4 * 0.5 + 0.3 + 0.2, 15);
    const [[a, b]] = mp(2).support().intervals;
    expect(m.support()).toEqual({ intervals: [[a, b], [7, 9]], exact: true, breakpoints: [7.5] });
    expect(m.hull).toEqual([0, 9]);
    for (const [zr, zi] of [
      [1, 0.5],
      [7.2, 0],
      [-1, 0],
    ]) {
      const z = { re: zr, im: zi };
      const parts = [dirac(0), mp(2), semicircle(0.25, 8), uniform(7, 7.5)].map((mu) => mu.stieltjes(z));
      const w = [0.1, 0.4, 0.3, 0.2];
      const er = parts.reduce((t, s, i) => t + w[i] * s.re, 0);
      const ei = parts.reduce((t, s, i) => t + w[i] * s.im, 0);
      close(m.stieltjes(z), { re: er, im: ei }, 1e-15);
    }
    expect(() => m.stieltjes({ re: 0, im: 0 })).toThrow(RangeError);
    expect(m.moment!(2)).toBeCloseTo(0.4 * 3 + 0.3 * 64.25 + 0.2 * ((7.5 ** 3 - 343) / 1.5), 12);
  });

  it("component edges inside a merged interval become breakpoints; scale maps them", () => {
    const m = mixture([uniform(0, 2), semicircle(1, 3), uniform(10, 11)], [0.3, 0.3, 0.4]);
    const sup = m.support();
    expect(sup.intervals).toEqual([
      [0, 5],
      [10, 11],
    ]);
    expect(sup.breakpoints).toEqual([1, 2]);
    const r = scale(m, -2).support();
    expect(r.intervals).toEqual([
      [-22, -20],
      [-10, 0],
    ]);
    expect(r.breakpoints).toEqual([-4, -2]);
    expect(mixture([uniform(0, 1), uniform(5, 6)], [0.5, 0.5]).support().breakpoints).toBeUndefined();
  });

  it("cdf, quantile (with atoms and gaps) and sampling", () => {
    const m = mixture([dirac(0), semicircle(1, 10)], [0.25, 0.75]);
    expect(m.cdf!(-1e-9)).toBe(0);
    expect(m.cdf!(0)).toBe(0.25);
    expect(m.cdf!(10)).toBeCloseTo(0.25 + 0.375, 15);
    expect(m.quantile!(0.1)).toBe(0);
    expect(m.quantile!(0.25)).toBe(0);
    expect(Math.abs(m.quantile!(0.625) - 10)).toBeLessThan(1e-14 * 10);
    for (const p of [0.3, 0.5, 0.9, 0.999]) expect(m.cdf!(m.quantile!(p))).toBeCloseTo(p, 13);
    const xs = m.sample!(8000, testRng(12));
    const zeros = xs.filter((x) => x === 0).length / 8000;
    expect(Math.abs(zeros - 0.25)).toBeLessThan(5 * Math.sqrt(0.25 * 0.75 / 8000));
    const bulk = Float64Array.from(xs.filter((x) => x !== 0));
    expect(ksStatistic(bulk, (x) => semicircle(1, 10).cdf!(x))).toBeLessThan(1.63 / Math.sqrt(bulk.length));
  });

  it("signed mixtures (a probability measure written with a negative weight) are allowed only on request", () => {
    // U(0, 2) = ½U(0, 1) + ½U(1, 2), hence U(0, 1) = 2·U(0, 2) − U(1, 2).
    const nu = uniform(0, 2);
    const lam = uniform(1, 2);
    expect(() => mixture([nu, lam], [2, -1])).toThrow(/weights\[1\]/);
    const m = mixture([nu, lam], [2, -1], { signed: true });
    close(m.stieltjes({ re: 0.3, im: 0.2 }), uniform(0, 1).stieltjes({ re: 0.3, im: 0.2 }), 1e-13);
    expect(m.support().exact).toBe(false);
    expect(m.sample).toBeUndefined();
    expect(m.quantile).toBeUndefined();
    expect(m.cdf!(0.5)).toBeCloseTo(0.5, 14);
    expect(() => mixture([dirac(0), dirac(1)], [2, -1], { signed: true })).toThrow(/negative atom/);
  });

  it("property: random positive mixtures of closed forms have unit mass, Im s > 0, and s ~ −1/z", () => {
    const pool: Measure[] = [mp(0.3), mp(3, 2), semicircle(1, -2), uniform(1, 4), atoms([0, 2], [0.5, 0.5]), dirac(-1)];
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: pool.length, maxLength: pool.length }),
        fc.double({ min: -6, max: 8, noNaN: true }),
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        (raw, zr, zi) => {
          const tot = raw.reduce((a, b) => a + b, 0);
          const m = mixture(pool, raw.map((r) => r / tot));
          const s = m.stieltjes({ re: zr, im: zi });
          expect(s.im).toBeGreaterThan(0);
          const mass = m.continuousMass + m.atoms.reduce((t, a) => t + a.mass, 0);
          expect(Math.abs(mass - 1)).toBeLessThan(1e-14);
          const big = m.stieltjes({ re: 0, im: 1e12 });
          // −1/(i·10¹²) = i·10⁻¹²
          expect(Math.abs(big.im * 1e12 - 1)).toBeLessThan(1e-10);
        },
      ),
      { seed: 99, numRuns: 200 },
    );
  });

  it("rejects bad input", () => {
    expect(() => mixture([], [])).toThrow(RangeError);
    expect(() => mixture([dirac(0)], [0.5])).toThrow(/sum to 1/);
    expect(() => mixture([dirac(0), dirac(1)], [1])).toThrow(/same length/);
    expect(() => mixture([dirac(0), 3 as unknown as Measure], [0.5, 0.5])).toThrow(TypeError);
  });
});

describe("stieltjesWithDerivative (closed forms that share work between s and s′)", () => {
  it("agrees with stieltjes and stieltjesDerivative", () => {
    const laws = [mp(0.5, 2), mp(3), semicircle(2, 1), atoms([0, 1, 3], [0.2, 0.3, 0.5])];
    for (const m of laws) {
      const both = (m as Measure & { stieltjesWithDerivative(z: { re: number; im: number }): { s: { re: number; im: number }; ds: { re: number; im: number } } }).stieltjesWithDerivative;
      expect(typeof both).toBe("function");
      for (const z of [
        { re: 0.7, im: 0.2 },
        { re: -2, im: 0 },
        { re: 10, im: 3 },
      ]) {
        const r = both.call(m, z);
        close(r.s, m.stieltjes(z), 1e-15);
        close(r.ds, m.stieltjesDerivative(z), 1e-15);
      }
    }
  });
});
