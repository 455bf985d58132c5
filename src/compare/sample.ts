import type { Atom } from "../measures/measure.js";
import { requireNonNegative, requireNumber } from "../core/validate.js";

/**
 * Default tolerance for reading an eigenvalue as sitting on an atom: `1e-6 · scale`, with
 * `scale = max(1, max |x|)` over atoms and support. Floating-point eigensolvers return an exact
 * zero eigenvalue as ~n·ε·‖K‖ (float64) or ~1e-7·‖K‖ (float32 products), well inside it.
 */
export function defaultAtomTolerance(atoms: readonly Atom[], support: readonly (readonly [number, number])[]): number {
  let scale = 1;
  for (const a of atoms) scale = Math.max(scale, Math.abs(a.x));
  for (const [a, b] of support) scale = Math.max(scale, Math.abs(a), Math.abs(b));
  return 1e-6 * scale;
}

/**
 * Copies, checks (finite numbers) and sorts eigenvalues, moving every value within `tolerance`
 * of an atom exactly onto that atom so that the empirical jump lines up with the law's jump.
 *
 * @returns sorted eigenvalues (a new array)
 */
export function prepareSample(
  eigenvalues: ArrayLike<number>,
  atoms: readonly Atom[],
  tolerance: number,
): Float64Array {
  requireNonNegative("atomTolerance", tolerance);
  if (eigenvalues.length === 0) throw new RangeError("eigenvalues must not be empty, got length 0");
  const out = new Float64Array(eigenvalues.length);
  for (let i = 0; i < out.length; i++) {
    let v = requireNumber(`eigenvalues[${i}]`, eigenvalues[i]);
    for (const a of atoms) {
      if (Math.abs(v - a.x) <= tolerance) {
        v = a.x;
        break;
      }
    }
    out[i] = v;
  }
  return out.sort();
}

/** Number of entries of a sorted array equal to `x` (binary search). */
export function countEqual(sorted: Float64Array, x: number): number {
  return upperBound(sorted, x) - lowerBound(sorted, x);
}

/** First index with `sorted[i] ≥ x`. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index with `sorted[i] > x`. */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
