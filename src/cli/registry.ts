/**
 * The functions a law expression may call (`limspec density "<law>"`). One table, so wiring a
 * new law is one line: import it and add `name: { fn, signature, summary }`.
 */
import type { Registry } from "./expression.js";
import { atoms, chiSquare, dirac, empirical, mixture, mp, scale, semicircle, shift, uniform } from "../measures/index.js";
import { convolve, freeAdd, freeMul, mpMap, mpMapSilverstein } from "../transforms/index.js";
import { conjugateKernel, hadamardGram, kernelMatrix, ntkLinear, ntkQuadratic, ntkQuadraticPopulation, pairSumLaw, rowMixtureLaw } from "../laws/index.js";

export const LAW_FUNCTIONS: Registry = {
  dirac: { fn: dirac, signature: "dirac(x = 0)", summary: "point mass at x" },
  atoms: { fn: atoms, signature: "atoms([x1, x2, …], [w1, w2, …])", summary: "discrete law Σ wᵢ δ_{xᵢ} (weights sum to 1)" },
  semicircle: { fn: semicircle, signature: "semicircle(variance = 1, center = 0)", summary: "Wigner semicircle on center ± 2√variance" },
  mp: { fn: mp, signature: "mp(ratio, variance = 1)", summary: "Marchenko–Pastur law, edges variance(1 ± √ratio)², atom 1 − 1/ratio at 0 when ratio > 1" },
  uniform: { fn: uniform, signature: "uniform(a, b)", summary: "uniform law on [a, b]" },
  chiSquare: { fn: chiSquare, signature: "chiSquare(k)", summary: "χ² law with k degrees of freedom (k = 1: law of a² for Gaussian a)" },
  mixture: { fn: mixture, signature: "mixture([mu1, mu2, …], [w1, w2, …])", summary: "Σ wᵢ μᵢ" },
  scale: { fn: scale, signature: "scale(mu, c)", summary: "law of c·X for X ~ mu" },
  shift: { fn: shift, signature: "shift(mu, b)", summary: "law of X + b for X ~ mu" },
  empirical: { fn: empirical, signature: "empirical([x1, x2, …])", summary: "uniform law on the given samples" },
  mpMap: { fn: mpMap, signature: "mpMap(gamma, nu)", summary: "MP map, companion convention: law of (1/N) Z D Zᵀ, n/N → gamma, spec(D) → nu" },
  mpMapSilverstein: { fn: mpMapSilverstein, signature: "mpMapSilverstein(gamma, nu)", summary: "MP map, Silverstein convention: law of (1/N) Σ^{1/2} Z Zᵀ Σ^{1/2}" },
  freeAdd: { fn: freeAdd, signature: "freeAdd(mu, nu)", summary: "free additive convolution mu ⊞ nu" },
  freeMul: { fn: freeMul, signature: "freeMul(mu, nu)", summary: "free multiplicative convolution mu ⊠ nu (laws on [0, ∞))" },
  convolve: { fn: convolve, signature: "convolve(mu, nu)", summary: "classical convolution mu ∗ nu (law of X + Y, independent)" },
  ntkQuadratic: {
    fn: ntkQuadratic,
    signature: 'ntkQuadratic({nOverDp, pOverD, activation: "relu", a: "rademacher", d?})',
    summary: "Benigni–Paquette NTK bulk, n/(dp) → nOverDp, p/d → pOverD; with d, the finite-d law (row-norm correction)",
  },
  rowMixtureLaw: {
    fn: rowMixtureLaw,
    signature: "rowMixtureLaw({nOverN, base, rows: {weight: [...], c1: [...], c0: [...]}})",
    summary: "Gram matrix whose rows fall into classes with covariances c1·S + c0·I, S ~ base, n/N → nOverN",
  },
  ntkQuadraticPopulation: { fn: ntkQuadraticPopulation, signature: 'ntkQuadraticPopulation({pOverD, activation, a})', summary: "population law of the quadratic-scaling NTK" },
  pairSumLaw: { fn: pairSumLaw, signature: "pairSumLaw(pOverD, nu)", summary: "law χ of docs/design.md §2 built from nu = law of a²" },
  hadamardGram: { fn: hadamardGram, signature: "hadamardGram({nOverDp, d?, p?})", summary: "limit of (1/d) XXᵀ ⊙ (1/p) YYᵀ, n/(dp) → nOverDp; with d and p, the finite-size law" },
  conjugateKernel: { fn: conjugateKernel, signature: 'conjugateKernel({nOverD, widthOverD, activation})', summary: "conjugate kernel in linear width (Pennington–Worah, Fan–Wang)" },
  ntkLinear: { fn: ntkLinear, signature: 'ntkLinear({nOverD, widthOverD, activation, a})', summary: "two-layer NTK in linear width (Fan–Wang)" },
  kernelMatrix: { fn: kernelMatrix, signature: 'kernelMatrix({nOverD, f, diagonal})', summary: "inner-product kernel matrix f(xᵢ·xⱼ/d) (El Karoui)" },
};
