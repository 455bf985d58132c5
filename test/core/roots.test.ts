import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bisect, brent } from "../../src/core/roots.js";
import { ConvergenceError } from "../../src/core/errors.js";

const ulpsApart = (a: number, b: number): number => Math.abs(a - b) / (Number.EPSILON * Math.max(Math.abs(a), Math.abs(b), 1e-300));

describe("brent", () => {
  it.each<[string, (x: number) => number, number, number, number]>([
    ["√2", (x) => x * x - 2, 0, 2, Math.SQRT2],
    ["π/2 as a root of cos", Math.cos, 0, 3, Math.PI / 2],
    ["plastic number x³ = x + 1", (x) => x ** 3 - x - 1, -5, 5, 1.324717957244746],
    ["ln 1e-10 (wide bracket)", (x) => Math.exp(x) - 1e-10, -40, 1, Math.log(1e-10)],
    ["Dottie number cos x = x", (x) => Math.cos(x) - x, 0, 1, 0.7390851332151607],
  ])("%s to a few ulps", (_n, f, a, b, root) => {
    expect(ulpsApart(brent(f, a, b), root)).toBeLessThanOrEqual(4);
    expect(ulpsApart(brent(f, b, a), root)).toBeLessThanOrEqual(4);
  });

  it("finds the roots of random cubics with a bracketed real root in few evaluations", () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (r, q, s) => {
        // (x − r)(x² + s x + q + s²) has the single real root r (the quadratic has negative discriminant).
        const f = (x: number): number => (x - r) * (x * x + s * x + q + s * s);
        let calls = 0;
        const x = brent((t) => (calls++, f(t)), r - 7, r + 11);
        expect(Math.abs(x - r)).toBeLessThanOrEqual(8 * Number.EPSILON * Math.max(1, Math.abs(r)));
        expect(calls).toBeLessThan(60);
      }),
      { seed: 3, numRuns: 200 },
    );
  });

  it("honours xTol and returns an exact zero at an end", () => {
    const x = brent((t) => t * t - 2, 0, 2, { xTol: 1e-3 });
    expect(Math.abs(x - Math.SQRT2)).toBeLessThan(1e-3);
    expect(brent((t) => t - 1, 1, 3)).toBe(1);
  });

  it("throws RangeError without a sign change or on NaN, ConvergenceError when out of iterations", () => {
    expect(() => brent((t) => t * t + 1, -1, 1)).toThrow(/change sign/);
    expect(() => brent(() => NaN, 0, 1)).toThrow(RangeError);
    expect(() => brent((t) => t, NaN, 1)).toThrow(RangeError);
    expect(() => brent((t) => t ** 3 - 2, 0, 1000, { maxIterations: 3 })).toThrow(ConvergenceError);
    expect(() => brent((t) => t, -1, 1, { xTol: -1 })).toThrow(/xTol/);
  });
});

describe("bisect", () => {
  it("finds π/2 and e to a few ulps", () => {
    expect(ulpsApart(bisect(Math.cos, 0, 3), Math.PI / 2)).toBeLessThanOrEqual(4);
    expect(ulpsApart(bisect((x) => Math.log(x) - 1, 1, 10), Math.E)).toBeLessThanOrEqual(4);
  });

  it("handles a discontinuous sign change (returns the jump location)", () => {
    const x = bisect((t) => (t < 0.3 ? -1 : 1), 0, 1);
    expect(Math.abs(x - 0.3)).toBeLessThan(1e-15);
  });

  it("throws like brent", () => {
    expect(() => bisect((t) => t * t + 1, -1, 1)).toThrow(RangeError);
    expect(() => bisect(Math.cos, 0, 3, { maxIterations: 5 })).toThrow(ConvergenceError);
  });
});
