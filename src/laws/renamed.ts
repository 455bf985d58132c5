import type { Measure } from "../measures/measure.js";

/**
 * The same measure under another `expr` (a law's own name instead of the expression tree it was
 * built from). All methods delegate to `mu`.
 */
export function renamed(mu: Measure, expr: string): Measure {
  const out: Measure = {
    expr,
    stieltjes: (z) => mu.stieltjes(z),
    stieltjesDerivative: (z) => mu.stieltjesDerivative(z),
    atoms: mu.atoms,
    continuousMass: mu.continuousMass,
    hull: mu.hull,
    support: () => mu.support(),
  };
  if (mu.moment) out.moment = (k) => mu.moment!(k);
  if (mu.density) out.density = (x) => mu.density!(x);
  if (mu.cdf) out.cdf = (x) => mu.cdf!(x);
  if (mu.quantile) out.quantile = (p) => mu.quantile!(p);
  if (mu.sample) out.sample = (n, rng) => mu.sample!(n, rng);
  return out;
}
