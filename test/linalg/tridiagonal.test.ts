import { describe, expect, it } from "vitest";
import { tridiagonalEigenvalueCounts, tridiagonalEigenvalues } from "../../src/linalg/index.js";
import { EPS } from "./fixture-matrices.js";

describe("tridiagonal eigenvalues", () => {
  it("Toeplitz (a, b): a + 2b cos(kπ/(n+1)), at ordinary and extreme scales", () => {
    for (const [n, a, b] of [[1, 3, 0], [2, 0, 1], [200, 2, -1], [500, 1e-200, 3e-201], [300, -4e250, 1e250]] as const) {
      const w = tridiagonalEigenvalues(Array(n).fill(a), Array(n - 1).fill(b));
      const exact = Array.from({ length: n }, (_, k) => a + 2 * Math.abs(b) * Math.cos(((n - k) * Math.PI) / (n + 1)));
      const norm = Math.abs(a) + 2 * Math.abs(b);
      for (let k = 0; k < n; k++) expect(Math.abs(w[k] - exact[k])).toBeLessThanOrEqual(10 * n * EPS * norm);
    }
  });

  it("Sturm-count histogram of the Toeplitz matrix equals the count of 2cos(kπ/(n+1)) per bin", () => {
    const n = 400;
    const exact = Array.from({ length: n }, (_, k) => 2 * Math.cos(((k + 1) * Math.PI) / (n + 1)));
    const edges = Array.from({ length: 17 }, (_, i) => -2.2 + (4.4 * i) / 16 + 1e-7);
    const r = tridiagonalEigenvalueCounts(Array(n).fill(0), Array(n - 1).fill(1), edges);
    for (let i = 0; i < 16; i++)
      expect(r.counts[i]).toBe(exact.filter((x) => x >= edges[i] && x < edges[i + 1]).length);
  });

  it("rejects mismatched lengths and non-finite entries", () => {
    expect(() => tridiagonalEigenvalues([1, 2], [1, 2])).toThrow(RangeError);
    expect(() => tridiagonalEigenvalues([], [])).toThrow(/n = 0/);
    expect(() => tridiagonalEigenvalues([1, NaN], [0])).toThrow(/diagonal\[1\]/);
    expect(() => tridiagonalEigenvalueCounts([1, 2], [Infinity], [0])).toThrow(/offDiagonal\[0\]/);
  });
});
