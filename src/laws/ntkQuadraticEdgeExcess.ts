import type { Measure } from "../measures/measure.js";
import { cdf } from "../spectrum/index.js";
import { ntkQuadraticAtD, ntkQuadraticLimit } from "./ntkQuadratic.js";
import { limitParamsAt, ntkQuadraticOutliersGiven, type NtkQuadraticOutlierParams } from "./ntkQuadraticOutliers.js";

/** Result of {@link ntkQuadraticEdgeExcess}. */
export interface NtkQuadraticEdgeExcess {
  /** Upper edge of the limit bulk, ntkQuadratic({ nOverDp: n/(dp), pOverD: p/d }). */
  readonly bulkEdge: number;
  /** Mass of the finite-d law above `bulkEdge`. */
  readonly fraction: number;
  /** n·fraction: bulk eigenvalues expected above the limit edge in one n×n matrix. */
  readonly expected: number;
  /**
   * Bulk eigenvalues expected above the gap threshold `cut` of {@link ntkQuadraticOutliers} (null
   * when it has none): ≈ 0 except for strongly norm-dependent φ (σ = x³ at d = 40: 12.4 predicted,
   * 12 simulated), so that `count + aboveCut` eigenvalues lie above `cut`.
   */
  readonly aboveCut: number | null;
  /** The finite-d law used, ntkQuadratic({ …, d }). */
  readonly law: Measure;
}

/**
 * How many *bulk* eigenvalues of the quadratic-scaling NTK matrix lie above the limit law's upper
 * edge at this size (they are not outliers: no gap separates them from the bulk). The cause is
 * the fluctuation of the row norms ‖x_i‖²/d (docs/math/ntk-quadratic.md §5–6); the prediction is
 * the mass of the finite-d law `ntkQuadratic({ …, d })` above the limit edge, times n. It is large
 * when the row scale r·(α_r² + δ_r) varies much with r and the bulk is narrow (α = 0: tanh, erf,
 * sin — 1–7 % of n at d = 20–60) and ≈ 0 for relu and gelu. Measured against simulation
 * (scripts/research/finite_d_check.mts): tanh d = 20, 40: 14.5, 31.4 predicted vs 12.5, 36.5;
 * sin 31.7, 79.9 vs 25.5, 95.5; erf d = 40: 27.9 vs 32.5 — within ~25 %. `aboveCut`: the part of
 * that excess beyond the gap threshold, 0 for these and 12.4 for σ = x³ at n = 800, d = p = 40
 * (12 simulated: 52 eigenvalues above the cut for count = 40).
 * Covers what the finite-d law covers (RangeError otherwise).
 *
 * @example ntkQuadraticEdgeExcess({ n: 2000, d: 40, p: 80, activation: "tanh" }).expected // ≈ 31
 */
export function ntkQuadraticEdgeExcess(params: NtkQuadraticOutlierParams): NtkQuadraticEdgeExcess {
  const limitParams = limitParamsAt(params);
  const laws = ntkQuadraticLimit(limitParams);
  const { bulkEdge, cut } = ntkQuadraticOutliersGiven(params, laws);
  const law = ntkQuadraticAtD(limitParams, laws.limit, laws.population, params.d);
  const [atEdge, atCut] = cdf(law, cut === null ? [bulkEdge] : [bulkEdge, cut]);
  const fraction = Math.max(0, 1 - atEdge);
  return { bulkEdge, fraction, expected: params.n * fraction, aboveCut: cut === null ? null : params.n * Math.max(0, 1 - atCut), law };
}
