import { requireInteger, requireNumber } from "../core/validate.js";

/** A histogram normalised as a density: `height[k] = count[k] / (n · width)`. */
export interface DensityHistogram {
  /** Bin edges, `bins + 1` increasing values. */
  readonly edges: Float64Array;
  readonly counts: Uint32Array;
  /** Counts divided by `total · binWidth` (so the bars integrate to the fraction inside the range). */
  readonly height: Float64Array;
  /** Number of values the heights are normalised by (including those outside the range). */
  readonly total: number;
  /** Values below `edges[0]` / above the last edge. */
  readonly below: number;
  readonly above: number;
}

/** Rice rule `⌈2 n^{1/3}⌉`, clamped to [10, 200]: the default bin count for n eigenvalues. */
export function defaultBinCount(n: number): number {
  return Math.min(200, Math.max(10, Math.ceil(2 * Math.cbrt(n))));
}

/**
 * Histogram of `values` on `bins` equal bins over `[lo, hi]` (the last bin closed), normalised
 * as a density with respect to `total` values (default `values.length`).
 *
 * @example densityHistogram([0.1, 0.2, 0.9], 0, 1, 2).height // [4/3, 2/3]
 */
export function densityHistogram(values: ArrayLike<number>, lo: number, hi: number, bins: number, total = values.length): DensityHistogram {
  requireNumber("lo", lo);
  requireNumber("hi", hi);
  if (!(hi > lo)) throw new RangeError(`hi must be > lo, got lo = ${lo}, hi = ${hi}`);
  requireInteger("bins", bins, 1);
  const edges = new Float64Array(bins + 1);
  for (let k = 0; k <= bins; k++) edges[k] = lo + ((hi - lo) * k) / bins;
  edges[bins] = hi;
  const counts = new Uint32Array(bins);
  let below = 0;
  let above = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) below++;
    else if (v > hi) above++;
    else counts[Math.min(bins - 1, Math.floor(((v - lo) / (hi - lo)) * bins))]++;
  }
  const width = (hi - lo) / bins;
  const height = new Float64Array(bins);
  for (let k = 0; k < bins; k++) height[k] = total > 0 ? counts[k] / (total * width) : 0;
  return { edges, counts, height, total, below, above };
}
