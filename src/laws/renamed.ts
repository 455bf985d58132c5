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
    support: () => withinHull(mu),
  };
  if (mu.moment) out.moment = (k) => mu.moment!(k);
  if (mu.density) out.density = (x) => mu.density!(x);
  if (mu.cdf) out.cdf = (x) => mu.cdf!(x);
  if (mu.quantile) out.quantile = (p) => mu.quantile!(p);
  if (mu.sample) out.sample = (n, rng) => mu.sample!(n, rng);
  return out;
}

/**
 * mu.support(), with any interval end outside mu.hull clipped to the hull and `exact` set to false
 * when that happens: an enclosure is still a valid Support, an infinite end is not useful. (Guards
 * against support computations of composite laws that fail to close an interval.)
 */
function withinHull(mu: Measure): ReturnType<Measure["support"]> {
  const s = mu.support();
  const [lo, hi] = mu.hull;
  let clipped = false;
  const intervals = s.intervals
    .map(([a, b]) => {
      const a2 = Math.max(a, lo);
      const b2 = Math.min(b, hi);
      if (a2 !== a || b2 !== b) clipped = true;
      return [a2, b2] as const;
    })
    .filter(([a, b]) => b >= a);
  return { intervals, exact: s.exact && !clipped };
}
