/**
 * The functions a law expression may call (`limspec density "<law>"`). One table, so wiring a
 * new law is one line: import it and add `name: { fn, signature, summary }`.
 */
import type { Registry } from "./expression.js";
import { atoms, dirac, empirical, mixture, mp, scale, semicircle, shift, uniform } from "../measures/index.js";
import { freeAdd, freeMul, mpMap, mpMapSilverstein } from "../transforms/index.js";

export const LAW_FUNCTIONS: Registry = {
  dirac: { fn: dirac, signature: "dirac(x = 0)", summary: "point mass at x" },
  atoms: { fn: atoms, signature: "atoms([x1, x2, …], [w1, w2, …])", summary: "discrete law Σ wᵢ δ_{xᵢ} (weights sum to 1)" },
  semicircle: { fn: semicircle, signature: "semicircle(variance = 1, center = 0)", summary: "Wigner semicircle on center ± 2√variance" },
  mp: { fn: mp, signature: "mp(ratio, variance = 1)", summary: "Marchenko–Pastur law, edges variance(1 ± √ratio)², atom 1 − 1/ratio at 0 when ratio > 1" },
  uniform: { fn: uniform, signature: "uniform(a, b)", summary: "uniform law on [a, b]" },
  mixture: { fn: mixture, signature: "mixture([mu1, mu2, …], [w1, w2, …])", summary: "Σ wᵢ μᵢ" },
  scale: { fn: scale, signature: "scale(mu, c)", summary: "law of c·X for X ~ mu" },
  shift: { fn: shift, signature: "shift(mu, b)", summary: "law of X + b for X ~ mu" },
  empirical: { fn: empirical, signature: "empirical([x1, x2, …])", summary: "uniform law on the given samples" },
  mpMap: { fn: mpMap, signature: "mpMap(gamma, nu)", summary: "MP map, companion convention: law of (1/N) Z D Zᵀ, n/N → gamma, spec(D) → nu" },
  mpMapSilverstein: { fn: mpMapSilverstein, signature: "mpMapSilverstein(gamma, nu)", summary: "MP map, Silverstein convention: law of (1/N) Σ^{1/2} Z Zᵀ Σ^{1/2}" },
  freeAdd: { fn: freeAdd, signature: "freeAdd(mu, nu)", summary: "free additive convolution mu ⊞ nu" },
  freeMul: { fn: freeMul, signature: "freeMul(mu, nu)", summary: "free multiplicative convolution mu ⊠ nu (laws on [0, ∞))" },
};
