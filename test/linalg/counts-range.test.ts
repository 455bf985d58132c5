import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eigenvalueCounts, eigvalsh, eigvalshRange } from "../../src/linalg/index.js";
import { EPS, normalSampler, spectralNorm, symmetricDyadic, wishartInteger, withSpectrum } from "./fixture-matrices.js";

const FC = { seed: 7031, numRuns: 40 };

function countIn(w: ArrayLike<number>, lo: number, hi: number, closedAt: "lo" | "hi"): number {
  let c = 0;
  for (let i = 0; i < w.length; i++) if (closedAt === "lo" ? w[i] >= lo && w[i] < hi : w[i] > lo && w[i] <= hi) c++;
  return c;
}

/** distance from x to the nearest eigenvalue */
function gap(w: ArrayLike<number>, x: number): number {
  let g = Infinity;
  for (let i = 0; i < w.length; i++) g = Math.min(g, Math.abs(w[i] - x));
  return g;
}

describe("eigenvalueCounts (Sturm counts)", () => {
  it("equals counting the eigvalsh output, for edges not within the error bound of an eigenvalue", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.array(fc.double({ min: -1.2, max: 1.2, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (n, seed, unitEdges) => {
          const a = symmetricDyadic(n, seed);
          const w = eigvalsh(a);
          const norm = Math.max(spectralNorm(w), 1e-300);
          const edges = unitEdges.map((t) => t * norm).sort((x, y) => x - y);
          fc.pre(edges.every((x) => gap(w, x) > 100 * n * EPS * norm));
          const r = eigenvalueCounts(a, edges);
          expect(r.below).toBe(countIn(w, -Infinity, edges[0], "lo"));
          expect(r.above).toBe(countIn(w, edges[edges.length - 1], Infinity, "lo"));
          for (let i = 0; i + 1 < edges.length; i++) expect(r.counts[i]).toBe(countIn(w, edges[i], edges[i + 1], "lo"));
          expect(r.below + r.counts.reduce((s, c) => s + c, 0) + r.above).toBe(n);
        },
      ),
      FC,
    );
  });

  it("bins are [e_i, e_{i+1}): eigenvalues exactly on an edge go to the bin they open", () => {
    const n = 6;
    const a = new Float64Array(n * n);
    [3, 1, 2, 2, 5, 4].forEach((v, i) => (a[i * n + i] = v));
    const r = eigenvalueCounts(a, [1, 2, 3, 4, 5]);
    expect(Array.from(r.counts)).toEqual([1, 2, 1, 1]);
    expect(r.below).toBe(0);
    expect(r.above).toBe(1);
    const inf = eigenvalueCounts(a, [-Infinity, 2.5, Infinity]);
    expect(Array.from(inf.counts)).toEqual([3, 3]);
    expect([inf.below, inf.above]).toEqual([0, 0]);
  });

  it("a rank-deficient Wishart matrix: the zero eigenvalues are counted in the bin around 0", () => {
    const a = wishartInteger(60, 25, 3);
    const w = eigvalsh(a);
    const top = w[59];
    const r = eigenvalueCounts(a, [-1e-6 * top, 1e-6 * top, 1.01 * top]);
    expect(r.counts[0]).toBe(35);
    expect(r.counts[1]).toBe(25);
    expect([r.below, r.above]).toEqual([0, 0]);
  });

  it("matches a histogram of eigvalsh on a matrix with a known spectrum", () => {
    const normal = normalSampler(3);
    const values = Array.from({ length: 50 }, (_, k) => (k % 10) + 0.5);
    const a = withSpectrum(values, normal, 3);
    const r = eigenvalueCounts(a, Array.from({ length: 11 }, (_, k) => k));
    expect(Array.from(r.counts)).toEqual(Array(10).fill(5));
  });
});

describe("eigvalshRange (bisection)", () => {
  it("returns the eigvalsh eigenvalues in (lo, hi]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        (n, seed, s, t) => {
          const a = symmetricDyadic(n, seed);
          const w = eigvalsh(a);
          const norm = Math.max(spectralNorm(w), 1e-300);
          const lo = Math.min(s, t) * norm, hi = Math.max(s, t) * norm;
          fc.pre(gap(w, lo) > 100 * n * EPS * norm && gap(w, hi) > 100 * n * EPS * norm);
          const inside = Array.from(w).filter((x) => x > lo && x <= hi);
          const got = eigvalshRange(a, lo, hi);
          expect(got.length).toBe(inside.length);
          for (let i = 0; i < got.length; i++) {
            expect(Math.abs(got[i] - inside[i])).toBeLessThanOrEqual(10 * n * EPS * norm);
            expect(got[i]).toBeGreaterThan(lo);
            expect(got[i]).toBeLessThanOrEqual(hi);
          }
        },
      ),
      FC,
    );
  });

  it("is half-open: (1, 3] of diag(1, 2, 3, 3, 4) is [2, 3, 3]", () => {
    const n = 5;
    const a = new Float64Array(n * n);
    [3, 1, 4, 2, 3].forEach((v, i) => (a[i * n + i] = v));
    const got = eigvalshRange(a, 1, 3);
    expect(got.length).toBe(3);
    [2, 3, 3].forEach((v, i) => expect(Math.abs(got[i] - v)).toBeLessThanOrEqual(8 * EPS * 4));
    expect(eigvalshRange(a, 2, 2).length).toBe(0);
  });

  it("reports an eigenvalue equal to hi, and the zero eigenvalues of a zero matrix, exactly", () => {
    expect(Array.from(eigvalshRange(new Float64Array([5]), 0, 5))).toEqual([5]);
    expect(eigvalshRange(new Float64Array([5]), 5, 6).length).toBe(0);
    expect(Array.from(eigvalshRange(new Float64Array(9), -1, 1))).toEqual([0, 0, 0]);
    expect(Array.from(eigvalshRange(new Float64Array(9), -Infinity, Infinity))).toEqual([0, 0, 0]);
  });
});
