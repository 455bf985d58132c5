import type { Measure } from "../measures/measure.js";
import { affine, dirac, mp } from "../measures/index.js";
import { requireInteger, requirePositive } from "../core/validate.js";
import { mpMapSilverstein } from "../transforms/index.js";
import { gaussianMoments } from "../activations/index.js";
import { resolveActivation, type ActivationInput } from "./coefficients.js";
import { renamed } from "./renamed.js";

/** Parameters of {@link conjugateKernel}. */
export interface ConjugateKernelParams {
  /** γ = lim n/d > 0 (d = input dimension). */
  readonly nOverD: number;
  /** lim d_ℓ/d for the hidden layers: one number (every layer) or one per layer. */
  readonly widthOverD: number | readonly number[];
  /** σ: registry name, custom spec, or Activation. */
  readonly activation: ActivationInput;
  /** Number of layers L (default: the length of widthOverD, or 1). */
  readonly layers?: number;
}

/** Relative size below which E σ counts as 0 for the multi-layer condition. */
const CENTRED = 1e-9;

/** Per-layer coefficients of σ at preactivation variance q: k0 = E σ(√q z), k1 = E z σ(√q z), m2 = E σ(√q z)². */
export function layerCoefficients(sigma: (x: number) => number, breakpoints: readonly number[], q: number): { k0: number; k1: number; m2: number } {
  const sq = Math.sqrt(q);
  const mo = gaussianMoments((z) => sigma(sq * z), { breakpoints: breakpoints.map((b) => b / sq) });
  return { k0: mo.m0, k1: mo.alpha, m2: mo.beta2 };
}

/**
 * Conjugate-kernel law in the linear width (Pennington–Worah, NeurIPS 2017; Benigni–Péché, EJP
 * 2021; Fan–Wang, NeurIPS 2020, Thm 3.4 and its multi-layer form): the limiting spectral law of the
 * n×n matrix (1/d_L) H_L H_Lᵀ, H₀ = X (n×d standard Gaussian), H_ℓ = σ(H_{ℓ−1} W_ℓ/√d_{ℓ−1}),
 * W_ℓ standard Gaussian, n/d → nOverD, d_ℓ/d → widthOverD[ℓ].
 *
 * Layer recursion (Gaussian equivalence of the features given the previous layer, whose Gram
 * matrix G_{ℓ−1} has law μ_{ℓ−1} and diagonal ≈ q_{ℓ−1}): with k0, k1, m2 the coefficients of
 * σ at variance q_{ℓ−1} (see {@link layerCoefficients}), the population covariance is
 *   K_ℓ ≈ k0² 11ᵀ + (k1²/q_{ℓ−1}) G_{ℓ−1} + (m2 − k0² − k1²) I,
 * the rank-one k0² 11ᵀ giving one outlier, and
 *   μ_ℓ = mpMapSilverstein(n/d_ℓ, affine(μ_{ℓ−1}, k1²/q_{ℓ−1}, m2 − k0² − k1²)),  q_ℓ = m2,
 * μ₀ = mp(nOverD), q₀ = 1 (Fan–Wang's b_σ²μ + (1 − b_σ²) when E σ = 0, E σ² = 1). Feeding a layer
 * into another needs E σ = 0 at that layer (else the inputs are not nearly orthogonal): RangeError.
 * Silverstein convention = law of (1/N) K^{1/2} Z Zᵀ K^{1/2} (docs/design.md §1).
 *
 * @example conjugateKernel({ nOverD: 1, widthOverD: 2, activation: "tanh" })
 */
export function conjugateKernel(params: ConjugateKernelParams): Measure {
  const gamma = requirePositive("nOverD", params.nOverD);
  const act = resolveActivation(params.activation);
  const w = params.widthOverD;
  const layers = requireInteger("layers", params.layers ?? (typeof w === "number" ? 1 : w.length), 1);
  const widths: number[] = [];
  for (let l = 0; l < layers; l++) {
    const v = typeof w === "number" ? w : w[l];
    if (v === undefined) throw new RangeError(`widthOverD must have ${layers} entries, got ${JSON.stringify(w)}`);
    widths.push(requirePositive(`widthOverD[${l}]`, v));
  }
  let mu: Measure = mp(gamma, 1);
  let q = 1;
  for (let l = 0; l < layers; l++) {
    const { k0, k1, m2 } = layerCoefficients((x) => act.sigma(x), act.breakpoints, q);
    if (l < layers - 1 && Math.abs(k0) > CENTRED * Math.sqrt(m2))
      throw new RangeError(
        `activation ${act.name} has E σ = ${k0} ≠ 0 at layer ${l + 1}; several layers need a centred σ (Fan–Wang's assumption)`,
      );
    const slope = (k1 * k1) / q;
    const shift = Math.max(0, m2 - k0 * k0 - k1 * k1);
    const population = slope === 0 ? dirac(shift) : affine(mu, slope, shift);
    mu = mpMapSilverstein(gamma / widths[l], population);
    q = m2;
  }
  return renamed(
    mu,
    `conjugateKernel({ nOverD: ${gamma}, widthOverD: ${JSON.stringify(widths)}, activation: "${act.name}", layers: ${layers} })`,
  );
}
