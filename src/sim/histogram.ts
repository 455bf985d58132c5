import { eigenvalueCounts } from "../linalg/index.js";
import { requireInteger, requireNumber } from "../core/validate.js";

/** A density-normalised histogram that reports what fell outside its range. */
export interface Histogram {
  /** Bin edges, ascending, length bins + 1. */
  edges: Float64Array;
  /** Counts per bin; bin i is [edges[i], edges[i+1]) (the last bin includes its right edge). */
  counts: Float64Array;
  /** counts / (total · width): integrates to the fraction of values inside the range. */
  density: Float64Array;
  /** Values below edges[0], and above edges[bins]. */
  below: number;
  above: number;
  /** All values counted, inside or outside. */
  total: number;
}

/** Options of {@link histogram}. */
export interface HistogramOptions {
  /** Number of bins, explicit edges, or a rule: "fd" (Freedman–Diaconis, default) or "sturges". */
  bins?: number | ArrayLike<number> | "fd" | "sturges";
  /** [lo, hi] range for equal-width bins (default: the data's min and max). */
  range?: [number, number];
}

function checkEdges(edges: ArrayLike<number>): Float64Array {
  if (edges.length < 2) throw new RangeError(`bins as edges needs at least 2 edges, got ${edges.length}`);
  const e = Float64Array.from(edges);
  for (let i = 0; i < e.length; i++) {
    requireNumber(`bins[${i}]`, e[i]);
    if (i > 0 && !(e[i] > e[i - 1])) throw new RangeError(`bins edges must increase strictly, got bins[${i - 1}] = ${e[i - 1]}, bins[${i}] = ${e[i]}`);
  }
  return e;
}

/** Quantile of sorted data by linear interpolation (type 7). */
function sortedQuantile(s: Float64Array, p: number): number {
  const h = (s.length - 1) * p;
  const i = Math.floor(h);
  return i + 1 < s.length ? s[i] + (h - i) * (s[i + 1] - s[i]) : s[i];
}

/**
 * Number of bins by Freedman–Diaconis (width 2·IQR·m^{−1/3}; Freedman & Diaconis, Z. Wahrsch.
 * 57 (1981)) or Sturges (⌈log₂ m⌉ + 1), over [lo, hi]; at least 1, at most 10⁴.
 */
export function autoBinCount(values: ArrayLike<number>, rule: "fd" | "sturges", lo: number, hi: number): number {
  const m = values.length;
  if (m === 0 || !(hi > lo)) return 1;
  if (rule === "sturges") return Math.ceil(Math.log2(m)) + 1;
  const s = Float64Array.from(values).sort();
  const iqr = sortedQuantile(s, 0.75) - sortedQuantile(s, 0.25);
  if (!(iqr > 0)) return Math.ceil(Math.log2(m)) + 1;
  const width = (2 * iqr) / Math.cbrt(m);
  return Math.max(1, Math.min(10_000, Math.ceil((hi - lo) / width)));
}

function equalEdges(lo: number, hi: number, bins: number): Float64Array {
  const e = new Float64Array(bins + 1);
  for (let i = 0; i <= bins; i++) e[i] = lo + ((hi - lo) * i) / bins;
  e[bins] = hi;
  return e;
}

function resolveEdges(values: ArrayLike<number> | null, o: HistogramOptions): Float64Array {
  const bins = o.bins ?? "fd";
  if (typeof bins === "object") return checkEdges(bins);
  let lo: number;
  let hi: number;
  if (o.range) {
    lo = requireNumber("range[0]", o.range[0]);
    hi = requireNumber("range[1]", o.range[1]);
    if (!(hi > lo)) throw new RangeError(`range must satisfy lo < hi, got [${lo}, ${hi}]`);
  } else {
    if (values === null) throw new RangeError(`range is required when bins are not explicit edges`);
    lo = Infinity;
    hi = -Infinity;
    for (let i = 0; i < values.length; i++) {
      lo = Math.min(lo, values[i]);
      hi = Math.max(hi, values[i]);
    }
    if (values.length === 0) throw new RangeError(`histogram of no values needs a range or edges`);
    if (hi === lo) {
      const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 1e-9 : 1e-9;
      lo -= pad;
      hi += pad;
    }
  }
  let count: number;
  if (typeof bins === "number") count = requireInteger("bins", bins, 1);
  else if (bins === "fd" || bins === "sturges") count = autoBinCount(values ?? [], bins, lo, hi);
  else throw new RangeError(`bins must be a count, edges, "fd" or "sturges", got ${JSON.stringify(bins)}`);
  return equalEdges(lo, hi, count);
}

function finish(edges: Float64Array, counts: Float64Array, below: number, above: number): Histogram {
  let total = below + above;
  for (const c of counts) total += c;
  const density = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) density[i] = total > 0 ? counts[i] / (total * (edges[i + 1] - edges[i])) : 0;
  return { edges, counts, density, below, above, total };
}

/**
 * Histogram of values (eigenvalues), normalised to a density over all values counted, so that
 * ∫ density = 1 − (below + above)/total: values outside the range are reported, never dropped.
 * A NaN value throws.
 *
 * @example
 * const h = histogram(result.eigenvalues, { bins: 60, range: [0, 4] });
 * h.below + h.above; // values outside [0, 4]
 */
export function histogram(values: ArrayLike<number>, options: HistogramOptions = {}): Histogram {
  const edges = resolveEdges(values, options);
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  let below = 0;
  let above = 0;
  const lo = edges[0];
  const hi = edges[bins];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) throw new RangeError(`values[${i}] is NaN`);
    if (v < lo) below++;
    else if (v > hi) above++;
    else {
      // Binary search: the last edge ≤ v (v = hi goes to the last bin).
      let a = 0;
      let b = bins;
      while (b - a > 1) {
        const mid = (a + b) >> 1;
        if (edges[mid] <= v) a = mid;
        else b = mid;
      }
      counts[a]++;
    }
  }
  return finish(edges, counts, below, above);
}

/**
 * Exact histogram of the eigenvalues of a symmetric n×n matrix without computing them: Sturm
 * counts (inertia of the tridiagonal form) at the edges, from the linalg module's
 * `eigenvalueCounts` — cheaper than a full eigensolve when the bins are few. Needs explicit
 * edges or a range. Bin i counts eigenvalues in [edges[i], edges[i+1]) as `eigenvalueCounts` does.
 */
export function matrixHistogram(matrix: Float64Array, n: number, options: HistogramOptions & { zeros?: number } = {}): Histogram {
  requireInteger("n", n, 1);
  if (matrix.length !== n * n) throw new RangeError(`matrix must have n² = ${n * n} entries, got ${matrix.length}`);
  const edges = resolveEdges(null, options);
  const r = eigenvalueCounts(matrix, edges, n);
  const counts = Float64Array.from(r.counts);
  let below = r.below;
  let above = r.above;
  const zeros = requireInteger("zeros", options.zeros ?? 0, 0);
  if (zeros > 0) {
    const bins = edges.length - 1;
    if (0 < edges[0]) below += zeros;
    else if (0 > edges[bins]) above += zeros;
    else {
      let a = 0;
      while (a + 1 < bins && edges[a + 1] <= 0) a++;
      counts[a] += zeros;
    }
  }
  return finish(edges, counts, below, above);
}
