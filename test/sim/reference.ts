import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A NumPy reference spectrum written by test/fixtures/sim/make_numpy_quantiles.py. */
export interface ReferenceCase {
  name: string;
  model: string;
  params: Record<string, unknown>;
  /** NumPy trials pooled for this case, when it differs from the file's `trials`. */
  trials?: number;
  /** Pooled-eigenvalue quantiles at levels (k + ½)/K, ascending. */
  quantiles: number[];
  mean: number;
}

export interface ReferenceFile {
  levels: number;
  trials: number;
  cases: ReferenceCase[];
}

export function loadReference(which: "small" | "large"): ReferenceFile {
  const url = new URL(`../fixtures/sim/numpy-quantiles-${which}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as ReferenceFile;
}

/** The script's diagonal specs as index functions: {alternating: v} → v[i mod len], {split: [v0, v1, f]}. */
export function diagonalFromSpec(spec: unknown): (i: number, size: number) => number {
  const s = spec as { alternating?: number[]; split?: [number, number, number] };
  if (s.alternating) {
    const v = s.alternating;
    return (i) => v[i % v.length];
  }
  if (s.split) {
    const [v0, v1, frac] = s.split;
    return (i, size) => (i < Math.floor(frac * size) ? v0 : v1);
  }
  throw new Error(`unknown diagonal spec ${JSON.stringify(spec)}`);
}

/** Model parameters for limspec from the fixture's JSON parameters. */
export function paramsFromFixture(model: string, p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...p };
  for (const key of ["population", "a", "b"]) {
    const v = p[key];
    if (v !== null && typeof v === "object" && !Array.isArray(v)) out[key] = diagonalFromSpec(v);
  }
  if (model === "ntkHadamard" || model === "ntkFull") out.a = p.a;
  return out;
}

/**
 * Rounds values to the dyadic grid h = 2⁻³⁰·max|v| so that an atom (exact zeros from a Gram route,
 * or LAPACK's ±1e-15 around an atom) is one value on both sides of a comparison; returns a sorted
 * copy.
 */
function snapped(values: ArrayLike<number>, scale: number): Float64Array {
  const h = 2 ** Math.floor(Math.log2(scale) - 30);
  return Float64Array.from(values, (v) => Math.round(v / h) * h).sort();
}

/**
 * Two-sample Kolmogorov–Smirnov distance between a sample and the reference quantiles, the
 * latter read as an equally weighted sample (so atoms are handled exactly; discretisation error
 * ≤ 1/K). Both are first snapped to a grid 2⁻³⁰ times the largest |value|.
 */
export function ksAgainstQuantiles(sample: ArrayLike<number>, referenceQuantiles: ArrayLike<number>): number {
  let scale = 0;
  for (let i = 0; i < referenceQuantiles.length; i++) scale = Math.max(scale, Math.abs(referenceQuantiles[i]));
  for (let i = 0; i < sample.length; i++) scale = Math.max(scale, Math.abs(sample[i]));
  const sortedSample = snapped(sample, scale);
  const quantiles = snapped(referenceQuantiles, scale);
  const m = sortedSample.length;
  const k = quantiles.length;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < m || j < k) {
    const x = Math.min(i < m ? sortedSample[i] : Infinity, j < k ? quantiles[j] : Infinity);
    while (i < m && sortedSample[i] <= x) i++;
    while (j < k && quantiles[j] <= x) j++;
    d = Math.max(d, Math.abs(i / m - j / k));
  }
  return d;
}
