import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { atoms, dirac, empirical } from "../../src/measures/index.js";
import { testRng } from "./testRng.js";

describe("dirac, atoms, empirical", () => {
  it("dirac(x): s(z) = 1/(x − z), atom, hull, moments", () => {
    const d = dirac(2);
    const s = d.stieltjes({ re: 0, im: 1 });
    // 1/(2 − i) = (2 + i)/5
    expect(s.re).toBeCloseTo(0.4, 15);
    expect(s.im).toBeCloseTo(0.2, 15);
    expect(d.atoms).toEqual([{ x: 2, mass: 1 }]);
    expect(d.continuousMass).toBe(0);
    expect(d.hull).toEqual([2, 2]);
    expect(d.support()).toEqual({ intervals: [], exact: true });
    expect(d.moment!(3)).toBe(8);
    expect(dirac().expr).toBe("dirac(0)");
    expect(dirac().atoms[0].x).toBe(0);
  });

  it("merges equal locations, drops zero weights, sorts, and rescales the weights to sum exactly to 1", () => {
    const m = atoms([3, 1, 3, 2, -0, 0], [0.2, 0.3, 0.1, 0, 0.25, 0.15 + 5e-10]);
    expect(m.atoms.map((a) => a.x)).toEqual([0, 1, 3]);
    expect(m.atoms[2].mass).toBeCloseTo(0.3, 9);
    expect(m.atoms[0].mass).toBeCloseTo(0.4, 9);
    expect(m.atoms.reduce((t, a) => t + a.mass, 0)).toBeCloseTo(1, 15);
    expect(Object.is(m.atoms[0].x, -0)).toBe(false);
  });

  it("rejects weights that do not sum to 1, negative weights, mismatched lengths, non-finite locations", () => {
    expect(() => atoms([1, 2], [0.5, 0.6])).toThrow(/sum to 1/);
    expect(() => atoms([1, 2], [0.5, 0.5 + 2e-9])).toThrow(RangeError);
    expect(() => atoms([1, 2], [1.5, -0.5])).toThrow(/w\[1\]/);
    expect(() => atoms([1, 2], [1])).toThrow(/same length/);
    expect(() => atoms([], [])).toThrow(RangeError);
    expect(() => atoms([NaN], [1])).toThrow(/x\[0\]/);
    expect(() => atoms([Infinity], [1])).toThrow(RangeError);
    expect(() => atoms(null as unknown as number[], [1])).toThrow(TypeError);
    expect(() => empirical([])).toThrow(RangeError);
    expect(() => dirac(NaN)).toThrow(/x/);
  });

  it("boundary values: exactly real off the atoms, RangeError at an atom", () => {
    const m = atoms([1, 4], [0.5, 0.5]);
    const s = m.stieltjes({ re: 2, im: 0 });
    expect(s.im).toBe(0);
    expect(s.re).toBeCloseTo(0.5 / -1 + 0.5 / 2, 15);
    expect(() => m.stieltjes({ re: 4, im: 0 })).toThrow(RangeError);
    expect(() => m.stieltjesDerivative({ re: 1, im: 0 })).toThrow(RangeError);
    expect(() => m.stieltjes({ re: 4, im: -1e-300 })).toThrow(RangeError);
    // just above the atom the transform is huge but finite, with Im = mass/η
    const t = m.stieltjes({ re: 4, im: 1e-8 });
    expect(t.im).toBeCloseTo(0.5e8, 0);
  });

  it("property: s equals the defining sum, s′ the derivative sum, Im s > 0, s ~ −1/z", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: -12, max: 12, noNaN: true }),
        fc.double({ min: 1e-3, max: 5, noNaN: true }),
        (xs, zr, zi) => {
          const w = xs.map((_, i) => i + 1);
          const tot = w.reduce((a, b) => a + b, 0);
          const m = atoms(xs, w.map((v) => v / tot));
          let er = 0;
          let ei = 0;
          let dr = 0;
          let di = 0;
          xs.forEach((x, i) => {
            // 1/(x − z) and 1/(x − z)² via complex division, written out
            const ar = x - zr;
            const ai = -zi;
            const q = ar * ar + ai * ai;
            const ir = ar / q;
            const ii = -ai / q;
            er += (w[i] / tot) * ir;
            ei += (w[i] / tot) * ii;
            dr += (w[i] / tot) * (ir * ir - ii * ii);
            di += (w[i] / tot) * 2 * ir * ii;
          });
          const s = m.stieltjes({ re: zr, im: zi });
          const d = m.stieltjesDerivative({ re: zr, im: zi });
          expect(Math.hypot(s.re - er, s.im - ei)).toBeLessThanOrEqual(1e-13 * Math.hypot(er, ei) + 1e-300);
          expect(Math.hypot(d.re - dr, d.im - di)).toBeLessThanOrEqual(1e-12 * Math.hypot(dr, di) + 1e-300);
          expect(s.im).toBeGreaterThan(0);
          const big = m.stieltjes({ re: 1e9, im: 1e9 });
          // −1/z at z = 10⁹(1 + i) is (−1 + i)/(2·10⁹)
          expect(Math.hypot(big.re * 2e9 + 1, big.im * 2e9 - 1)).toBeLessThan(1e-7);
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });

  it("cdf, quantile and moments follow the atoms", () => {
    const m = atoms([0, 1, 5], [0.2, 0.5, 0.3]);
    expect(m.cdf!(-1)).toBe(0);
    expect(m.cdf!(0)).toBeCloseTo(0.2, 15);
    expect(m.cdf!(0.5)).toBeCloseTo(0.2, 15);
    expect(m.cdf!(1)).toBeCloseTo(0.7, 15);
    expect(m.cdf!(5)).toBe(1);
    expect(m.quantile!(0)).toBe(0);
    expect(m.quantile!(0.2)).toBe(0);
    expect(m.quantile!(0.21)).toBe(1);
    expect(m.quantile!(0.7)).toBe(1);
    expect(m.quantile!(0.71)).toBe(5);
    expect(m.quantile!(1)).toBe(5);
    expect(m.moment!(2)).toBeCloseTo(0.5 + 0.3 * 25, 13);
    expect(m.density!(1)).toBe(0);
  });

  it("empirical: equal weights, duplicates merged, expr lists the samples", () => {
    const e = empirical([2, 1, 2, 2]);
    expect(e.atoms).toEqual([
      { x: 1, mass: 0.25 },
      { x: 2, mass: 0.75 },
    ]);
    expect(e.expr).toBe("empirical([2,1,2,2])");
    expect(e.moment!(1)).toBeCloseTo(1.75, 15);
    expect(empirical(Float64Array.of(3)).atoms).toEqual([{ x: 3, mass: 1 }]);
  });

  it("sampling reproduces the weights (fixed seed, 5σ)", () => {
    const m = atoms([0, 1, 5], [0.2, 0.5, 0.3]);
    const n = 20000;
    const xs = m.sample!(n, testRng(3));
    for (const [x, p] of [
      [0, 0.2],
      [1, 0.5],
      [5, 0.3],
    ]) {
      const freq = xs.filter((v) => v === x).length / n;
      expect(Math.abs(freq - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    }
  });
});
