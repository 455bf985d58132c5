import { describe, expect, it } from "vitest";
import { ksDistance, lawDistribution } from "../../src/compare/index.js";
import { dirac, mp } from "../../src/measures/index.js";
import { mpMap } from "../../src/transforms/index.js";
import { atoms } from "../../src/measures/index.js";
import { densityOnGrid } from "../../src/spectrum/index.js";

describe("lawDistribution", () => {
  it("uses closed forms when present and tabulates composite laws to ~1e-6", () => {
    const exact = lawDistribution(mp(0.5));
    expect(exact.source).toBe("closed-form");
    const solved = lawDistribution(mpMap(0.5, dirac(1)));
    expect(solved.source).toBe("tabulated");
    expect(Math.abs(solved.tabulatedMass - 1)).toBeLessThan(1e-4);
    for (const x of [0.1, 0.5, 1, 2, 2.8]) expect(Math.abs(solved.cdf(x) - exact.cdf(x))).toBeLessThan(1e-6);
    expect(solved.support[0][0]).toBeCloseTo((1 - Math.SQRT1_2) ** 2, 10);
  });

  it("keeps atoms: mp(2) through the MP map has its atom 1/2 at 0", () => {
    const law = lawDistribution(mpMap(2, dirac(1)));
    expect(law.atoms).toHaveLength(1);
    expect(law.atoms[0].x).toBe(0);
    expect(Math.abs(law.atoms[0].mass - 0.5)).toBeLessThan(1e-12);
    // Half the eigenvalues at 0 and half spread by the exact mp(2) quantiles: KS of order 1/n.
    const n = 2000;
    const q = mp(2);
    const eig = Array.from({ length: n }, (_, i) => q.quantile!((i + 0.5) / n));
    expect(ksDistance(eig, law).statistic).toBeLessThan(2e-3);
  });

  it("a hard edge (density ∝ x^(−1/2) at 0, critical ratio) is tabulated with that profile", () => {
    // mpMap(1, δ₁) = mp(1), and mpMap(0.5, ½δ₀ + ½δ₁) = 0.5·mp(1): γ = 1 − ν{0}.
    expect(densityOnGrid(mpMap(1, dirac(1)), [0]).density[0]).toBe(Infinity);
    const exact = mp(1);
    const a = lawDistribution(mpMap(1, dirac(1)));
    const b = lawDistribution(mpMap(0.5, atoms([0, 1], [0.5, 0.5])));
    expect(Math.abs(a.tabulatedMass - 1)).toBeLessThan(1e-3);
    for (const x of [1e-4, 0.01, 0.5, 2, 3.9]) {
      expect(Math.abs(a.cdf(x) - exact.cdf!(x))).toBeLessThan(5e-4);
      expect(Math.abs(b.cdf(x / 2) - exact.cdf!(x))).toBeLessThan(5e-4);
    }
  });
});
