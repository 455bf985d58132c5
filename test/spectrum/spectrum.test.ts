import { describe, expect, it } from "vitest";
import { atoms, dirac, mp, semicircle, mixture } from "../../src/measures/index.js";
import { freeAdd, mpMap } from "../../src/transforms/index.js";
import { autoGrid, cdf, densityOnGrid, moments, numericalMoments, quantile, supportEdges, totalMass } from "../../src/spectrum/index.js";

describe("densityOnGrid", () => {
  it("returns the closed-form density and zeros outside the support, in the caller's order", () => {
    const law = mp(0.5);
    const xs = [2, -1, 0.5, 1, 10, 0.1];
    const { x, density, residual } = densityOnGrid(law, xs);
    expect(Array.from(x)).toEqual(xs);
    xs.forEach((xi, i) => expect(density[i]).toBeCloseTo(law.density!(xi), 14));
    expect(density[1]).toBe(0);
    expect(density[4]).toBe(0);
    expect(Array.from(residual).every((r) => r === 0)).toBe(true);
  });

  it("reports small residuals for a solved law and rejects non-finite points", () => {
    const law = mpMap(0.5, atoms([1, 4], [0.5, 0.5]));
    const { residual } = densityOnGrid(law, autoGrid(law, 300));
    expect(Math.max(...residual)).toBeLessThanOrEqual(1e-13);
    expect(() => densityOnGrid(law, [1, Number.NaN])).toThrow(/x\[1\]/);
  });
});

describe("autoGrid", () => {
  it("puts at least 24 points in every interval, however narrow, and includes finite edges", () => {
    const law = mpMap(2.5, atoms([1, 4], [0.5, 0.5])); // two intervals, gap ~7e-4 of the support
    const g = autoGrid(law, 400);
    const edges = supportEdges(law);
    expect(edges.length).toBe(2);
    for (const [a, b] of edges) {
      expect(g.filter((x) => x >= a && x <= b).length).toBeGreaterThanOrEqual(24);
      expect(g.includes(a) && g.includes(b)).toBe(true);
    }
    expect(g.some((x) => x > edges[0][1] && x < edges[1][0])).toBe(false);
    // sorted, with margins outside the support
    expect(Array.from(g).every((x, i) => i === 0 || x > g[i - 1])).toBe(true);
    expect(g[0]).toBeLessThan(edges[0][0]);
    expect(g[g.length - 1]).toBeGreaterThan(edges[1][1]);
  });

  it("leaves out singular edges and atoms", () => {
    const g = autoGrid(mp(1), 100); // density ~ x^{−1/2} at 0
    expect(g.includes(0)).toBe(false);
    const h = autoGrid(mp(2), 100); // atom at 0
    expect(h.includes(0)).toBe(false);
  });
});

describe("cdf, quantile, moments, mass", () => {
  it("a hard edge (mpMap at the critical ratio, density ∝ x^(−1/2) at 0): cdf and mass as mp(1)'s, to 1e-5", () => {
    const law = mpMap(0.5, atoms([0, 1], [0.5, 0.5])); // = 0.5·mp(1)
    const xs = [1e-6, 0.01, 0.5, 1, 1.9];
    const F = cdf(law, xs);
    xs.forEach((x, i) => expect(Math.abs(F[i] - mp(1).cdf!(2 * x))).toBeLessThan(1e-5));
    expect(Math.abs(totalMass(law) - 1)).toBeLessThan(1e-5);
  });

  it("cdf of a solved law matches the closed form to 1e-10, with the atom as a jump", () => {
    const law = mpMap(2, dirac(1));
    const ref = mp(2);
    const xs = [-1, 0, 0.2, 1, 2.5, 5.8, 7];
    const F = cdf(law, xs);
    xs.forEach((x, i) => expect(Math.abs(F[i] - ref.cdf!(x))).toBeLessThanOrEqual(1e-10));
    expect(F[1]).toBeCloseTo(0.5, 12); // atom 1 − 1/γ at 0, right-continuous
  });

  it("quantile inverts cdf, and lands on the atom for levels inside its jump", () => {
    const law = mpMap(0.5, atoms([1, 4], [0.5, 0.5]));
    for (const p of [0.01, 0.25, 0.5, 0.9, 0.999]) expect(Math.abs(cdf(law, quantile(law, p)) - p)).toBeLessThanOrEqual(1e-10);
    const withAtom = mpMap(2, dirac(1));
    expect(quantile(withAtom, 0.3)).toBe(0);
    expect(() => quantile(law, 1.5)).toThrow(RangeError);
  });

  it("numerical moments agree with exact recursions; a mixture integrates across its breakpoints", () => {
    const law = freeAdd(semicircle(1), mp(0.3));
    const exact = moments(law, 4);
    numericalMoments(law, 4).forEach((m, i) => expect(Math.abs(m - exact[i]) / Math.abs(exact[i])).toBeLessThanOrEqual(1e-9));
    const mix = mixture([semicircle(1), semicircle(1, 1)], [0.5, 0.5]);
    expect(Math.abs(totalMass(mix) - 1)).toBeLessThanOrEqual(1e-11);
  });
});
