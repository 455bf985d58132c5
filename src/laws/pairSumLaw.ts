import type { Measure } from "../measures/measure.js";
import { dirac, mixture, mp, scale } from "../measures/index.js";
import { constantValue } from "./squaredWeights.js";
import { mpMap, mpMapSilverstein } from "../transforms/mpMap.js";
import { convolve } from "../transforms/index.js";

/**
 * χ: the spectral law of the operator Y ↦ Y VᵀV/d + V Yᵀ V/d on R^{d×p}, V = W D (d×p), as
 * d, p → ∞ with p/d → γ₂ and spec(D²) → ν (docs/math/ntk-quadratic.md §2).
 *
 * With L(Y) = (Y Vᵀ + V Yᵀ)/√(2d) from R^{d×p} to Sym(d), the operator is LᵀL, whose non-zero
 * spectrum is that of LLᵀ(Z) = (ΓZ + ZΓ), Γ = VVᵀ/d: the eigenvalues λ_i + λ_k (i ≤ k) of a
 * Lyapunov operator. Counting d(d+1)/2 of them among dp:
 *   χ = (1/(2γ₂)) (ν′ ∗ ν′) + (1 − 1/(2γ₂)) δ₀,   ν′ = law of VVᵀ/d,
 * a probability measure for every γ₂ once the atoms at 0 are merged. With ρ the atomless part
 * (ρ = law of VᵀV/d = mpMapSilverstein(γ₂, ν) when γ₂ < 1, ρ = law of VVᵀ/d = γ₂·mpMap(1/γ₂, ν) when
 * γ₂ ≥ 1; ν without atom at 0), all weights are non-negative:
 *   γ₂ ≤ 1: χ = (γ₂/2) ρ∗ρ + (1 − γ₂) ρ + (γ₂/2) δ₀          (docs/design.md §2)
 *   γ₂ ≥ 1: χ = (1/(2γ₂)) ρ∗ρ + (1 − 1/(2γ₂)) δ₀.
 * ∗ is the classical convolution.
 */
export function pairSumLaw(pOverD: number, nu: Measure): Measure {
  if (nu.atoms.some((a) => a.x === 0)) throw new RangeError(`the law of a² must have no atom at 0 here, got ${nu.expr}`);
  const kappa = constantValue(nu);
  if (pOverD < 1) {
    // law of VᵀV/d (p×p); closed form κ·mp(γ₂) when a² ≡ κ.
    const rho = kappa !== undefined ? mp(pOverD, kappa) : mpMapSilverstein(pOverD, nu);
    const rr = convolve(rho, rho);
    if (pOverD === 1) return mixture([rr, dirac(0)], [0.5, 0.5]);
    return mixture([rr, rho, dirac(0)], [pOverD / 2, 1 - pOverD, pOverD / 2]);
  }
  // law of VVᵀ/d (d×d) = (p/d)·(1/p) W D² Wᵀ; closed form mp(1/γ₂, κγ₂) when a² ≡ κ.
  const rho = kappa !== undefined ? mp(1 / pOverD, kappa * pOverD) : scale(mpMap(1 / pOverD, nu), pOverD);
  const rr = convolve(rho, rho);
  return mixture([rr, dirac(0)], [1 / (2 * pOverD), 1 - 1 / (2 * pOverD)]);
}
