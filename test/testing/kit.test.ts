import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closedFormLaw } from "../../src/compare/index.js";
import { parseLaw } from "../../src/cli/law.js";
import { mp, semicircle } from "../../src/measures/index.js";
import { simulate } from "../../src/sim/index.js";
import { atomLawArb, lawExpressionArb, ntkDimensions, ntkQuadraticParamsArb, ratioArb, setupLimspecMatchers } from "../../src/testing/index.js";
import { semicircleSamples } from "../compare/laws.js";

setupLimspecMatchers();

describe("toMatchSpectrum", () => {
  const x = semicircleSamples(3000, 21);

  it("passes for samples of the law and fails, with the distances, for a shifted law", () => {
    expect(x).toMatchSpectrum(semicircle(1), { ks: 0.03, w1: 0.05 });
    expect(x).not.toMatchSpectrum(semicircle(1, 0.3), { ks: 0.03 });
    expect(() => expect(x).toMatchSpectrum(semicircle(1, 0.3), { ks: 0.03 })).toThrow(/ks = 0\.\d+ > 0\.03/);
    expect(() => expect(x).toMatchSpectrum(semicircle(1), { ks: 0.03, outsideFraction: 0 })).not.toThrow();
  });

  it("accepts a LawDistribution and rejects missing tolerances", () => {
    const uniform = closedFormLaw({ cdf: (t) => Math.min(1, Math.max(0, t)), density: (t) => (t >= 0 && t <= 1 ? 1 : 0), atoms: [], support: [[0, 1]] });
    const grid = Array.from({ length: 1000 }, (_, i) => (i + 0.5) / 1000);
    expect(grid).toMatchSpectrum(uniform, { ks: 0.001, l1: 0.01 });
    expect(() => expect(grid).toMatchSpectrum(uniform, {})).toThrow(/at least one/);
    expect(() => expect(grid).toMatchSpectrum(uniform, { ks: -1 })).toThrow(/ks must be ≥ 0/);
  });

  it("checks simulated Wishart spectra against mp(γ) over random ratios", async () => {
    await fc.assert(
      fc.asyncProperty(ratioArb({ min: 0.2, max: 0.8 }), async (gamma) => {
        const N = 400;
        const n = Math.round(gamma * N);
        const sim = await simulate("wishart", { n, N }, { seed: 5, backend: "cpu" });
        expect(sim.eigenvalues).toMatchSpectrum(mp(n / N), { ks: 0.08 });
      }),
      { seed: 42, numRuns: 3 },
    );
  });
});

describe("arbitraries", () => {
  it("draw valid atom laws, ratios and NTK parameters", () => {
    fc.assert(
      fc.property(atomLawArb({ maxAtoms: 5, minWeight: 0.02 }), ({ x, w }) => {
        expect(w.reduce((s, v) => s + v, 0)).toBe(1);
        expect(Math.min(...w)).toBeGreaterThan(0.02 - 1e-12);
        for (let i = 1; i < x.length; i++) expect(x[i]).toBeGreaterThan(x[i - 1]);
      }),
      { seed: 1, numRuns: 200 },
    );
    fc.assert(fc.property(ratioArb({ min: 0.5, max: 2 }), (r) => r >= 0.5 && r <= 2), { seed: 2, numRuns: 200 });
    fc.assert(
      fc.property(ntkQuadraticParamsArb(), (p) => {
        const dims = ntkDimensions(p, 40);
        expect(Math.abs(dims.p / dims.d - p.pOverD)).toBeLessThanOrEqual(0.5 / 40);
        expect(Math.abs(dims.n / (dims.d * dims.p) - p.nOverDp) / p.nOverDp).toBeLessThan(0.01);
      }),
      { seed: 3, numRuns: 100 },
    );
    expect(() => ratioArb({ min: 2, max: 1 })).toThrow(RangeError);
  });

  it("draw law expressions that limspec evaluates to probability measures", () => {
    fc.assert(
      fc.property(lawExpressionArb(), (expr) => {
        const mu = parseLaw(expr);
        const atomMass = mu.atoms.reduce((s, a) => s + a.mass, 0);
        expect(Math.abs(atomMass + mu.continuousMass - 1)).toBeLessThan(1e-9);
      }),
      { seed: 4, numRuns: 30 },
    );
  });
});
