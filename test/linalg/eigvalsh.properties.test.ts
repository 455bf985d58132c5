import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eigvalsh, eigvalshRange } from "../../src/linalg/index.js";
import { EPS, normalSampler, reflectSimilarity, spectralNorm, symmetricDyadic, symmetrize, withSpectrum } from "./fixture-matrices.js";

const FC = { seed: 20261123, numRuns: 40 };

function frobenius2(a: Float64Array): number {
  let s = 0;
  for (const v of a) s += v * v;
  return s;
}

function maxDiff(x: ArrayLike<number>, y: ArrayLike<number>): number {
  expect(x.length).toBe(y.length);
  let d = 0;
  for (let i = 0; i < x.length; i++) d = Math.max(d, Math.abs(x[i] - y[i]));
  return d;
}

describe("eigvalsh: invariants (fast-check, fixed seed)", () => {
  it("trace and Frobenius norm are preserved (sizes straddling the panel width 32)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 2 ** 30 }), (n, seed) => {
        const a = symmetricDyadic(n, seed);
        const w = eigvalsh(a);
        let tr = 0, sum = 0, sum2 = 0;
        for (let i = 0; i < n; i++) tr += a[i * n + i];
        for (const v of w) (sum += v), (sum2 += v * v);
        const f2 = frobenius2(a), f = Math.sqrt(f2);
        expect(Math.abs(sum - tr)).toBeLessThanOrEqual(10 * n * EPS * f * Math.sqrt(n));
        expect(Math.abs(sum2 - f2)).toBeLessThanOrEqual(20 * n * EPS * f2);
        for (let i = 1; i < n; i++) expect(w[i]).toBeGreaterThanOrEqual(w[i - 1]);
      }),
      FC,
    );
  });

  it("QL/QR and bisection agree on every eigenvalue", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 2 ** 30 }), (n, seed) => {
        const a = symmetricDyadic(n, seed);
        const w = eigvalsh(a);
        const b = eigvalshRange(a, -Infinity, Infinity);
        expect(maxDiff(w, b)).toBeLessThanOrEqual(10 * n * EPS * spectralNorm(w));
      }),
      FC,
    );
  });

  it("invariant under a random orthogonal similarity", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 70 }), fc.integer({ min: 1, max: 2 ** 30 }), (n, seed) => {
        const a = symmetricDyadic(n, seed);
        const w = eigvalsh(a);
        const normal = normalSampler(seed + 1);
        const b = Float64Array.from(a);
        for (let r = 0; r < 3; r++) reflectSimilarity(b, n, Array.from({ length: n }, normal));
        symmetrize(b, n);
        expect(maxDiff(eigvalsh(b), w)).toBeLessThanOrEqual(30 * n * EPS * spectralNorm(w));
      }),
      FC,
    );
  });
});

describe("eigvalsh: known spectra", () => {
  // Exact: the reduction leaves a diagonal matrix untouched and power-of-two scaling is exact
  // (entries below 1e-200 are mapped to 0, since scaling may round subnormals).
  it("diagonal matrices: exactly the sorted diagonal", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 80,
        }),
        (values) => {
          const n = values.length;
          const a = new Float64Array(n * n);
          const clean = values.map((v) => (Math.abs(v) < 1e-200 ? 0 : v));
          clean.forEach((v, i) => (a[i * n + i] = v));
          const sorted = Float64Array.from(clean).sort();
          expect(Array.from(eigvalsh(a))).toEqual(Array.from(sorted));
        },
      ),
      FC,
    );
  });

  it("tridiagonal Toeplitz (1, 0, 1): 2cos(kπ/(n+1))", () => {
    for (const n of [1, 2, 3, 33, 64, 65, 150]) {
      const a = new Float64Array(n * n);
      for (let i = 0; i + 1 < n; i++) a[i * n + i + 1] = a[(i + 1) * n + i] = 1;
      const exact = Array.from({ length: n }, (_, k) => 2 * Math.cos(((n - k) * Math.PI) / (n + 1)));
      expect(maxDiff(eigvalsh(a), exact)).toBeLessThanOrEqual(10 * n * EPS * 2);
    }
  });

  it("rank one: c·I + ρ·uuᵀ has c (n−1 times) and c + ρ", () => {
    const normal = normalSampler(11);
    for (const [n, c, rho] of [[5, 1, 3], [40, -2, 0.5], [97, 0.25, -7]] as const) {
      const u = Array.from({ length: n }, normal);
      const norm = Math.hypot(...u);
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) a[i * n + j] = (i === j ? c : 0) + (rho * u[i] * u[j]) / (norm * norm);
      symmetrize(a, n);
      const exact = [...Array(n - 1).fill(c), c + rho].sort((x, y) => x - y);
      const tol = 10 * n * EPS * (Math.abs(c) + Math.abs(rho));
      expect(maxDiff(eigvalsh(a), exact)).toBeLessThanOrEqual(tol);
    }
  });

  it("rank-one update ρzzᵀ (ρ > 0): eigenvalues interlace and their sum grows by ρ‖z‖²", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 2 ** 30 }), (n, seed) => {
        const a = symmetricDyadic(n, seed);
        const normal = normalSampler(seed + 7);
        const z = Array.from({ length: n }, normal);
        const rho = 0.75;
        const b = Float64Array.from(a);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) b[i * n + j] += rho * z[i] * z[j];
        symmetrize(b, n);
        const wa = eigvalsh(a), wb = eigvalsh(b);
        const tol = 20 * n * EPS * spectralNorm(wb);
        let shift = 0, z2 = 0;
        for (let i = 0; i < n; i++) {
          expect(wb[i]).toBeGreaterThanOrEqual(wa[i] - tol);
          if (i + 1 < n) expect(wb[i]).toBeLessThanOrEqual(wa[i + 1] + tol);
          shift += wb[i] - wa[i];
          z2 += z[i] * z[i];
        }
        expect(Math.abs(shift - rho * z2)).toBeLessThanOrEqual(n * tol);
      }),
      { ...FC, numRuns: 25 },
    );
  });

  it("repeated eigenvalues (multiplicities up to 20) hidden by an orthogonal similarity", () => {
    const normal = normalSampler(5);
    const values = [...Array(20).fill(1), ...Array(7).fill(-3), ...Array(13).fill(2.5), 0, 0];
    const a = withSpectrum(values, normal, 4);
    const w = eigvalsh(a);
    const sorted = [...values].sort((x, y) => x - y);
    expect(maxDiff(w, sorted)).toBeLessThanOrEqual(30 * values.length * EPS * 3);
  });

  it("a tight cluster (spacing 1e-12) and a gap are both resolved to absolute accuracy", () => {
    const normal = normalSampler(17);
    const values = [...Array.from({ length: 30 }, (_, k) => 1 + k * 1e-12), 5, -5];
    const a = withSpectrum(values, normal, 4);
    const sorted = [...values].sort((x, y) => x - y);
    expect(maxDiff(eigvalsh(a), sorted)).toBeLessThanOrEqual(30 * values.length * EPS * 5);
  });

  it("the zero matrix and 1×1 matrices", () => {
    expect(Array.from(eigvalsh(new Float64Array(9)))).toEqual([0, 0, 0]);
    expect(Array.from(eigvalsh(new Float64Array([-4.5])))).toEqual([-4.5]);
  });
});
