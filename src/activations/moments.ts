/**
 * Gaussian moments of an activation's σ or φ = σ′ (the constants m₀, α, β², δ of docs/design.md §2 and
 * the normalised Hermite coefficients), by adaptive Gauss–Kronrod quadrature against the standard
 * normal density with the activation's breakpoints — so a jump (relu's step φ) costs no accuracy.
 */
import { integrateVector } from "../core/quadrature.js";
import { requireInteger, requireNumber } from "../core/validate.js";
import { normalizedHermiteAll } from "./hermite.js";
import type { Activation, GaussianMoments } from "./types.js";

const INV_SQRT_TWO_PI = 0.3989422804014327;
/** The normal density is < 1e-347 beyond this radius (it underflows to 0), so [−R, R] carries the whole mass. */
const RADIUS = 40;
export const DEFAULT_HERMITE_ORDER = 6;
const MAX_HERMITE_ORDER = 60;

export interface GaussianMomentOptions {
  /** Points where fn is not smooth. 0 is always added (so no rule node lands on it). */
  breakpoints?: readonly number[];
  /** Highest Hermite index K (default 6; at least 1). */
  hermiteOrder?: number;
}

/**
 * Gaussian moments of fn, z ~ N(0, 1): m0 = E fn(z), alpha = E z fn(z), beta2 = E fn(z)²,
 * variance = beta2 − m0², delta = beta2 − m0² − alpha², hermite[k] = E fn(z) He_k(z)/√(k!) (k = 0..K).
 *
 * Computed as ∫_{−40}^{40} (…)·e^{−x²/2}/√(2π) dx on one adaptive G10K21 subdivision for all moments
 * (relTol 1e-13, absTol 1e-15 plus the round-off floor), split at the breakpoints.
 * Accuracy: ≤ 1e-12 absolute for functions of moderate growth (|fn(x)| ≤ e^{cx}, c ≲ 10), jumps included
 * when their location is passed as a breakpoint (tested against closed forms and mpmath).
 *
 * @throws RangeError if fn is not finite on (−40, 40) or the moments diverge; ConvergenceError if the
 *   quadrature tolerance cannot be met.
 * @example gaussianMoments((x) => (x > 0 ? 1 : 0), { breakpoints: [0] }).alpha // 1/√(2π)
 */
export function gaussianMoments(fn: (x: number) => number, opts?: GaussianMomentOptions): GaussianMoments {
  if (typeof fn !== "function") throw new TypeError(`fn must be a function, got ${typeof fn}`);
  const K = opts?.hermiteOrder === undefined ? DEFAULT_HERMITE_ORDER : requireInteger("hermiteOrder", opts.hermiteOrder, 1);
  if (K > MAX_HERMITE_ORDER) throw new RangeError(`hermiteOrder must be ≤ ${MAX_HERMITE_ORDER}, got ${K}`);
  const given = (opts?.breakpoints ?? []).map((b, i) => requireNumber(`breakpoints[${i}]`, b));
  const breakpoints = [0, ...given];
  const h = new Float64Array(K + 1);
  // Components: 0..K: fn·h_k·pdf, K+1: fn²·pdf.
  const r = integrateVector(
    (x, out) => {
      const v = fn(x);
      if (typeof v !== "number" || !Number.isFinite(v))
        throw new RangeError(`the function is ${String(v)} at x = ${x}; Gaussian moments need finite values`);
      const w = INV_SQRT_TWO_PI * Math.exp(-0.5 * x * x);
      normalizedHermiteAll(K, x, h);
      const vw = v * w;
      for (let k = 0; k <= K; k++) out[k] = vw * h[k];
      out[K + 1] = v * vw;
    },
    K + 2,
    -RADIUS,
    RADIUS,
    { breakpoints, relTol: 1e-13, absTol: 1e-15, maxSubdivisions: 4000 },
  );
  const hermite = Array.from(r.values.subarray(0, K + 1));
  const m0 = hermite[0];
  const alpha = hermite[1];
  const beta2 = r.values[K + 1];
  const variance = beta2 - m0 * m0;
  return { m0, alpha, beta2, variance, delta: variance - alpha * alpha, hermite };
}

const phiCache = new WeakMap<Activation, Map<number, GaussianMoments>>();
const sigmaCache = new WeakMap<Activation, Map<number, GaussianMoments>>();

function cached(
  cache: WeakMap<Activation, Map<number, GaussianMoments>>,
  act: Activation,
  order: number,
  fn: (x: number) => number,
): GaussianMoments {
  let byOrder = cache.get(act);
  if (!byOrder) {
    byOrder = new Map();
    cache.set(act, byOrder);
  }
  let m = byOrder.get(order);
  if (!m) {
    m = gaussianMoments(fn, { breakpoints: act.breakpoints, hermiteOrder: order });
    byOrder.set(order, m);
  }
  return { ...m, hermite: [...m.hermite] };
}

/**
 * Gaussian moments of φ = σ′ (m0 = Eφ, alpha = E zφ, beta2 = Eφ², delta = beta2 − m0² − alpha², …),
 * cached per activation object and order. See gaussianMoments for accuracy.
 * @example phiMoments(activation("relu")) // { m0: 0.5, alpha: 0.3989…, beta2: 0.5, … }
 */
export function phiMoments(act: Activation, hermiteOrder = DEFAULT_HERMITE_ORDER): GaussianMoments {
  if (act === null || typeof act !== "object" || typeof act.phi !== "function")
    throw new TypeError(`act must be an Activation (from activation(...)), got ${String(act)}`);
  return cached(phiCache, act, hermiteOrder, (x) => act.phi(x));
}

/**
 * Gaussian moments of σ itself (same fields as phiMoments), cached per activation object and order.
 * @example sigmaMoments(activation("relu")).m0 // 1/√(2π)
 */
export function sigmaMoments(act: Activation, hermiteOrder = DEFAULT_HERMITE_ORDER): GaussianMoments {
  if (act === null || typeof act !== "object" || typeof act.sigma !== "function")
    throw new TypeError(`act must be an Activation (from activation(...)), got ${String(act)}`);
  return cached(sigmaCache, act, hermiteOrder, (x) => act.sigma(x));
}
