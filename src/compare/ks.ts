import type { LawDistribution } from "./law-distribution.js";
import { defaultAtomTolerance, prepareSample } from "./sample.js";

/** Result of a Kolmogorov–Smirnov comparison. */
export interface KsResult {
  /** `D = sup_x |F_n(x) − F(x)|`. */
  readonly statistic: number;
  /** A point where the supremum is attained (a sample point, approached from the left when `side` is "left"). */
  readonly at: number;
  readonly side: "at" | "left";
  /** Number of eigenvalues. */
  readonly n: number;
}

/** Options shared by the distances. */
export interface SampleOptions {
  /** Eigenvalues within this distance of an atom count as lying on it (default `defaultAtomTolerance`). */
  readonly atomTolerance?: number;
}

/**
 * Kolmogorov–Smirnov distance `sup_x |F_n(x) − F(x)|` between the empirical distribution of the
 * eigenvalues and a law with atoms.
 *
 * With sorted samples x₁ ≤ … ≤ xₙ the supremum is `max_i max(i/n − F(xᵢ), F(xᵢ⁻) − (i−1)/n)`
 * (F_n is constant between samples and F is monotone); `F(x⁻) = F(x) − μ({x})` handles the law's
 * jumps, and eigenvalues within `atomTolerance` of an atom are moved onto it first.
 * Exact up to the accuracy of `law.cdf`.
 *
 * @example ksDistance([0.25, 0.75], uniformLaw).statistic // 0.25
 */
export function ksDistance(eigenvalues: ArrayLike<number>, law: LawDistribution, options: SampleOptions = {}): KsResult {
  const tolerance = options.atomTolerance ?? defaultAtomTolerance(law.atoms, law.support);
  const x = prepareSample(eigenvalues, law.atoms, tolerance);
  const n = x.length;
  let statistic = -Infinity;
  let at = x[0];
  let side: "at" | "left" = "at";
  let i = 0;
  while (i < n) {
    // Tie group x[i..j) at value v.
    const v = x[i];
    let j = i + 1;
    while (j < n && x[j] === v) j++;
    const f = law.cdf(v);
    let jump = 0;
    for (const a of law.atoms) if (a.x === v) jump += a.mass;
    const fLeft = Math.max(0, f - jump);
    const above = j / n - f;
    const below = fLeft - i / n;
    if (above > statistic) {
      statistic = above;
      at = v;
      side = "at";
    }
    if (below > statistic) {
      statistic = below;
      at = v;
      side = "left";
    }
    i = j;
  }
  return { statistic: Math.max(0, statistic), at, side, n };
}
