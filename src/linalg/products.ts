/**
 * Float64 matrix products through the WebAssembly kernels (packed GotoBLAS-style blocking with a
 * 4×4 f64x2 micro-kernel): general product, and the symmetric Gram products AᵀA and AAᵀ
 * (dsyrk: only the lower triangle is computed, then mirrored, so the result is exactly symmetric).
 * Row-major everywhere. Results are ordinary floating-point sums (error ≤ k ε Σ|a||b| per entry).
 */
import { arena, linalg, view } from "./module.js";

function requireDim(name: string, v: number): void {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1)
    throw new RangeError(`${name} must be a positive integer, got ${v}`);
}

function requireMatrix(name: string, a: Float64Array, rows: number, cols: number): void {
  if (!(a instanceof Float64Array)) throw new TypeError(`${name} must be a Float64Array, got ${Object.prototype.toString.call(a)}`);
  if (a.length !== rows * cols)
    throw new RangeError(`${name} must hold ${rows}×${cols} = ${rows * cols} entries, got length ${a.length}`);
  for (let t = 0; t < a.length; t++)
    if (!Number.isFinite(a[t]))
      throw new RangeError(`${name}[${Math.floor(t / cols)}][${t % cols}] must be finite, got ${a[t]}`);
}

/**
 * C = A B for row-major A (m×k) and B (k×n); returns row-major C (m×n).
 * @example gemm(new Float64Array([1, 2]), new Float64Array([3, 4]), 1, 2, 1)  // [11]
 */
export function gemm(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Float64Array {
  requireDim("m", m);
  requireDim("k", k);
  requireDim("n", n);
  requireMatrix("a", a, m, k);
  requireMatrix("b", b, k, n);
  const lib = linalg();
  const [pa, pb, pc, work] = arena(lib, [m * k, k * n, m * n, lib.lsp_gemm_work_size(n)]);
  view(lib, pa, m * k).set(a);
  view(lib, pb, k * n).set(b);
  lib.lsp_gemm(m, k, n, pa, pb, pc, work);
  return view(lib, pc, m * n).slice();
}

/**
 * Gram matrix AᵀA (cols×cols, row-major) of a row-major A (rows×cols); exactly symmetric.
 * @example gram(new Float64Array([1, 2, 3, 4]), 2, 2)  // [10, 14, 14, 20]
 */
export function gram(a: Float64Array, rows: number, cols: number): Float64Array {
  requireDim("rows", rows);
  requireDim("cols", cols);
  requireMatrix("a", a, rows, cols);
  const lib = linalg();
  const [pa, pc, work] = arena(lib, [rows * cols, cols * cols, lib.lsp_gemm_work_size(cols)]);
  view(lib, pa, rows * cols).set(a);
  lib.lsp_gram(rows, cols, pa, pc, work);
  return view(lib, pc, cols * cols).slice();
}

/**
 * Outer Gram matrix AAᵀ (rows×rows, row-major) of a row-major A (rows×cols); exactly symmetric.
 * @example gramOuter(new Float64Array([1, 2, 3, 4]), 2, 2)  // [5, 11, 11, 25]
 */
export function gramOuter(a: Float64Array, rows: number, cols: number): Float64Array {
  requireDim("rows", rows);
  requireDim("cols", cols);
  requireMatrix("a", a, rows, cols);
  const lib = linalg();
  const [pa, pc, work] = arena(lib, [rows * cols, rows * rows, lib.lsp_gemm_work_size(rows)]);
  view(lib, pa, rows * cols).set(a);
  lib.lsp_gram_outer(rows, cols, pa, pc, work);
  return view(lib, pc, rows * rows).slice();
}

/** Alias of `gram` under its BLAS name: AᵀA (cols×cols). */
export const syrk = gram;
