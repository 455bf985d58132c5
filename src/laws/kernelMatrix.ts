import type { Measure } from "../measures/measure.js";
import { affine, dirac, mp, semicircle } from "../measures/index.js";
import { requireNumber, requirePositive } from "../core/validate.js";
import { freeAdd } from "../transforms/index.js";
import { gaussianMoments } from "../activations/index.js";
import { resolveActivation } from "./coefficients.js";
import { finiteValue, kernelJet, type KernelFunction } from "./kernelFunction.js";
import { renamed } from "./renamed.js";

/** Parameters of {@link kernelMatrix}. */
export interface KernelMatrixParams {
  /** γ = lim n/d > 0. */
  readonly nOverD: number;
  /** The kernel function f (smooth near 0, continuous at 1). */
  readonly f: KernelFunction;
  /** Diagonal: "f" (default) K_ii = f(‖x_i‖²/d) → f(1); "zero"; or a constant. */
  readonly diagonal?: "f" | "zero" | number;
}

/** The pieces of El Karoui's approximation K ≈ f(0) 11ᵀ + f′(0) XXᵀ/d + v I (+ rank one). */
export interface KernelMatrixApproximation {
  readonly f0: number;
  readonly df0: number;
  readonly d2f0: number;
  /** v = (diagonal value) − f(0) − f′(0). */
  readonly v: number;
}

export function kernelMatrixApproximation(params: KernelMatrixParams): KernelMatrixApproximation {
  const jet = kernelJet(params.f);
  const f0 = finiteValue("f", jet.f(0), 0);
  const df0 = finiteValue("f′", jet.df(0), 0);
  const d2f0 = finiteValue("f″", jet.d2f(0), 0);
  const dg = params.diagonal ?? "f";
  let diag: number;
  if (dg === "f") diag = finiteValue("f", jet.f(1), 1);
  else if (dg === "zero") diag = 0;
  else diag = requireNumber("diagonal", dg);
  return { f0, df0, d2f0, v: diag - f0 - df0 };
}

/**
 * Bulk law of the inner-product kernel matrix K_ij = f(x_i·x_j/d) (i ≠ j), x_i ∈ R^d standard
 * Gaussian, n/d → γ = nOverD, in the linear scaling (El Karoui, "The spectrum of kernel random
 * matrices", Ann. Statist. 38(1), 2010, Thm 2.1 with Σ = I, τ = 1):
 *   ‖K − [ (f(0) + f″(0)/(2d)) 11ᵀ + f′(0) XXᵀ/d + v I ]‖ → 0,  v = K_ii − f(0) − f′(0)
 * (K_ii = f(1) for the default diagonal). The rank-one term gives one outlier near
 * n f(0) (+ f″(0) n/(2d)); the bulk is f′(0)·mp(γ) + v, i.e. affine(mp(γ), f′(0), v).
 * Accuracy: closed form; f′(0), f″(0) exact for registry/mathjs f, central differences (~1e-8)
 * for JavaScript functions.
 *
 * @example kernelMatrix({ nOverD: 0.5, f: "exp(x)" }) // bulk of exp(x_i·x_j/d): mp(0.5) + e − 2
 */
export function kernelMatrix(params: KernelMatrixParams): Measure {
  const g = requirePositive("nOverD", params.nOverD);
  const { df0, v } = kernelMatrixApproximation(params);
  const name = `kernelMatrix({ nOverD: ${g}, f: ${typeof params.f === "function" ? "<function>" : JSON.stringify(params.f)} })`;
  if (df0 === 0) return renamed(dirac(v), name);
  return renamed(affine(mp(g, 1), df0, v), name);
}

/**
 * Cheng–Singer scaling ("The spectrum of random inner-product kernel matrices", Random Matrices:
 * Theory Appl. 2(4), 2013): A_ij = f(x_i·x_j/√d)/√d for i ≠ j, A_ii = 0, n/d → γ. With the
 * Hermite coefficients of f under N(0,1), h₁ = E[ξ f(ξ)], and σ² = Var f(ξ) − h₁²:
 *   A ≈ h₁ (XXᵀ/d − I) + (Wigner matrix with entry variance σ²/d),
 * asymptotically free, so the law is  affine(mp(γ), h₁, −h₁) ⊞ semicircle(γ σ²)
 * (E f(ξ) only adds a rank-one outlier). `f` is a function or a registry name / expression (σ).
 */
export function innerProductKernel(params: { readonly nOverD: number; readonly f: KernelFunction }): Measure {
  const g = requirePositive("nOverD", params.nOverD);
  const fn = typeof params.f === "function" ? params.f : ((act) => (x: number) => act.sigma(x))(resolveActivation(params.f));
  if (typeof fn !== "function") throw new TypeError(`f must be a function or an expression string, got ${String(params.f)}`);
  const mo = gaussianMoments(fn);
  const h1 = mo.alpha;
  const sigma2 = Math.max(0, mo.variance - h1 * h1);
  const name = `innerProductKernel({ nOverD: ${g}, f: ${typeof params.f === "function" ? "<function>" : JSON.stringify(params.f)} })`;
  const linear = h1 === 0 ? dirac(0) : affine(mp(g, 1), h1, -h1);
  if (sigma2 <= 1e-14 * Math.max(1, mo.beta2)) return renamed(linear, name);
  if (h1 === 0) return renamed(semicircle(g * sigma2, 0), name);
  return renamed(freeAdd(linear, semicircle(g * sigma2, 0)), name);
}
