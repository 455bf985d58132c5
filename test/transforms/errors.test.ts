import { describe, expect, it } from "vitest";
import { complex } from "../../src/core/complex.js";
import { ConvergenceError } from "../../src/core/errors.js";
import { atoms, dirac, mp, semicircle } from "../../src/measures/index.js";
import type { Measure } from "../../src/measures/measure.js";
import { convolve, freeAdd, freeMul, mpMap, mpMapSilverstein } from "../../src/transforms/index.js";

describe("bad input", () => {
  it("ratios must be positive finite numbers, named in the message", () => {
    expect(() => mpMap(-1, dirac(1))).toThrow(RangeError);
    expect(() => mpMap(-1, dirac(1))).toThrow(/gamma.*-1/);
    expect(() => mpMap(Number.NaN, dirac(1))).toThrow(/gamma/);
    expect(() => mpMapSilverstein(0, dirac(1))).toThrow(RangeError);
    expect(() => mpMap("0.5" as unknown as number, dirac(1))).toThrow(TypeError);
  });

  it("arguments must be measures", () => {
    expect(() => freeAdd({} as Measure, dirac(1))).toThrow(TypeError);
    expect(() => convolve(mp(0.5), null as unknown as Measure)).toThrow(/nu/);
  });

  it("freeMul needs measures on [0, ∞)", () => {
    expect(() => freeMul(semicircle(1), mp(0.5))).toThrow(/\[0, ∞\)/);
  });

  it("z must lie in the closed upper half plane", () => {
    const law = mpMap(0.5, atoms([1, 4], [0.5, 0.5]));
    expect(() => law.stieltjes(complex(1, -0.1))).toThrow(RangeError);
    expect(() => law.stieltjes(complex(Number.NaN, 1))).toThrow(RangeError);
    expect(() => mpMap(2, dirac(1)).stieltjes(complex(0, 0))).toThrow(/atom/);
  });

  it("non-convergence is a ConvergenceError with the point and the residual, never a NaN", () => {
    // A 'measure' whose transform is not a Stieltjes transform: the MP equation has no solution.
    const broken: Measure = {
      ...dirac(1),
      expr: "broken",
      stieltjes: () => complex(Number.NaN, Number.NaN),
      stieltjesDerivative: () => complex(Number.NaN, Number.NaN),
    };
    const law = mpMap(0.5, broken);
    let caught: unknown;
    try {
      law.stieltjes(complex(1, 0.5));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConvergenceError);
    const ce = caught as ConvergenceError;
    expect(ce.point).toBeDefined();
    expect(typeof ce.residual).toBe("number");
    expect(ce.message).toMatch(/did not converge at/);
  });
});

describe("unbounded inner measures", () => {
  it("are refused with a RangeError that says what to do", async () => {
    const { chiSquare } = await import("../../src/measures/index.js");
    expect(() => mpMap(0.5, chiSquare(1))).toThrow(/unbounded support.*empirical/);
    expect(() => freeAdd(chiSquare(1), dirac(1))).toThrow(RangeError);
  });
});
