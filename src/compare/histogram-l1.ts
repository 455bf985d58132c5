import type { LawDistribution } from "./law-distribution.js";
import type { SampleOptions } from "./ks.js";
import { defaultBinCount, densityHistogram, type DensityHistogram } from "./histogram.js";
import { countEqual, defaultAtomTolerance, prepareSample } from "./sample.js";

/** Options for {@link histogramL1}. */
export interface HistogramL1Options extends SampleOptions {
  /** Number of equal bins over the support hull (default: Rice rule, {@link defaultBinCount}). */
  readonly bins?: number;
  /** Histogram range (default: from the lowest to the highest support edge). */
  readonly range?: readonly [number, number];
}

/** Result of {@link histogramL1}. */
export interface HistogramL1Result {
  /** `∫ |h − f| dx + Σ_atoms |p̂ − p| + mass of h off the range`, in [0, 2]. */
  readonly distance: number;
  /** The histogram of the eigenvalues not on an atom, normalised by all n eigenvalues. */
  readonly histogram: DensityHistogram;
  /** Each atom with its empirical fraction. */
  readonly atoms: readonly { x: number; mass: number; empirical: number }[];
}

// Gauss–Legendre nodes and weights on [0, 1], 8 points.
const NODES = [0.019855071751231856, 0.10166676129318664, 0.2372337950418355, 0.4082826787521751, 0.5917173212478249, 0.7627662049581645, 0.8983332387068134, 0.9801449282487681];
const WEIGHTS = [0.05061426814518813, 0.11119051722668724, 0.15685332293894363, 0.18134189168918100, 0.18134189168918100, 0.15685332293894363, 0.11119051722668724, 0.05061426814518813];

/**
 * L¹ distance between the eigenvalue histogram (as a density) and the law, atoms included:
 * eigenvalues on an atom (within `atomTolerance`) are compared with the atom mass, the others
 * form a histogram `h` compared with the continuous density `f` by `∫ |h − f| dx` (8-point
 * Gauss–Legendre in each bin, bins also cut at support edges); eigenvalues off the histogram
 * range add their fraction. 0 for a perfect match, at most 2.
 *
 * @example histogramL1(eigs, law, { bins: 50 }).distance
 */
export function histogramL1(eigenvalues: ArrayLike<number>, law: LawDistribution, options: HistogramL1Options = {}): HistogramL1Result {
  const tolerance = options.atomTolerance ?? defaultAtomTolerance(law.atoms, law.support);
  const x = prepareSample(eigenvalues, law.atoms, tolerance);
  const n = x.length;
  const atoms = law.atoms.map((a) => ({ x: a.x, mass: a.mass, empirical: countEqual(x, a.x) / n }));
  const atomSet = new Set(law.atoms.map((a) => a.x));
  const continuous = x.filter((v) => !atomSet.has(v));
  let lo: number;
  let hi: number;
  if (options.range) [lo, hi] = options.range;
  else if (law.support.length > 0) {
    lo = law.support[0][0];
    hi = law.support[law.support.length - 1][1];
  } else {
    lo = continuous.length > 0 ? continuous[0] : x[0] - 0.5;
    hi = continuous.length > 0 ? continuous[continuous.length - 1] : x[n - 1] + 0.5;
    if (!(hi > lo)) {
      lo -= 0.5;
      hi += 0.5;
    }
  }
  const histogram = densityHistogram(continuous, lo, hi, options.bins ?? defaultBinCount(n), n);
  const cuts = new Set<number>(histogram.edges);
  for (const [a, b] of law.support) {
    if (a > lo && a < hi) cuts.add(a);
    if (b > lo && b < hi) cuts.add(b);
  }
  const sortedCuts = [...cuts].sort((p, q) => p - q);
  let distance = 0;
  let bin = 0;
  for (let k = 0; k + 1 < sortedCuts.length; k++) {
    const u = sortedCuts[k];
    const v = sortedCuts[k + 1];
    while (bin + 1 < histogram.height.length && histogram.edges[bin + 1] <= u) bin++;
    const h = histogram.height[bin];
    let s = 0;
    for (let q = 0; q < NODES.length; q++) s += WEIGHTS[q] * Math.abs(h - law.density(u + NODES[q] * (v - u)));
    distance += s * (v - u);
  }
  // Continuous mass of the law outside the histogram range, and sample mass outside it.
  const lawInside = Math.max(0, law.cdf(hi) - law.cdf(lo) - atomsIn(law, lo, hi) + atomAt(law, lo));
  distance += Math.max(0, law.continuousMass - lawInside);
  distance += (histogram.below + histogram.above) / n;
  for (const a of atoms) distance += Math.abs(a.empirical - a.mass);
  return { distance, histogram, atoms };
}

function atomsIn(law: LawDistribution, lo: number, hi: number): number {
  let s = 0;
  for (const a of law.atoms) if (a.x >= lo && a.x <= hi) s += a.mass;
  return s;
}

function atomAt(law: LawDistribution, x: number): number {
  let s = 0;
  for (const a of law.atoms) if (a.x === x) s += a.mass;
  return s;
}
