import type { Measure } from "../measures/measure.js";
import { mp, affine } from "../measures/index.js";
import { supportEdges } from "../spectrum/index.js";
import { requireInteger } from "../core/validate.js";
import { ntkCoefficients, type ActivationInput } from "./coefficients.js";
import { ntkQuadraticLimit, type NtkQuadraticParams } from "./ntkQuadratic.js";
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
  /** Population spike of the vec(V) direction, α² p E a² (0 when α = 0). */
  readonly vecSpike: number;
  /** Where the vec(V) eigenvalue sits, γ₁ℓ_v + ℓ_v ∫ t dH/(ℓ_v − t), or null when it does not separate. */
  readonly vecLocation: number | null;
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
  /** Upper edge of the limiting bulk, ntkQuadratic({ nOverDp: n/(dp), pOverD: p/d }). */
  readonly bulkEdge: number;
  /**
   * A threshold in the gap between the bulk and the outliers, √(bulkEdge · lowest outlier
   * location): `count` eigenvalues are predicted above it. Null when count = 0 or when the lowest
   * outlier location is below 2·bulkEdge (small p: the group may touch the bulk).
   * Bulk eigenvalues can lie above `bulkEdge` at finite size (a d^{-1/2} effect of the row norms,
   * large for tanh, erf, sin: see {@link ntkQuadraticEdgeExcess}) but not above `cut`.
   */
  readonly cut: number | null;
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
 * of the minibulk approximation. The count is of eigenvalues separated from the bulk by a gap:
 * in simulation exactly `count` eigenvalues lie above `cut` for relu, gelu, tanh, erf and sin at
 * d = 20–60 (scripts/research/outlier_gap.mts).
 *
 * @example
 * const o = ntkQuadraticOutliers({ n: 2000, d: 40, p: 80, activation: "tanh" });
 * o.count;  // 40: the m0 "minibulk" (α = 0 for tanh, so no vec(V) eigenvalue)
 * o.cut;    // ≈ 2.07: 40 eigenvalues are predicted above it
 */
export function ntkQuadraticOutliers(params: NtkQuadraticOutlierParams): NtkQuadraticOutliers {
  return ntkQuadraticOutliersGiven(params, ntkQuadraticLimit(limitParamsAt(params)));
}

/** The parameters of the limit law at the sizes n, d, p: n/(dp), p/d and the rest as given. */
export function limitParamsAt(params: NtkQuadraticOutlierParams): NtkQuadraticParams {
  const n = requireInteger("n", params.n, 1);
  const d = requireInteger("d", params.d, 1);
  const p = requireInteger("p", params.p, 1);
  return { nOverDp: n / (d * p), pOverD: p / d, activation: params.activation, a: params.a, deterministicEquivalent: params.deterministicEquivalent };
}

/** {@link ntkQuadraticOutliers} with the limit law and its population already built (limitParamsAt). */
export function ntkQuadraticOutliersGiven(params: NtkQuadraticOutlierParams, laws: { limit: Measure; population: Measure }): NtkQuadraticOutliers {
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
  const h = laws.population;
  const bulkEdges = supportEdges(laws.limit);
  const bulkEdge = bulkEdges[bulkEdges.length - 1][1];
  // ∫ t dH/(ℓ − t) = −1 − ℓ s_H(ℓ) and ∫ t² dH/(ℓ − t)² = 1 + 2ℓ s_H + ℓ² s_H′, s_H real outside the support.
  const tails = (l: number) => {
    const s = h.stieltjes({ re: l, im: 0 }).re;
    const ds = h.stieltjesDerivative({ re: l, im: 0 }).re;
    return { first: -1 - l * s, second: 1 + 2 * l * s + l * l * ds };
  };
  // BBP (companion form): ψ(ℓ) = γ₁ℓ + ℓ∫t dH/(ℓ − t) increasing at ℓ ⇔ γ₁ > ∫ t² dH/(ℓ − t)².
  const vecTails = vecSpike > h.hull[1] ? tails(vecSpike) : null;
  const vecLocation = vecTails && gamma1 > vecTails.second ? gamma1 * vecSpike + vecSpike * vecTails.first : null;
  const vecCount = vecLocation === null ? 0 : 1;
  // A cut only where the outliers clear the bulk edge by a factor 2, so that neither the bulk's
  // finite-size spill nor the spread of the group (first order in 1/p) reaches it.
  const cutBelow = (lowest: number) => (lowest > 2 * bulkEdge ? Math.sqrt(bulkEdge * lowest) : null);
  if (co.m0 === 0 || !(spike > h.hull[1])) {
    const cut = vecLocation === null ? null : cutBelow(vecLocation);
    return { count: vecCount, minibulk: 0, vecSpike, vecLocation, spike, center: 0, law: null, interval: null, separated: false, bulkEdge, cut };
  }
  const { first, second } = tails(spike);
  const separated = gamma1 > second;
  const center = gamma1 * spike + spike * first;
  const minibulk = separated ? Math.min(d, n) : 0;
  const count = minibulk + vecCount;
  const ratio = d / n;
  const law = affine(mp(ratio, 1), gamma1 * spike, spike * first);
  const lo = gamma1 * spike * (1 - Math.sqrt(ratio)) ** 2 + spike * first;
  const hi = gamma1 * spike * (1 + Math.sqrt(ratio)) ** 2 + spike * first;
  const lowest = Math.min(separated ? lo : Infinity, vecLocation ?? Infinity);
  const cut = count > 0 ? cutBelow(lowest) : null;
  return { count, minibulk, vecSpike, vecLocation, spike, center, law, interval: [lo, hi], separated, bulkEdge, cut };
}
