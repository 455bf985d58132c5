import { activation, phiMoments, type Activation, type CustomActivationSpec } from "../activations/index.js";

/** An activation: a registry name ("relu", "leakyRelu(0.1)", …), or a custom spec {sigma?, phi?}. */
export type ActivationInput = string | CustomActivationSpec | Activation;

/**
 * Gaussian coefficients of φ = σ′ that enter the quadratic-scaling NTK law (docs/design.md §2):
 * m0 = E φ(z), alpha = E z φ(z), beta2 = E φ(z)², delta = β² − m0² − α² (the centred shift),
 * hermite2 = E φ(z) He₂(z)/√2, with z ~ N(0, 1).
 */
export interface NtkCoefficients {
  readonly activation: Activation;
  readonly m0: number;
  readonly alpha: number;
  readonly beta2: number;
  readonly delta: number;
  readonly hermite2: number;
}

/** Resolves an activation input to the registry's Activation (TypeError/RangeError from the registry). */
export function resolveActivation(spec: ActivationInput): Activation {
  if (spec !== null && typeof spec === "object" && typeof (spec as Activation).phi === "function" && typeof (spec as Activation).sigma === "function")
    return spec as Activation;
  if (typeof spec !== "string" && (spec === null || typeof spec !== "object"))
    throw new TypeError(`activation must be a name, a mathjs spec {sigma?, phi?} or an Activation, got ${String(spec)}`);
  return activation(spec as string | CustomActivationSpec);
}

/** Relative size below which δ or α² counts as zero (moments are accurate to ~1e-12). */
export const COEFFICIENT_ZERO = 1e-10;

/**
 * Coefficients of φ = σ′ for the NTK laws. Values below 1e-10·β² (δ) or √(1e-10·β²) (m0, α, h₂) —
 * rounding of the quadrature, e.g. m0 = E 2z for σ = x² — are set to exactly 0, because the laws
 * branch on them.
 */
export function ntkCoefficients(spec: ActivationInput): NtkCoefficients {
  const act = resolveActivation(spec);
  const mo = phiMoments(act);
  const scale = Math.max(mo.beta2, Number.MIN_VALUE);
  const delta = mo.delta < COEFFICIENT_ZERO * scale ? 0 : mo.delta;
  const alpha = Math.abs(mo.alpha) < Math.sqrt(COEFFICIENT_ZERO * scale) ? 0 : mo.alpha;
  const tiny = Math.sqrt(COEFFICIENT_ZERO * scale);
  const m0 = Math.abs(mo.m0) < tiny ? 0 : mo.m0;
  const h2 = mo.hermite[2] ?? 0;
  return { activation: act, m0, alpha, beta2: mo.beta2, delta, hermite2: Math.abs(h2) < tiny ? 0 : h2 };
}
