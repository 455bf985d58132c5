import type { LawDistribution } from "./law-distribution.js";
import { ksDistance, type KsResult } from "./ks.js";
import { wasserstein1 } from "./wasserstein.js";
import { histogramL1 } from "./histogram-l1.js";
import { outsideSupport, type OutsideSupport } from "./outside-support.js";
import { defaultAtomTolerance } from "./sample.js";

/** Options for {@link compareSpectrum}. */
export interface CompareOptions {
  /** Eigenvalues within this distance of an atom lie on it (default `defaultAtomTolerance`). */
  readonly atomTolerance?: number;
  /** Bins of the L¹ histogram (default: Rice rule). */
  readonly bins?: number;
  /**
   * Margin for counting eigenvalues off the support, as a fraction of the support hull's width
   * (default 0.02; edge fluctuations are O(n^{-2/3})).
   */
  readonly outsideMargin?: number;
}

/** Every distance between eigenvalues and a law, as `limspec compare` reports them. */
export interface SpectrumComparison {
  readonly n: number;
  readonly ks: KsResult;
  readonly wasserstein1: number;
  readonly l1: number;
  readonly bins: number;
  readonly atoms: readonly { x: number; mass: number; empirical: number }[];
  readonly outside: OutsideSupport;
}

/**
 * Kolmogorov–Smirnov, Wasserstein-1 and histogram-L¹ distances plus the eigenvalues off the
 * support, in one call.
 *
 * @example compareSpectrum(eigs, lawDistribution(mp(0.5))).ks.statistic
 */
export function compareSpectrum(eigenvalues: ArrayLike<number>, law: LawDistribution, options: CompareOptions = {}): SpectrumComparison {
  const atomTolerance = options.atomTolerance ?? defaultAtomTolerance(law.atoms, law.support);
  const ks = ksDistance(eigenvalues, law, { atomTolerance });
  const w1 = wasserstein1(eigenvalues, law, { atomTolerance });
  const l1 = histogramL1(eigenvalues, law, { atomTolerance, bins: options.bins });
  let width = 0;
  if (law.support.length > 0) width = law.support[law.support.length - 1][1] - law.support[0][0];
  const outside = outsideSupport(eigenvalues, law, { margin: (options.outsideMargin ?? 0.02) * width, atomTolerance });
  return {
    n: eigenvalues.length,
    ks,
    wasserstein1: w1,
    l1: l1.distance,
    bins: l1.histogram.counts.length,
    atoms: l1.atoms,
    outside,
  };
}
