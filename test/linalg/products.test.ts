import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gemm, gram, gramOuter, syrk } from "../../src/linalg/index.js";
import { EPS, normalSampler } from "./fixture-matrices.js";

function randomMatrix(rows: number, cols: number, seed: number): Float64Array {
  const normal = normalSampler(seed);
  return Float64Array.from({ length: rows * cols }, normal);
}

/** naive C = L R with entry accessors; returns C and Σ|l||r| per entry for the error bound */
function naive(m: number, n: number, k: number, l: (i: number, p: number) => number, r: (p: number, j: number) => number) {
  const c = new Float64Array(m * n), bound = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0, b = 0;
      for (let p = 0; p < k; p++) (s += l(i, p) * r(p, j)), (b += Math.abs(l(i, p) * r(p, j)));
      c[i * n + j] = s;
      bound[i * n + j] = b;
    }
  return { c, bound };
}

function expectClose(got: Float64Array, ref: { c: Float64Array; bound: Float64Array }, k: number): void {
  expect(got.length).toBe(ref.c.length);
  let worst = 0; // largest |error| / (k ε Σ|l||r|), must stay ≤ 2
  for (let t = 0; t < got.length; t++) {
    const err = Math.abs(got[t] - ref.c[t]);
    if (err > 0) worst = Math.max(worst, err / (k * EPS * ref.bound[t]));
  }
  expect(worst).toBeLessThanOrEqual(2);
}

// sizes cross the 4×4 micro-tile, the 64-row block and the 256-deep k block
const dims = fc.record({ m: fc.integer({ min: 1, max: 70 }), k: fc.integer({ min: 1, max: 300 }), n: fc.integer({ min: 1, max: 70 }) });
const FC = { seed: 99, numRuns: 25 };

describe("matrix products", () => {
  it("gemm = naive (m×k)(k×n)", () => {
    fc.assert(
      fc.property(dims, fc.integer({ min: 1, max: 2 ** 30 }), ({ m, k, n }, seed) => {
        const a = randomMatrix(m, k, seed), b = randomMatrix(k, n, seed + 1);
        expectClose(gemm(a, b, m, k, n), naive(m, n, k, (i, p) => a[i * k + p], (p, j) => b[p * n + j]), k);
      }),
      FC,
    );
  });

  it("gram = AᵀA and gramOuter = AAᵀ, exactly symmetric", () => {
    fc.assert(
      fc.property(dims, fc.integer({ min: 1, max: 2 ** 30 }), ({ m: rows, k: cols }, seed) => {
        const a = randomMatrix(rows, cols, seed);
        const g = gram(a, rows, cols);
        expectClose(g, naive(cols, cols, rows, (i, p) => a[p * cols + i], (p, j) => a[p * cols + j]), rows);
        const o = gramOuter(a, rows, cols);
        expectClose(o, naive(rows, rows, cols, (i, p) => a[i * cols + p], (p, j) => a[j * cols + p]), cols);
        let asymmetric = 0;
        for (let i = 0; i < cols; i++) for (let j = 0; j < i; j++) if (g[i * cols + j] !== g[j * cols + i]) asymmetric++;
        for (let i = 0; i < rows; i++) for (let j = 0; j < i; j++) if (o[i * rows + j] !== o[j * rows + i]) asymmetric++;
        expect(asymmetric).toBe(0);
      }),
      FC,
    );
    expect(syrk).toBe(gram);
  });

  it("small exact examples", () => {
    expect(Array.from(gemm(new Float64Array([1, 2, 3, 4, 5, 6]), new Float64Array([1, 0, 0, 1, 1, 1]), 2, 3, 2))).toEqual([4, 5, 10, 11]);
    expect(Array.from(gram(new Float64Array([1, 2, 3, 4]), 2, 2))).toEqual([10, 14, 14, 20]);
    expect(Array.from(gramOuter(new Float64Array([1, 2, 3, 4]), 2, 2))).toEqual([5, 11, 11, 25]);
  });

  it("rejects wrong sizes, non-integer dimensions and non-finite entries", () => {
    expect(() => gemm(new Float64Array(6), new Float64Array(6), 2, 3, 3)).toThrow(/b must hold 3×3/);
    expect(() => gemm(new Float64Array(6), new Float64Array(6), 2, 3.5, 2)).toThrow(/k must be a positive integer/);
    expect(() => gram(new Float64Array([1, NaN]), 1, 2)).toThrow(/a\[0\]\[1\] must be finite/);
    expect(() => gramOuter(new Float64Array(3), 2, 2)).toThrow(RangeError);
    expect(() => gram([1, 2] as unknown as Float64Array, 1, 2)).toThrow(TypeError);
  });
});
