import type { Measure } from "../measures/measure.js";
import { dirac, mp } from "../measures/index.js";
import { requireInteger, requirePositive } from "../core/validate.js";
import { MAX_ROW_CLASSES, rowMixtureLaw, rowNormNodes } from "./rowNormMixture.js";
import { renamed } from "./renamed.js";

/** Parameters of {@link hadamardGram}. */
export interface HadamardGramParams {
  /** γ₁ = lim n/(dp) > 0. */
  readonly nOverDp: number;
  /** Input dimensions d and p, both or neither: with them, the finite-size law. */
  readonly d?: number;
  readonly p?: number;
}

/**
 * Hadamard Gram law in the quadratic scaling (Benigni–Paquette seed slides; arXiv 2508.20036):
 * the limiting spectral law of the n×n matrix (1/d) X Xᵀ ⊙ (1/p) Y Yᵀ, X n×d and Y n×p
 * independent standard Gaussian, as n/(dp) → γ₁ = nOverDp. Its rows x_i ⊗ y_i/√(dp) are
 * isotropic in R^{dp}, and the limit is the Marchenko–Pastur law mp(γ₁) (edges (1 ± √γ₁)²,
 * atom 1 − 1/γ₁ at 0 when γ₁ > 1). Closed form (accuracy ~1e-12).
 *
 * With `d` and `p`: the law at that size with its leading finite-size effect, the row norms
 * r_i = (‖x_i‖²/d)(‖y_i‖²/p) (relative spread √(2/d + 2/p)). Given r_i the row has covariance r_i·I,
 * so the law is the deterministic equivalent of R^{1/2}(ZZᵀ/N)R^{1/2} = law(r) ⊠ mp(γ₁)
 * ({@link rowMixtureLaw}, r on a grid of χ²_d/d × χ²_p/p quantiles, n = round(γ₁dp); at most 1024
 * classes). Its upper edge follows the largest eigenvalues, which at d = p = 20 sit 15–30 % above
 * the MP edge (docs/laws.md).
 *
 * @example hadamardGram({ nOverDp: 0.5 }).stieltjes({ re: 1, im: 0 }).im / Math.PI // density at 1
 * @example hadamardGram({ nOverDp: 0.5, d: 20, p: 20 }) // the law at n = 200, d = p = 20
 */
export function hadamardGram(params: HadamardGramParams): Measure {
  const g = requirePositive("nOverDp", params.nOverDp);
  const limit = renamed(mp(g, 1), `hadamardGram({ nOverDp: ${g} })`);
  if (params.d === undefined && params.p === undefined) return limit;
  if (params.d === undefined || params.p === undefined) throw new RangeError("hadamardGram needs both d and p for the finite-size law, or neither");
  const d = requireInteger("d", params.d, 1);
  const p = requireInteger("p", params.p, 1);
  const n = Math.max(1, Math.round(g * d * p));
  const side = Math.max(1, Math.floor(Math.sqrt(Math.min(n, MAX_ROW_CLASSES))));
  const rx = rowNormNodes(d, side);
  const ry = rowNormNodes(p, side);
  const m = side * side;
  const c1 = new Float64Array(m);
  for (let i = 0; i < side; i++) for (let j = 0; j < side; j++) c1[i * side + j] = rx[i] * ry[j];
  const rows = { weight: new Float64Array(m).fill(1 / m), c1, c0: new Float64Array(m) };
  const hints = Array.from({ length: 16 }, (_, k) => (1 - Math.sqrt(g)) ** 2 + ((4 * Math.sqrt(g)) * (k + 0.5)) / 16);
  return rowMixtureLaw({ nOverN: g, base: dirac(1), rows, expr: `hadamardGram({ nOverDp: ${g}, d: ${d}, p: ${p} })`, supportHints: hints });
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
