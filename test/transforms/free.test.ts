import { describe, expect, it } from "vitest";
import { complex } from "../../src/core/complex.js";
import { atoms, mp, semicircle } from "../../src/measures/index.js";
import { freeAdd, freeMul } from "../../src/transforms/index.js";
import { densityOnGrid, moments, numericalMoments, supportEdges, totalMass } from "../../src/spectrum/index.js";
import { polyRoots } from "../helpers/polynomial.js";

describe("free additive convolution", () => {
  it("semicircle(a) ⊞ semicircle(b) = semicircle(a + b) to 1e-9", () => {
    const law = freeAdd(semicircle(1), semicircle(2));
    const ref = semicircle(3);
    const r = Math.sqrt(12);
    const xs = Array.from({ length: 200 }, (_, i) => -r + (2 * r * (i + 0.5)) / 200);
    const { density } = densityOnGrid(law, xs);
    xs.forEach((x, i) => expect(Math.abs(density[i] - ref.density!(x)) / ref.density!(x)).toBeLessThanOrEqual(1e-9));
    const [[lo, hi]] = supportEdges(law);
    expect(Math.abs(lo + r)).toBeLessThanOrEqual(1e-9 * r);
    expect(Math.abs(hi - r)).toBeLessThanOrEqual(1e-9 * r);
    for (const z of [complex(0.3, 0.1), complex(5, 1e-4), complex(-1, 3)]) {
      const s = law.stieltjes(z);
      const e = ref.stieltjes(z);
      expect(Math.hypot(s.re - e.re, s.im - e.im) / Math.hypot(e.re, e.im)).toBeLessThanOrEqual(1e-9);
    }
  });

  it("(½δ₋₁ + ½δ₁) ⊞ (½δ₋₁ + ½δ₁) is the arcsine law on [−2, 2] to 1e-8", () => {
    const b = atoms([-1, 1], [0.5, 0.5]);
    const law = freeAdd(b, b);
    const xs = Array.from({ length: 400 }, (_, i) => -2 + (4 * (i + 0.5)) / 400);
    const { density, residual } = densityOnGrid(law, xs);
    xs.forEach((x, i) => {
      const exact = 1 / (Math.PI * Math.sqrt(4 - x * x));
      expect(Math.abs(density[i] - exact) / exact).toBeLessThanOrEqual(1e-8);
    });
    expect(Math.max(...residual)).toBeLessThanOrEqual(1e-12);
    const [[lo, hi]] = supportEdges(law);
    expect(Math.abs(lo + 2)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(hi - 2)).toBeLessThanOrEqual(1e-12);
    expect(law.atoms).toEqual([]);
  });

  it("atoms by Bercovici–Voiculescu and a gap with a zero of s inside", () => {
    const law = freeAdd(atoms([0, 1], [0.75, 0.25]), atoms([0, 3], [0.6, 0.4]));
    expect(law.atoms.map((a) => a.x)).toEqual([0, 3]);
    expect(law.atoms[0].mass).toBeCloseTo(0.35, 14);
    expect(law.atoms[1].mass).toBeCloseTo(0.15, 14);
    const edges = supportEdges(law);
    expect(edges.length).toBe(2);
    // s is real in the gap and crosses 0 there (pole of a subordination function).
    const s1 = law.stieltjes(complex(1.5, 0));
    const s2 = law.stieltjes(complex(2.5, 0));
    expect(s1.im).toBe(0);
    expect(s2.im).toBe(0);
    expect(Math.sign(s1.re)).not.toBe(Math.sign(s2.re));
    expect(Math.abs(totalMass(law) - 1)).toBeLessThanOrEqual(1e-9);
  });
});

describe("narrow gaps of a free convolution", () => {
  it("semicircle(0.99) ⊞ Bernoulli: a gap of width 7.7e-4 (1/30 of the scan step) is found, edges checked on the cubic", () => {
    const v = 0.99;
    const law = freeAdd(semicircle(v), atoms([-1, 1], [0.5, 0.5]));
    const edges = supportEdges(law);
    expect(edges.length).toBe(2);
    const gap = edges[1][0] - edges[0][1];
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan((law.hull[1] - law.hull[0]) / 240 / 10);
    // s = s_ν(z + v s), s_ν(w) = w/(1 − w²):  −v² s³ − 2 z v s² + (1 − z² − v) s − z = 0.
    const nonReal = (x: number) =>
      polyRoots([complex(-x), complex(1 - x * x - v), complex(-2 * x * v), complex(-v * v)]).filter((r) => Math.abs(r.im) > 1e-7 * Math.hypot(r.re, r.im)).length;
    const d = 1e-9;
    expect(nonReal(edges[0][1] - d)).toBe(2);
    expect(nonReal(edges[0][1] + d)).toBe(0);
    expect(nonReal(edges[1][0] - d)).toBe(0);
    expect(nonReal(edges[1][0] + d)).toBe(2);
  });
});

describe("free multiplicative convolution", () => {
  it("mp(1) ⊠ mp(1): moments 1, 3, 12, 55 and support [0, 27/4] to 1e-8", () => {
    const law = freeMul(mp(1), mp(1));
    expect(moments(law, 4).map((m, i) => Math.abs(m - [1, 3, 12, 55][i]) / [1, 3, 12, 55][i]).every((e) => e <= 1e-12)).toBe(true);
    // Independently from the real-axis density:
    numericalMoments(law, 4).forEach((m, i) => expect(Math.abs(m - [1, 3, 12, 55][i]) / [1, 3, 12, 55][i]).toBeLessThanOrEqual(1e-8));
    const [[lo, hi]] = supportEdges(law);
    expect(Math.abs(lo)).toBeLessThanOrEqual(1e-8);
    expect(Math.abs(hi - 27 / 4)).toBeLessThanOrEqual(1e-8);
  });

  it("mp(γ) ⊠ δ_c is mp(γ) scaled; ⊠ of two atom laws keeps the mean multiplicative", () => {
    const law = freeMul(mp(0.5), atoms([1, 3], [0.5, 0.5]));
    const m = moments(law, 3);
    const num = numericalMoments(law, 3);
    m.forEach((mk, i) => expect(Math.abs(num[i] - mk) / mk).toBeLessThanOrEqual(1e-9));
    expect(m[0]).toBeCloseTo(2, 14);
    expect(Math.abs(totalMass(law) - 1)).toBeLessThanOrEqual(1e-9);
  });
});
