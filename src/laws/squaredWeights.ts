import type { Measure } from "../measures/measure.js";
import { atoms, chiSquare, dirac, empirical } from "../measures/index.js";
import { requireMeasure } from "../measures/affine.js";

/**
 * Second-layer weights: ±1 signs, standard Gaussian, any Measure given as the law of a², or the
 * weights a_l themselves (an array; the law of a² is then their empirical law).
 */
export type OutputWeightsLaw = "rademacher" | "gaussian" | Measure | ArrayLike<number>;

/**
 * The law ν of a² for the NTK laws: "rademacher" → δ₁, "gaussian" → χ²₁, a Measure → itself
 * (it must live on [0, ∞)), an array of weights → the empirical law of their squares.
 */
export function squaredWeightLaw(a: OutputWeightsLaw): Measure {
  if (a === "rademacher") return dirac(1);
  if (a === "gaussian") return chiSquare(1);
  if (typeof a === "string") throw new RangeError(`a must be "rademacher", "gaussian" or a Measure (law of a²), got ${JSON.stringify(a)}`);
  if (a !== null && typeof a === "object" && typeof (a as ArrayLike<number>).length === "number" && !("stieltjes" in a)) {
    const w = a as ArrayLike<number>;
    if (w.length === 0) throw new RangeError("a must contain at least one weight, got []");
    const sq = new Float64Array(w.length);
    for (let i = 0; i < w.length; i++) {
      if (typeof w[i] !== "number" || !Number.isFinite(w[i])) throw new RangeError(`a[${i}] must be a finite number, got ${String(w[i])}`);
      sq[i] = w[i] * w[i];
    }
    return empirical(sq);
  }
  const m = requireMeasure("a", a);
  if (m.hull[0] < 0) throw new RangeError(`a (the law of a²) must live on [0, ∞), got hull [${m.hull[0]}, ${m.hull[1]}]`);
  return m;
}

/** The constant κ when ν = δ_κ (|a| constant), else undefined. */
export function constantValue(nu: Measure): number | undefined {
  if (nu.continuousMass > 0 || nu.atoms.length !== 1) return undefined;
  return nu.atoms[0].x;
}

/**
 * E[a²] = ∫ t dν(t): the measure's own moment where it has one, else from Re s(iR) = ∫ t/(t² + R²) dν
 * at R = 10⁴·scale (relative error ≤ ~(scale/R)² = 1e-8 for laws with a few finite moments).
 */
export function meanOf(nu: Measure): number {
  if (nu.moment) return nu.moment(1);
  const scale = Math.max(1, Math.abs(nu.hull[0]), Math.abs(nu.hull[1]));
  const r = 1e4 * scale;
  return r * r * nu.stieltjes({ re: 0, im: r }).re;
}

/** Number of quantile atoms used for a law of a² with unbounded support (see {@link boundedLaw}). */
export const QUANTILE_ATOMS = 1000;

/**
 * ν itself when its support is bounded; otherwise its quantile discretisation
 * (1/m) Σ δ_{q((i + ½)/m)} with m = QUANTILE_ATOMS — the MP-map solver needs a bounded hull. The
 * discretised law is within O(1/m) of ν in Kolmogorov distance (for χ²₁ the top atom is
 * q(1 − 1/(2m)) ≈ 12.1 at m = 1000), the same discretisation the finite-p simulation uses.
 */
export function boundedLaw(nu: Measure, m = QUANTILE_ATOMS): Measure {
  if (Number.isFinite(nu.hull[0]) && Number.isFinite(nu.hull[1])) return nu;
  if (typeof nu.quantile !== "function")
    throw new TypeError(`the law of a² (${nu.expr}) has unbounded support and no quantile function`);
  const x = new Float64Array(m);
  for (let i = 0; i < m; i++) x[i] = nu.quantile((i + 0.5) / m);
  return atoms(x, new Float64Array(m).fill(1 / m));
}
