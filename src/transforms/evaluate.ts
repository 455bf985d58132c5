import type { Complex } from "../core/complex.js";
import { conj } from "../core/complex.js";
import type { Measure } from "../measures/measure.js";

/**
 * s_ν(w) = ∫ dν(t)/(t − w) for any w off the support: in the lower half plane by the symmetry
 * s(w̄) = conj s(w) of real measures (Newton iterates may cross the axis before converging).
 */
export function stieltjesAnywhere(nu: Measure, w: Complex): Complex {
  return w.im >= 0 ? nu.stieltjes(w) : conj(nu.stieltjes(conj(w)));
}

/** s_ν′(w) on the same domain as {@link stieltjesAnywhere}. */
export function stieltjesDerivativeAnywhere(nu: Measure, w: Complex): Complex {
  return w.im >= 0 ? nu.stieltjesDerivative(w) : conj(nu.stieltjesDerivative(conj(w)));
}

/** s_ν(w) and s_ν′(w) together (one solve for composite laws), on the same domain as above. */
export function stieltjesPairAnywhere(nu: Measure, w: Complex): { s: Complex; ds: Complex } {
  const flip = w.im < 0;
  const at = flip ? conj(w) : w;
  const p = nu.stieltjesWithDerivative ? nu.stieltjesWithDerivative(at) : { s: nu.stieltjes(at), ds: nu.stieltjesDerivative(at) };
  return flip ? { s: conj(p.s), ds: conj(p.ds) } : p;
}

/** The location of a point mass δ_x, or null when the measure is not one. */
export function pointMassAt(m: Measure): number | null {
  return m.continuousMass === 0 && m.atoms.length === 1 ? m.atoms[0].x : null;
}
