import { describe, expect, it } from "vitest";
import {
  compareSpectrum,
  histogramL1,
  ksDistance,
  outsideSupport,
  tabulatedLaw,
  wasserstein1,
} from "../../src/compare/index.js";
import { atomPlusUniform, semicircleLaw, semicircleSamples, uniformLaw } from "./laws.js";

const close = (a: number, b: number, rel = 1e-12) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

describe("Kolmogorov–Smirnov", () => {
  it("exact values on hand cases", () => {
    close(ksDistance([0.25, 0.75], uniformLaw()).statistic, 0.25);
    close(ksDistance([0.5], uniformLaw()).statistic, 0.5);
    close(ksDistance([0.1, 0.2, 0.3], uniformLaw()).statistic, 0.7);
    const r = ksDistance([2, 3], uniformLaw());
    close(r.statistic, 1);
    expect(r.side).toBe("left");
  });

  it("lines eigenvalues up with atoms, within the tolerance only", () => {
    const law = atomPlusUniform();
    close(ksDistance([-1e-9, 1e-9, 1.25, 1.75], law).statistic, 0.125);
    close(ksDistance([-1e-9, 1e-9, 1.25, 1.75], law, { atomTolerance: 0 }).statistic, 0.25);
    close(ksDistance([0, 0, 1.5, 1.5], law).statistic, 0.25);
  });

  it("is small for samples of the law and large for a shifted law", () => {
    const x = semicircleSamples(4000, 7);
    const own = ksDistance(x, semicircleLaw()).statistic;
    expect(own).toBeLessThan(1.63 / Math.sqrt(4000)); // 99% Kolmogorov quantile
    expect(own).toBeGreaterThan(0);
    const shifted = ksDistance(x.map((v) => v + 0.5), semicircleLaw()).statistic;
    expect(shifted).toBeGreaterThan(0.15);
  });

  it("rejects empty or non-finite input", () => {
    expect(() => ksDistance([], uniformLaw())).toThrow(RangeError);
    expect(() => ksDistance([0.1, NaN], uniformLaw())).toThrow(/eigenvalues\[1\]/);
  });
});

describe("Wasserstein-1", () => {
  it("exact values on hand cases", () => {
    close(wasserstein1([0.5], uniformLaw()), 0.25, 1e-12);
    close(wasserstein1([0.25, 0.75], uniformLaw()), 0.125, 1e-12);
    close(wasserstein1([0, 0, 1.25, 1.75], atomPlusUniform()), 0.0625, 1e-12);
    // A point mass at 3 against U[0,1]: W1 = 3 − 1/2.
    close(wasserstein1([3], uniformLaw()), 2.5, 1e-12);
  });

  it("equals the shift for a translated sample against its own law", () => {
    const x = semicircleSamples(2000, 11);
    const own = wasserstein1(x, semicircleLaw());
    expect(own).toBeLessThan(0.05);
    const shifted = wasserstein1(x.map((v) => v + 1), semicircleLaw());
    expect(Math.abs(shifted - 1)).toBeLessThan(own + 1e-9);
  });
});

describe("histogram L1", () => {
  it("exact values on hand cases", () => {
    close(histogramL1([0.25, 0.75], uniformLaw(), { bins: 2 }).distance, 0, 1e-12);
    close(histogramL1([0.1, 0.2], uniformLaw(), { bins: 2 }).distance, 1, 1e-12);
    close(histogramL1([0.25, 3], uniformLaw(), { bins: 2 }).distance, 1, 1e-12);
    const withAtoms = histogramL1([0, 0, 1.25, 1.75], atomPlusUniform(), { bins: 2 });
    close(withAtoms.distance, 0, 1e-12);
    expect(withAtoms.atoms).toEqual([{ x: 0, mass: 0.5, empirical: 0.5 }]);
    close(histogramL1([0, 1.25, 1.5, 1.75], atomPlusUniform(), { bins: 2 }).distance, 0.5, 1e-12);
  });

  it("is small for samples of the law, large for a shifted law", () => {
    const x = semicircleSamples(4000, 3);
    const own = histogramL1(x, semicircleLaw()).distance;
    expect(own).toBeLessThan(0.1);
    expect(histogramL1(x.map((v) => v + 1), semicircleLaw()).distance).toBeGreaterThan(0.5);
  });
});

describe("tabulated laws", () => {
  it("integrate a linear density exactly and rescale to the continuous mass", () => {
    const grid = Array.from({ length: 11 }, (_, i) => i / 10);
    const law = tabulatedLaw(grid, grid.map((t) => 4 * t), [{ x: -1, mass: 0.25 }]);
    close(law.tabulatedMass, 2);
    close(law.continuousMass, 0.75);
    close(law.cdf(0.55), 0.25 + 0.75 * 0.55 * 0.55, 1e-14);
    close(law.density(0.55), 0.75 * 2 * 0.55, 1e-14);
    close(law.cdf(-1), 0.25);
    expect(law.cdf(-1.0001)).toBe(0);
    expect(law.support).toEqual([[0, 1]]);
  });

  it("match closed forms closely on a fine grid", () => {
    const exact = semicircleLaw();
    const grid = Array.from({ length: 2001 }, (_, i) => -2 + 2 * (1 - Math.cos((Math.PI * i) / 2000)));
    const law = tabulatedLaw(grid, grid.map((t) => exact.density(t)));
    for (const t of [-1.9, -0.3, 0, 1.2, 1.99]) expect(Math.abs(law.cdf(t) - exact.cdf(t))).toBeLessThan(1e-6);
  });

  it("reject bad grids", () => {
    expect(() => tabulatedLaw([0, 0, 1], [1, 1, 1])).toThrow(/strictly increasing/);
    expect(() => tabulatedLaw([0, 1], [1, -1])).toThrow(/density\[1\]/);
    expect(() => tabulatedLaw([0, 1], [1])).toThrow(RangeError);
  });
});

describe("outside the support", () => {
  it("counts with margin, atoms and sides", () => {
    const law = atomPlusUniform();
    const r = outsideSupport([-1, 1e-12, 0.5, 1.5, 2.05, 7], law, { margin: 0.1 });
    expect(r.count).toBe(3);
    expect(r.below).toBe(1);
    expect(r.above).toBe(1);
    expect(r.values).toEqual([-1, 0.5, 7]);
    expect(outsideSupport([2.05], law).count).toBe(1);
  });
});

describe("compareSpectrum", () => {
  it("reports every distance", () => {
    const x = semicircleSamples(1000, 5);
    const c = compareSpectrum([...x, 10], semicircleLaw());
    expect(c.n).toBe(1001);
    expect(c.ks.statistic).toBeLessThan(0.06);
    expect(c.outside.count).toBe(1);
    expect(c.outside.values).toEqual([10]);
    expect(c.wasserstein1).toBeGreaterThan(0.008); // the outlier alone moves 1/1001 of mass by 8
  });
});
