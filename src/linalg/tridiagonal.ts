/**
 * Eigenvalues of symmetric tridiagonal matrices given directly (e.g. the Dumitriu–Edelman
 * β-ensemble models): root-free QL/QR (dsterf scheme) for all of them, Sturm counts for a histogram.
 */
import { ConvergenceError } from "../core/errors.js";
import { arena, linalg, view } from "./module.js";
import { countsFromTridiagonal, requireEdges, type EigenvalueCounts } from "./eigvalsh.js";
import { exponentOfMax, scalePow2 } from "./scaling.js";

function requireTridiagonal(diagonal: ArrayLike<number>, offDiagonal: ArrayLike<number>): number {
  if (diagonal === null || typeof diagonal !== "object" || typeof diagonal.length !== "number")
    throw new TypeError(`diagonal must be an array of numbers, got ${String(diagonal)}`);
  if (offDiagonal === null || typeof offDiagonal !== "object" || typeof offDiagonal.length !== "number")
    throw new TypeError(`offDiagonal must be an array of numbers, got ${String(offDiagonal)}`);
  const n = diagonal.length;
  if (n === 0) throw new RangeError("diagonal is empty (n = 0)");
  if (offDiagonal.length !== n - 1)
    throw new RangeError(`offDiagonal must have length n − 1 = ${n - 1}, got ${offDiagonal.length}`);
  for (let i = 0; i < n; i++)
    if (typeof diagonal[i] !== "number" || !Number.isFinite(diagonal[i]))
      throw new RangeError(`diagonal[${i}] must be finite, got ${diagonal[i]}`);
  for (let i = 0; i < n - 1; i++)
    if (typeof offDiagonal[i] !== "number" || !Number.isFinite(offDiagonal[i]))
      throw new RangeError(`offDiagonal[${i}] must be finite, got ${offDiagonal[i]}`);
  return n;
}

/** Copy (d, e) scaled by 2^−k into module buffers; returns k. */
function load(d: Float64Array, e: Float64Array, diagonal: ArrayLike<number>, offDiagonal: ArrayLike<number>): number {
  const k = Math.max(exponentOfMax(diagonal), exponentOfMax(offDiagonal));
  for (let i = 0; i < d.length; i++) d[i] = scalePow2(diagonal[i], -k);
  for (let i = 0; i + 1 < d.length; i++) e[i] = scalePow2(offDiagonal[i], -k);
  return k;
}

/**
 * All eigenvalues, ascending, of the symmetric tridiagonal matrix with the given diagonal
 * (length n) and off-diagonal (length n − 1), by root-free QL/QR (Pal–Walker–Kahan).
 * Accuracy: each eigenvalue within a small multiple of ε‖T‖ of an exact one.
 *
 * @example
 * tridiagonalEigenvalues([2, 2, 2], [-1, -1])  // [2 − √2, 2, 2 + √2]
 */
export function tridiagonalEigenvalues(diagonal: ArrayLike<number>, offDiagonal: ArrayLike<number>): Float64Array {
  const n = requireTridiagonal(diagonal, offDiagonal);
  const lib = linalg();
  const [dp, ep] = arena(lib, [n, n]);
  const k = load(view(lib, dp, n), view(lib, ep, n), diagonal, offDiagonal);
  const info = lib.lsp_tridiagonal_eigenvalues(n, dp, ep);
  if (info !== 0)
    throw new ConvergenceError("tridiagonalEigenvalues (root-free QL/QR)", 0, info, 30 * n, `${info} off-diagonals not negligible`);
  const w = view(lib, dp, n).slice();
  for (let i = 0; i < n; i++) w[i] = scalePow2(w[i], k);
  return w;
}

/**
 * Exact eigenvalue histogram of a symmetric tridiagonal matrix by Sturm counts:
 * counts[i] = #{λ ∈ [binEdges[i], binEdges[i+1])}, below = #{λ < binEdges[0]},
 * above = #{λ ≥ binEdges[last]}. O(n) per edge.
 *
 * @example
 * tridiagonalEigenvalueCounts([0, 0], [1], [-2, 0, 2])  // counts [1, 1] (eigenvalues ±1)
 */
export function tridiagonalEigenvalueCounts(
  diagonal: ArrayLike<number>, offDiagonal: ArrayLike<number>, binEdges: ArrayLike<number>,
): EigenvalueCounts {
  const n = requireTridiagonal(diagonal, offDiagonal);
  const edges = requireEdges(binEdges);
  const lib = linalg();
  const [dp, ep, e2, xs, cs] = arena(lib, [n, n, n, edges.length, edges.length]);
  const k = load(view(lib, dp, n), view(lib, ep, n), diagonal, offDiagonal);
  return countsFromTridiagonal(lib, n, k, dp, ep, e2, xs, cs, edges);
}
