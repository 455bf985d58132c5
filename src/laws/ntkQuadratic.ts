import type { Measure } from "../measures/measure.js";
import { scale, shift } from "../measures/index.js";
import { requirePositive } from "../core/validate.js";
import { mpMap } from "../transforms/mpMap.js";
import { ntkCoefficients, type ActivationInput } from "./coefficients.js";
import { populationDeterministicEquivalent, type DeterministicEquivalentOptions } from "./deterministicEquivalent.js";
import { pairSumLaw } from "./pairSumLaw.js";
import { renamed } from "./renamed.js";
import { ntkQuadraticFiniteD } from "./ntkQuadraticFiniteD.js";
import { boundedLaw, constantValue, squaredWeightLaw, type OutputWeightsLaw } from "./squaredWeights.js";

/** Parameters of {@link ntkQuadratic}. */
export interface NtkQuadraticParams {
  /** γ₁ = lim n/(dp) > 0. */
  readonly nOverDp: number;
  /** γ₂ = lim p/d > 0. */
  readonly pOverD: number;
  /** σ (φ = σ′ enters): a registry name, a custom {sigma?, phi?} spec, or an Activation. */
  readonly activation: ActivationInput;
  /** Second-layer weights: "rademacher" (default), "gaussian", or a Measure = the law of a². */
  readonly a?: OutputWeightsLaw;
  /**
   * Used only when a² is not constant and both α and δ are non-zero (no closed form known, see
   * docs/math/ntk-quadratic.md §4): size, draws and seed of the finite-size deterministic equivalent.
   */
  readonly deterministicEquivalent?: DeterministicEquivalentOptions;
  /**
   * Input dimension d, for the law at finite size: with d given, the law includes the leading
   * finite-d effect, the O(d^{-1/2}) fluctuation of the row norms ‖x_i‖²/d ~ χ²_d/d
   * (docs/math/ntk-quadratic.md §6), at p = round(pOverD·d), n = round(nOverDp·d·p). Omitted: the
   * limit law.
   */
  readonly d?: number;
}

/**
 * The population law of the quadratic-scaling NTK: the limiting spectral law of the operator
 *   Q(Y) = Y (α² VᵀV/d + δ D²) + (α²/d) V Yᵀ V  on R^{d×p}   (docs/design.md §2, V = W D),
 * i.e. of the feature covariance with its m0 part removed. Which formula is used:
 * - α = 0: Q = δ D², law δ·ν;
 * - a² ≡ κ: t = κ(α² s + δ), s ~ χ (pairSumLaw with ν = δ₁) — verified against simulation;
 * - otherwise: the finite-size deterministic equivalent of Q (docs/math §4), O(1/d) from the limit.
 *   (For δ = 0 the exact law is α²·pairSumLaw(γ₂, ν), exported as such; it nests a classical
 *   convolution of MP maps of ν, which is slow for atomic ν, so the deterministic equivalent is
 *   used here too.)
 * A law of a² with unbounded support (χ²₁ for Gaussian a) enters through its quantile
 * discretisation with QUANTILE_ATOMS atoms ({@link boundedLaw}).
 */
export function ntkQuadraticPopulation(params: Omit<NtkQuadraticParams, "nOverDp">): Measure {
  const pOverD = requirePositive("pOverD", params.pOverD);
  const co = ntkCoefficients(params.activation);
  const nuGiven = squaredWeightLaw(params.a ?? "rademacher");
  const nu = boundedLaw(nuGiven);
  const c = co.alpha * co.alpha;
  const delta = co.delta;
  const name = `ntkQuadraticPopulation({ pOverD: ${pOverD}, activation: "${co.activation.name}", a: ${nuGiven.expr} })`;
  if (c === 0 && delta === 0)
    throw new RangeError(`activation ${co.activation.name} has α = δ = 0 (φ constant): the bulk is degenerate at 0`);
  if (c === 0) return renamed(scale(nu, delta), name);
  const kappa = constantValue(nu);
  if (kappa !== undefined) {
    if (!(kappa > 0)) throw new RangeError(`a² must not be identically 0, got δ_${kappa}`);
    return renamed(shift(scale(pairSumLaw(pOverD, nu), c), delta * kappa), name);
  }
  return populationDeterministicEquivalent(pOverD, c, delta, nuGiven, params.deterministicEquivalent);
}

/**
 * Benigni–Paquette quadratic-scaling NTK law (arXiv 2508.20036; docs/design.md §2): the limiting
 * spectral law of the n×n matrix
 *   K = (1/d) X Xᵀ ⊙ (1/p) φ(XW/√d) D² φ(XW/√d)ᵀ,  X n×d, W d×p Gaussian, D = diag(a), φ = σ′,
 * as n/(dp) → γ₁ = nOverDp and p/d → γ₂ = pOverD: the bulk is mpMap(γ₁, law of t) in the companion
 * convention, t ~ {@link ntkQuadraticPopulation}. When m0 = E φ(z) ≠ 0 about d eigenvalues (a
 * fraction 1/p → 0) leave the bulk: see {@link ntkQuadraticOutliers}. Atom at 0 of mass 1 − 1/γ₁
 * when γ₁ > 1.
 *
 * Accuracy: as mpMap's solver (relative residual ≤ 1e-11) for the closed-form cases; for
 * non-constant a with α, δ ≠ 0 the population law is a deterministic equivalent at finite size
 * (default d·p ≈ 1600), whose distance to the limit is O(1/d).
 *
 * @example
 * const law = ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "relu", a: "rademacher" });
 * law.stieltjes({ re: 0.3, im: 0 }).im / Math.PI; // density at 0.3
 */
export function ntkQuadratic(params: NtkQuadraticParams): Measure {
  const { limit, population } = ntkQuadraticLimit(params);
  if (params.d === undefined) return limit;
  return ntkQuadraticAtD(params, limit, population, params.d);
}

/** The limit law and the population law it is built from (also used by the outlier predictions). */
export function ntkQuadraticLimit(params: NtkQuadraticParams): { limit: Measure; population: Measure } {
  const gamma1 = requirePositive("nOverDp", params.nOverDp);
  const population = ntkQuadraticPopulation(params);
  const co = ntkCoefficients(params.activation);
  const nu = squaredWeightLaw(params.a ?? "rademacher");
  const limit = renamed(
    mpMap(gamma1, population),
    `ntkQuadratic({ nOverDp: ${gamma1}, pOverD: ${params.pOverD}, activation: "${co.activation.name}", a: ${nu.expr} })`,
  );
  return { limit, population };
}

/** The finite-d law from the limit law and its population (see ntkQuadraticFiniteD). */
export function ntkQuadraticAtD(params: NtkQuadraticParams, limit: Measure, population: Measure, d: number): Measure {
  const co = ntkCoefficients(params.activation);
  return ntkQuadraticFiniteD(limit, population, params.nOverDp, params.pOverD, d, co.activation, co.alpha, co.delta, params.a);
}
