import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { atoms } from "../../src/measures/index.js";
import { freeAdd, freeCumulantsFromMoments, mpMap } from "../../src/transforms/index.js";
import { autoGrid, densityOnGrid, numericalMoments, totalMass } from "../../src/spectrum/index.js";

/** Random atomic measures: 2–4 atoms at distinct locations in [lo, hi], weights normalised. */
const atomMeasure = (lo: number, hi: number) =>
  fc
    .array(fc.record({ x: fc.double({ min: lo, max: hi, noNaN: true }), w: fc.double({ min: 0.05, max: 1, noNaN: true }) }), {
      minLength: 2,
      maxLength: 4,
    })
    // atoms at least 0.05 apart
    .filter((as) => new Set(as.map((a) => Math.round(a.x / 0.05))).size === as.length)
    .map((as) => {
      const total = as.reduce((t, a) => t + a.w, 0);
      return { x: as.map((a) => a.x), w: as.map((a) => a.w / total) };
    });

const exactMoment = (x: number[], w: number[], k: number) => x.reduce((t, xi, i) => t + w[i] * xi ** k, 0);

describe("properties over random atomic measures (fast-check, fixed seed)", () => {
  it("mpMap: unit mass, density ≥ 0, m₁ = Et and m₂ = (Et)² + γ Et² from the density", () => {
    fc.assert(
      fc.property(atomMeasure(0.2, 5), fc.double({ min: 0.1, max: 4, noNaN: true }), (nu, gamma) => {
        const law = mpMap(gamma, atoms(nu.x, nu.w));
        expect(Math.abs(totalMass(law) - 1)).toBeLessThanOrEqual(1e-9);
        const { density } = densityOnGrid(law, autoGrid(law, 200));
        expect(Math.min(...density)).toBeGreaterThanOrEqual(0);
        const [m1, m2] = numericalMoments(law, 2);
        const Et = exactMoment(nu.x, nu.w, 1);
        const Et2 = exactMoment(nu.x, nu.w, 2);
        expect(Math.abs(m1 - Et) / Et).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(m2 - (Et * Et + gamma * Et2)) / m2).toBeLessThanOrEqual(1e-9);
      }),
      { seed: 20261123, numRuns: 12 },
    );
  });

  it("freeAdd: unit mass, density ≥ 0, free cumulants add (m₂–m₄ from the density)", () => {
    fc.assert(
      fc.property(atomMeasure(-2, 2), atomMeasure(-2, 2), (a, b) => {
        const law = freeAdd(atoms(a.x, a.w), atoms(b.x, b.w));
        expect(Math.abs(totalMass(law) - 1)).toBeLessThanOrEqual(1e-9);
        const { density } = densityOnGrid(law, autoGrid(law, 200));
        expect(Math.min(...density)).toBeGreaterThanOrEqual(0);
        const ka = freeCumulantsFromMoments([1, 2, 3, 4].map((k) => exactMoment(a.x, a.w, k)));
        const kb = freeCumulantsFromMoments([1, 2, 3, 4].map((k) => exactMoment(b.x, b.w, k)));
        const kSum = freeCumulantsFromMoments(numericalMoments(law, 4));
        for (let j = 1; j < 4; j++) {
          const expected = ka[j] + kb[j];
          const scale = Math.max(1e-3, Math.abs(ka[j]) + Math.abs(kb[j]));
          expect(Math.abs(kSum[j] - expected) / scale).toBeLessThanOrEqual(1e-9);
        }
      }),
      { seed: 7, numRuns: 12 },
    );
  });
});
