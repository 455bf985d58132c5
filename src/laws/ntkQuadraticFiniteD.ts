import type { Measure } from "../measures/measure.js";
import { dirac } from "../measures/index.js";
import { requireInteger } from "../core/validate.js";
import { gaussianMoments } from "../activations/index.js";
import type { Activation } from "../activations/index.js";
import { pairSumLaw } from "./pairSumLaw.js";
import { supportEdges } from "../spectrum/index.js";
import { MAX_ROW_CLASSES, rowMixtureLaw, rowNormNodes, type RowClasses } from "./rowNormMixture.js";
import { constantValue, squaredWeightLaw, boundedLaw, type OutputWeightsLaw } from "./squaredWeights.js";

/** (α_r, δ_r): the coefficients of φ_r(u) = φ(√r u), the activation seen by a row with ‖x‖² = r d. */
function scaledCoefficients(act: Activation, r: number): { alpha: number; delta: number } {
  const root = Math.sqrt(r);
  const mo = gaussianMoments((x) => act.phi(root * x), { breakpoints: act.breakpoints.map((b) => b / root), hermiteOrder: 1 });
  return { alpha: mo.alpha, delta: Math.max(0, mo.delta) };
}

/**
 * The quadratic-scaling NTK law at finite input dimension d, with the leading finite-d effect: the
 * squared row norms r_i = ‖x_i‖²/d ~ χ²_d/d fluctuate by O(d^{-1/2}), and given r a row of the
 * feature matrix x ⊗ (a ⊙ φ(Wᵀx/√d)) has the covariance of the limit with φ replaced by
 * φ_r(u) = φ(√r u) and scaled by r (docs/math/ntk-quadratic.md §6): population
 *   t_r = r(α_r² s + δ_r) a²-structure,  α_r = E z φ(√r z),  δ_r = Var φ(√r z) − α_r².
 * The law is the deterministic equivalent of a Gram matrix with these row classes
 * ({@link rowMixtureLaw}), r at the quantiles of χ²_d/d. Supported where the classes commute:
 * - (α_r², δ_r) ∝ (α², δ) for all r (α = 0: tanh, erf, sin; homogeneous φ: relu, leakyRelu,
 *   linear φ) with any a: t_r = g(r)·t, base law = the limit population;
 * - a² ≡ κ (Rademacher) with any φ: t_r = κ r(α_r² s + δ_r), s ~ χ (pairSumLaw).
 * Otherwise (non-constant a² with a non-homogeneous φ with α ≠ 0) a RangeError.
 */
export function ntkQuadraticFiniteD(
  limit: Measure,
  population: Measure,
  gamma1: number,
  pOverD: number,
  d: number,
  act: Activation,
  alpha: number,
  delta: number,
  a: OutputWeightsLaw | undefined,
): Measure {
  requireInteger("d", d, 1);
  const p = Math.max(1, Math.round(pOverD * d));
  const n = Math.max(1, Math.round(gamma1 * d * p));
  const m = Math.min(n, MAX_ROW_CLASSES);
  const r = rowNormNodes(d, m);
  const coefficients = Array.from(r, (ri) => scaledCoefficients(act, ri));
  const weight = new Float64Array(m).fill(1 / m);
  const c1 = new Float64Array(m);
  const c0 = new Float64Array(m);
  const c = alpha * alpha;
  const total = c + delta;
  const proportional = coefficients.every(({ alpha: ar, delta: dr }) => Math.abs((ar * ar) * total - c * (ar * ar + dr)) <= 1e-9 * total * (ar * ar + dr) + 1e-300);
  let base: Measure;
  if (proportional) {
    base = population;
    coefficients.forEach(({ alpha: ar, delta: dr }, j) => (c1[j] = (r[j] * (ar * ar + dr)) / total));
  } else {
    const kappa = constantValue(boundedLaw(squaredWeightLaw(a ?? "rademacher")));
    if (kappa === undefined)
      throw new RangeError(
        `the finite-d correction needs a² constant (Rademacher), α = 0, or a homogeneous φ; ${act.name} with a non-constant a² is not covered`,
      );
    base = pairSumLaw(pOverD, dirac(kappa));
    coefficients.forEach(({ alpha: ar, delta: dr }, j) => {
      c1[j] = r[j] * ar * ar;
      c0[j] = kappa * r[j] * dr;
    });
  }
  const rows: RowClasses = { weight, c1, c0 };
  // Hull: C_j ≼ κ_j C(1) in Loewner order with κ_j = r_j·max(α_r²/α², δ_r/δ), so the law lies below
  // max κ_j times the limit's upper edge (K ≥ 0 above 0).
  const kappas = coefficients.map(({ alpha: ar, delta: dr }, j) => r[j] * Math.max(c > 0 ? (ar * ar) / c : 0, delta > 0 ? dr / delta : 0));
  const limitSupport = supportEdges(limit);
  const top = limitSupport.length ? limitSupport[limitSupport.length - 1][1] : limit.hull[1];
  const hi = top * Math.max(1, ...kappas) * 1.05;
  const lo = -1e-9 * hi;
  // The finite-d law deforms the limit's components: scan inside each of them too.
  const hints = limitSupport.flatMap(([a, b]) => Array.from({ length: 16 }, (_, k) => a + ((b - a) * (k + 0.5)) / 16));
  const expr = `${limit.expr.replace(/ \}\)$/, "")}, d: ${d} })`;
  return rowMixtureLaw({ nOverN: gamma1, base, rows, expr, hull: [lo, hi], supportHints: hints });
}
