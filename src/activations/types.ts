/**
 * Types of the activation registry. An activation is σ together with its derivative φ = σ′
 * (the function that enters the NTK laws, docs/design.md §2).
 */

export interface Activation {
  /** Canonical name; `activation(name)` rebuilds the same activation (e.g. "leakyRelu(0.1)", "custom(sigma: x^3)"). */
  readonly name: string;
  /** σ(x). */
  sigma(x: number): number;
  /** φ(x) = σ′(x) (at a jump or kink of σ′, one of the one-sided values). */
  phi(x: number): number;
  /** Points where φ or σ is not smooth (to be passed to quadrature as breakpoints). */
  readonly breakpoints: readonly number[];
  /**
   * φ as a JavaScript expression in `x` using only Math.*, arithmetic, comparisons and ternaries
   * (usable inside a gpu.js kernel); undefined where impossible.
   */
  readonly phiSource?: string;
  /** σ as such an expression (see phiSource); undefined where impossible. */
  readonly sigmaSource?: string;
}

/** A custom activation: σ or φ = σ′ (or both) as mathjs expressions in `x`. */
export interface CustomActivationSpec {
  sigma?: string;
  phi?: string;
  /** Display name (default "custom(sigma: …)" / "custom(phi: …)"). */
  name?: string;
  /** Points where φ or σ is not smooth (e.g. [0] for abs(x)); used by the moment quadrature. */
  breakpoints?: readonly number[];
}

/**
 * Gaussian moments of a function f, z ~ N(0, 1):
 * m0 = E f(z), alpha = E z f(z), beta2 = E f(z)², variance = beta2 − m0²,
 * delta = beta2 − m0² − alpha² (the centred shift of docs/design.md §2 when f = φ),
 * hermite[k] = E f(z) He_k(z)/√(k!) for k = 0..K (so hermite[0] = m0, hermite[1] = alpha and
 * Σ_k hermite[k]² = beta2 as K → ∞).
 */
export interface GaussianMoments {
  m0: number;
  alpha: number;
  beta2: number;
  variance: number;
  delta: number;
  hermite: number[];
}
