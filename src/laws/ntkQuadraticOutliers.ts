import type { Measure } from "../measures/measure.js";
import { mp, affine } from "../measures/index.js";
import { requireInteger } from "../core/validate.js";
import { ntkCoefficients, type ActivationInput } from "./coefficients.js";
import { ntkQuadraticPopulation } from "./ntkQuadratic.js";
import type { DeterministicEquivalentOptions } from "./deterministicEquivalent.js";
import { meanOf, squaredWeightLaw, type OutputWeightsLaw } from "./squaredWeights.js";

/** Parameters of {@link ntkQuadraticOutliers}: the finite sizes. */
export interface NtkQuadraticOutlierParams {
  readonly n: number;
  readonly d: number;
  readonly p: number;
  readonly activation: ActivationInput;
  readonly a?: OutputWeightsLaw;
  readonly deterministicEquivalent?: DeterministicEquivalentOptions;
}

/** Prediction of the eigenvalues that leave the bulk. */
export interface NtkQuadraticOutliers {
  /**
   * Eigenvalues predicted outside the bulk: the d of the m0 "minibulk" (when m0 ≠ 0 and separated)
   * plus 1 for the vec(V) direction (when α ≠ 0 and separated).
   */
  readonly count: number;
  /** The minibulk's share of `count` (min(d, n) or 0). */
  readonly minibulk: number;
  /**
   * Further eigenvalues that may leave the bulk: p when m0·h₂ ≠ 0 (the rank-p term
   * (√2 h₂ m0/d) a_l a_l′ (w_l w_lᵀ + w_l′ w_l′ᵀ) of the covariance, §5 of the derivation), else 0.
   * How many of them separate depends on the size (measured: 3–20 of p = 24 for sin).
   */
  readonly additionalAtMost: number;
  /** Population spike of the vec(V) direction, α² p E a² (0 when α = 0). */
  readonly vecSpike: number;
  /** Population spike ℓ = m0² p E a² + h₂² (p/d) E a² + (β² − m0²) E a⁴/E a². */
  readonly spike: number;
  /** Centre of the outlier group: γ₁ℓ + ℓ ∫ t dH(t)/(ℓ − t) (H = population law, γ₁ = n/(dp)). */
  readonly center: number;
  /** Approximate law of the outlier group ("minibulk"): affine(mp(d/n), γ₁ℓ, ℓ ∫ t dH/(ℓ − t)). */
  readonly law: Measure | null;
  /** Interval [lo, hi] of that law (the minibulk's edges). */
  readonly interval: readonly [number, number] | null;
  /** Whether ℓ exceeds the BBP threshold, so that the group separates from the bulk. */
  readonly separated: boolean;
}

/**
 * Outliers of the quadratic-scaling NTK matrix (docs/math/ntk-quadratic.md §5). The feature
 * covariance is Σ = Q + m0² I_d ⊗ aaᵀ + h₂² (1/d) I_d ⊗ aaᵀ + (α²/d) vec(V)vec(V)ᵀ + (rank ≤ p),
 * so a spike ℓ ≈ m0² p E a² of multiplicity d sits on top of Q, and one more, α² p E a², in the
 * direction vec(V). In K = (1/N) Z Σ Zᵀ (N = dp, companion form) a spike ℓ above
 * the BBP threshold ψ′(ℓ) > 0 produces sample eigenvalues near
 *   λ(ℓ) = γ₁ ℓ + ℓ ∫ t dH(t)/(ℓ − t)      (Baik–Silverstein 2006, eq. 1.3, companion form),
 * and since the spike has multiplicity d ≍ √n, the d eigenvalues spread as a small
 * Marchenko–Pastur law: the d×d block (ℓ/N) Z_Sᵀ Z_S with n samples, i.e. γ₁ℓ·mp(d/n), shifted by
 * the bulk term ℓ ∫ t dH/(ℓ − t). Accuracy: first order in 1/p for the centre; the edges are those
 * of the minibulk approximation.
 */
export function ntkQuadraticOutliers(params: NtkQuadraticOutlierParams): NtkQuadraticOutliers {
  const n = requireInteger("n", params.n, 1);
  const d = requireInteger("d", params.d, 1);
  const p = requireInteger("p", params.p, 1);
  const co = ntkCoefficients(params.activation);
  const nu = squaredWeightLaw(params.a ?? "rademacher");
  const ea2 = meanOf(nu);
  const ea4 = nu.moment ? nu.moment(2) : ea2 * ea2;
  const gamma1 = n / (d * p);
  const spike = co.m0 * co.m0 * p * ea2 + co.hermite2 * co.hermite2 * (p / d) * ea2 + Math.max(0, co.beta2 - co.m0 * co.m0) * (ea4 / ea2);
  const vecSpike = co.alpha * co.alpha * p * ea2;
  const additionalAtMost = co.m0 !== 0 && co.hermite2 !== 0 ? p : 0;
  const h = ntkQuadraticPopulation({ pOverD: p / d, activation: co.activation, a: params.a, deterministicEquivalent: params.deterministicEquivalent });
  const above = (l: number): boolean => {
    if (!(l > h.hull[1])) return false;
    const s = h.stieltjes({ re: l, im: 0 }).re;
    const ds = h.stieltjesDerivative({ re: l, im: 0 }).re;
    return gamma1 > 1 + 2 * l * s + l * l * ds;
  };
  const vecCount = vecSpike > 0 && above(vecSpike) ? 1 : 0;
  if (co.m0 === 0 || !(spike > h.hull[1]))
    return { count: vecCount, minibulk: 0, additionalAtMost, vecSpike, spike, center: 0, law: null, interval: null, separated: false };
  // ∫ t dH/(ℓ − t) = −1 − ℓ s_H(ℓ), s_H real outside the support.
  const sH = h.stieltjes({ re: spike, im: 0 }).re;
  const tail = -1 - spike * sH;
  // BBP (companion form): ψ(ℓ) = γ₁ℓ + ℓ∫t dH/(ℓ − t) increasing at ℓ ⇔ γ₁ > ∫ t² dH/(ℓ − t)².
  const dsH = h.stieltjesDerivative({ re: spike, im: 0 }).re;
  const secondTail = 1 + 2 * spike * sH + spike * spike * dsH; // ∫ t²/(ℓ − t)² dH
  const separated = gamma1 > secondTail;
  const center = gamma1 * spike + spike * tail;
  const minibulk = separated ? Math.min(d, n) : 0;
  const count = minibulk + vecCount;
  const ratio = d / n;
  const law = affine(mp(ratio, 1), gamma1 * spike, spike * tail);
  const lo = gamma1 * spike * (1 - Math.sqrt(ratio)) ** 2 + spike * tail;
  const hi = gamma1 * spike * (1 + Math.sqrt(ratio)) ** 2 + spike * tail;
  return { count, minibulk, additionalAtMost, vecSpike, spike, center, law, interval: [lo, hi], separated };
}
