/**
 * Eigenvalues of real symmetric matrices through the WebAssembly kernels: blocked Householder
 * tridiagonalisation (LAPACK dsytrd scheme), then root-free QL/QR (dsterf) for all eigenvalues,
 * or Sturm-count bisection (dstebz) for the eigenvalues in an interval and for exact counts.
 */
import { ConvergenceError } from "../core/errors.js";
import { arena, BISECTION_STACK_DOUBLES, linalg, view, type LinalgExports } from "./module.js";
import { packLower, requireSymmetricFinite, squareMatrix, type SymmetricInput } from "./input.js";
import { scalePow2 } from "./scaling.js";

/** Options of the symmetric eigenvalue functions. */
export interface SymmetricOptions {
  /** Relative symmetry tolerance: |a_ij − a_ji| ≤ tol · max|a| (default SYMMETRY_TOLERANCE = 1e-10). */
  symmetryTolerance?: number;
}

interface Reduced {
  lib: LinalgExports;
  n: number;
  ptr: number[];
}

/**
 * Validate, copy into packed storage, and lay out [ap, d, e, work] followed by the buffers
 * `extra(n)` asks for (numbers of doubles).
 */
function prepare(
  a: SymmetricInput, n: number | undefined, options: SymmetricOptions | undefined, extra: (size: number) => number[],
): Reduced {
  const m = squareMatrix("a", a, n);
  requireSymmetricFinite("a", m, options?.symmetryTolerance);
  const lib = linalg();
  const size = m.n;
  const ptr = arena(lib, [(size * (size + 1)) / 2, size, size, lib.lsp_tridiagonalize_work_size(size), ...extra(size)]);
  packLower(m, view(lib, ptr[0], (size * (size + 1)) / 2));
  return { lib, n: size, ptr };
}

/**
 * All eigenvalues of a real symmetric matrix, ascending.
 *
 * @param a row-major n×n Float64Array or 2-d ndarray; only the upper triangle (a[i][j], j ≥ i) is
 *   used, after checking |a_ij − a_ji| ≤ tol·max|a| (tol = options.symmetryTolerance, 1e-10).
 * @param n order of the matrix (default √(a.length)).
 * @returns Float64Array of the n eigenvalues, ascending.
 *
 * Accuracy: backward stable (Householder reduction + QL/QR); each computed eigenvalue is within
 * O(n ε ‖A‖₂) of an exact one (tested against NumPy/LAPACK to 10·n·ε·‖A‖).
 * Throws RangeError/TypeError for a non-square, asymmetric, empty or non-finite input, and
 * ConvergenceError if the QL/QR iteration does not converge within 30·n sweeps.
 *
 * @example
 * eigvalsh(new Float64Array([2, 1, 1, 2]))  // Float64Array [1, 3]
 */
export function eigvalsh(a: SymmetricInput, n?: number, options?: SymmetricOptions): Float64Array {
  const { lib, n: size, ptr } = prepare(a, n, options, () => []);
  const info = lib.lsp_eigvalsh_packed(size, ptr[0], ptr[1], ptr[2], ptr[3]);
  if (info !== 0)
    throw new ConvergenceError("eigvalsh (root-free QL/QR)", 0, info, 30 * size, `${info} off-diagonals not negligible`);
  return view(lib, ptr[1], size).slice();
}

/**
 * Eigenvalues of a real symmetric matrix in the half-open interval (lo, hi], ascending, by
 * bisection with Sturm counts on the tridiagonal form (LAPACK dstebz scheme).
 *
 * @param lo lower end (excluded); may be −Infinity.
 * @param hi upper end (included); may be +Infinity; lo ≤ hi.
 * Each eigenvalue is reported as the right end b of a final bisection interval (a, b] holding it,
 * b − a ≤ 2ε·max(|a|,|b|) + ε‖T‖ (so an eigenvalue equal to hi comes back exactly).
 * Accuracy: that interval width beyond the backward error of the reduction (O(n ε ‖A‖));
 * eigenvalues within that distance of lo or hi may fall on either side.
 *
 * @example
 * eigvalshRange(new Float64Array([2, 1, 1, 2]), 0, 2)  // Float64Array [1]
 */
