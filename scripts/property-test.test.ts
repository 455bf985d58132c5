/**
 * Example: property-test a law against simulation with limspec/testing — here the MP law of a
 * sample covariance for random aspect ratios, and the MP map of a random two-atom population.
 * Run: npx vitest run scripts/property-test.test.ts   (in your project import from "limspec" and "limspec/testing")
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { atoms, mp, mpMap, sim } from "../src/index.js";
import { atomLawArb, ratioArb, setupLimspecMatchers } from "../src/testing/index.js";

beforeAll(() => setupLimspecMatchers());

describe("theory against simulation (property tests)", () => {
  it("(1/N) Z Zᵀ follows mp(n/N) for random n/N", async () => {
    await fc.assert(
      fc.asyncProperty(ratioArb({ min: 0.2, max: 2 }), async (gamma) => {
        const n = 400;
        const N = Math.max(1, Math.round(n / gamma));
        const { eigenvalues } = await sim.simulate("wishart", { n, N }, { seed: 11, backend: "wasm64" });
        // KS tolerance for n = 400 eigenvalues of one matrix (fluctuations ~ 1/n, edge effects ~ n^{-2/3}).
        expect(eigenvalues).toMatchSpectrum(mp(n / N), { ks: 0.03 });
      }),
      { seed: 3, numRuns: 4 },
    );
  });

  it("(1/N) Z D Zᵀ follows mpMap(n/N, ν) for a random two-atom ν", async () => {
    await fc.assert(
      fc.asyncProperty(atomLawArb({ minAtoms: 2, maxAtoms: 2, min: 0.5, max: 4 }), async ({ x, w }) => {
        const n = 400;
        const N = 800;
        const counts = [Math.round(w[0] * N)];
        const population = Array.from({ length: N }, (_, i) => (i < counts[0] ? x[0] : x[1]));
        const { eigenvalues } = await sim.simulate("wishart", { n, N, population }, { seed: 5, backend: "wasm64" });
        const law = mpMap(n / N, atoms(x, [counts[0] / N, 1 - counts[0] / N]));
        expect(eigenvalues).toMatchSpectrum(law, { ks: 0.04 });
      }),
      { seed: 9, numRuns: 3 },
    );
  });
});
