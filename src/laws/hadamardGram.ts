import type { Measure } from "../measures/measure.js";
import { dirac, mp } from "../measures/index.js";
import { requirePositive } from "../core/validate.js";
import { renamed } from "./renamed.js";

/**
 * Hadamard Gram law in the quadratic scaling (Benigni–Paquette seed slides; arXiv 2508.20036):
 * the limiting spectral law of the n×n matrix (1/d) X Xᵀ ⊙ (1/p) Y Yᵀ, X n×d and Y n×p
 * independent standard Gaussian, as n/(dp) → γ₁ = nOverDp. Its rows x_i ⊗ y_i/√(dp) are
 * isotropic in R^{dp}, and the limit is the Marchenko–Pastur law mp(γ₁) (edges (1 ± √γ₁)²,
 * atom 1 − 1/γ₁ at 0 when γ₁ > 1). Closed form (accuracy ~1e-12).
 *
 * @example hadamardGram({ nOverDp: 0.5 }).stieltjes({ re: 1, im: 0 }).im / Math.PI // density at 1
 */
export function hadamardGram(params: { readonly nOverDp: number }): Measure {
  const g = requirePositive("nOverDp", params.nOverDp);
  return renamed(mp(g, 1), `hadamardGram({ nOverDp: ${g} })`);
}

/**
 * The linear-scaling contrast (seed slides): with n/d and n/p fixed, n/(dp) → 0 and the same
 * matrix tends to the identity, its law to δ₁ (second moment M₂ → 1). At finite size its
 * spectrum lies within 1 ± 2√(n/(dp)) + o(1) (the mp(n/(dp)) edges), which is what the tests check.
 * `nOverD` and `nOverP` only name the regime (both > 0).
 */
export function hadamardGramLinear(params: { readonly nOverD: number; readonly nOverP: number }): Measure {
  const a = requirePositive("nOverD", params.nOverD);
  const b = requirePositive("nOverP", params.nOverP);
  return renamed(dirac(1), `hadamardGramLinear({ nOverD: ${a}, nOverP: ${b} })`);
}