export function eigvalshRange(
  a: SymmetricInput, lo: number, hi: number, n?: number, options?: SymmetricOptions,
): Float64Array {
  requireBound("lo", lo);
  requireBound("hi", hi);
  if (lo > hi) throw new RangeError(`lo must be ≤ hi, got lo = ${lo}, hi = ${hi}`);
  const { lib, n: size, ptr } = prepare(a, n, options, (m) => [m, m, BISECTION_STACK_DOUBLES]);
  const [ap, d, e, work, e2, out, stack] = ptr;
  const k = lib.lsp_reduce_packed(size, ap, d, e, work);
  const pivmin = lib.lsp_sturm_prepare(size, e, e2);
  const count = lib.lsp_bisect_range(size, d, e, e2, pivmin, scalePow2(lo, -k), scalePow2(hi, -k), 0, out, stack);
  const result = view(lib, out, count).slice();
  for (let t = 0; t < count; t++) result[t] = scalePow2(result[t], k);
  return result;
}

/** Result of eigenvalueCounts. */
export interface EigenvalueCounts {
  /** counts[i] = number of eigenvalues in [binEdges[i], binEdges[i+1]) */
  counts: Float64Array;
  /** number of eigenvalues < binEdges[0] */
  below: number;
  /** number of eigenvalues ≥ binEdges[last] */
  above: number;
}

/**
 * Exact eigenvalue histogram of a real symmetric matrix without computing the eigenvalues:
 * by Sylvester's law of inertia the number of eigenvalues below x is the number of negative
 * pivots of T − xI for the tridiagonal form T (Sturm count), one O(n) pass per bin edge.
 *
 * @param binEdges non-decreasing bin edges (±Infinity allowed); bins are [e_i, e_{i+1}).
 * Counts are exact for the tridiagonal T, which is similar to A + E with ‖E‖ = O(n ε ‖A‖): only
 * eigenvalues that close to an edge can land in the neighbouring bin. below + Σcounts + above = n.
 *
 * @example
 * eigenvalueCounts(new Float64Array([2, 1, 1, 2]), [0, 2, 4])  // counts [1, 1], below 0, above 0
 */
export function eigenvalueCounts(
  a: SymmetricInput, binEdges: ArrayLike<number>, n?: number, options?: SymmetricOptions,
): EigenvalueCounts {
  const edges = requireEdges(binEdges);
  const { lib, n: size, ptr } = prepare(a, n, options, (m) => [m, edges.length, edges.length]);
  const [ap, d, e, work, e2, xs, cs] = ptr;
  const k = lib.lsp_reduce_packed(size, ap, d, e, work);
  return countsFromTridiagonal(lib, size, k, d, e, e2, xs, cs, edges);
}

/** Sturm counts N(x) = #{λ < x} at every edge and the histogram they define. */
export function countsFromTridiagonal(
  lib: LinalgExports, n: number, k: number, d: number, e: number, e2: number, xs: number, cs: number,
  edges: Float64Array,
): EigenvalueCounts {
  const pivmin = lib.lsp_sturm_prepare(n, e, e2);
  const x = view(lib, xs, edges.length);
  for (let t = 0; t < edges.length; t++) x[t] = Number.isFinite(edges[t]) ? scalePow2(edges[t], -k) : 0;
  lib.lsp_sturm_counts(n, d, e2, pivmin, xs, edges.length, cs);
  const below = view(lib, cs, edges.length).slice();
  for (let t = 0; t < edges.length; t++) {
    if (edges[t] === -Infinity) below[t] = 0;
    else if (edges[t] === Infinity) below[t] = n;
  }
  const counts = new Float64Array(Math.max(edges.length - 1, 0));
  for (let t = 0; t + 1 < edges.length; t++) counts[t] = Math.max(below[t + 1] - below[t], 0);
  return { counts, below: below[0], above: n - below[edges.length - 1] };
}

export function requireEdges(binEdges: ArrayLike<number>): Float64Array {
  if (binEdges === null || typeof binEdges !== "object" || typeof binEdges.length !== "number")
    throw new TypeError(`binEdges must be an array of numbers, got ${String(binEdges)}`);
  if (binEdges.length < 1) throw new RangeError("binEdges must hold at least one edge, got none");
  const edges = Float64Array.from(binEdges as ArrayLike<number>);
  for (let t = 0; t < edges.length; t++) {
    const v = binEdges[t];
    if (typeof v !== "number" || Number.isNaN(v)) throw new RangeError(`binEdges[${t}] must be a number, got ${v}`);
    if (t > 0 && edges[t] < edges[t - 1])
      throw new RangeError(`binEdges must be non-decreasing: binEdges[${t}] = ${edges[t]} < binEdges[${t - 1}] = ${edges[t - 1]}`);
  }
  return edges;
}

function requireBound(name: string, v: number): void {
  if (typeof v !== "number" || Number.isNaN(v)) throw new RangeError(`${name} must be a number, got ${v}`);
}
