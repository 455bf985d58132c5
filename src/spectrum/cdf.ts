import { brent } from "../core/roots.js";
import { requireInRange, requireNumber } from "../core/validate.js";
import type { Measure } from "../measures/measure.js";
import { integrateDensity, smoothPieces } from "./integrals.js";

/**
 * Distribution function μ((−∞, x]) at each point of `x` (atoms included, right-continuous).
 * Uses the closed form where the measure has one; otherwise integrates the real-axis density
 * piecewise between the sorted query points (tanh–sinh near edges), so the cost is about
 * 12–80 density evaluations per point. Accuracy ~1e-10 absolute for laws solved to 1e-13.
 *
 * @example cdf(mpMap(0.5, dirac(1)), [0.5, 1, 2])
 */
export function cdf(mu: Measure, x: number): number;
export function cdf(mu: Measure, x: ArrayLike<number>): Float64Array;
export function cdf(mu: Measure, x: number | ArrayLike<number>): number | Float64Array {
  if (typeof x === "number") return cdfMany(mu, [requireNumber("x", x)])[0];
  return cdfMany(mu, x);
}

function cdfMany(mu: Measure, x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) requireNumber(`x[${i}]`, x[i]);
  if (mu.cdf) {
    for (let i = 0; i < n; i++) out[i] = mu.cdf(x[i]);
    return out;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const intervals = smoothPieces(mu);
  const atoms = mu.atoms;
  // Running integral over each interval up to the last query point.
  const acc = intervals.map(() => 0);
  const upTo = intervals.map(([a]) => a);
  for (const i of order) {
    const xi = x[i];
    let F = 0;
    for (const a of atoms) if (a.x <= xi) F += a.mass;
    intervals.forEach(([a, b], k) => {
      const target = Math.min(Math.max(xi, a), b);
      if (target > upTo[k]) {
        acc[k] += integrateDensity(mu, () => 1, upTo[k], target, a, b);
        upTo[k] = target;
      }
      F += acc[k];
    });
    out[i] = Math.min(1, Math.max(0, F));
  }
  return out;
}

/**
 * Quantile inf{x : μ((−∞, x]) ≥ p} for p ∈ [0, 1], by Brent's method on the cdf within the
 * support (atoms give flat steps). Accuracy ~1e-12 relative to the support width.
 *
 * @example quantile(mp(0.5), 0.5) // the median
 */
export function quantile(mu: Measure, p: number): number {
  requireInRange("p", p, 0, 1);
  if (mu.quantile) return mu.quantile(p);
  const points = [...mu.support().intervals.flat(), ...mu.atoms.map((a) => a.x)].sort((a, b) => a - b);
  if (points.length === 0) throw new RangeError(`${mu.expr} has an empty support`);
  if (p === 0) return points[0];
  // The first breakpoint (edge or atom) where the cdf reaches p; the crossing is either the jump
  // of an atom there, or inside the piece that precedes it.
  const F = cdf(mu, points);
  let k = F.findIndex((f) => f >= p);
  if (k < 0) k = points.length - 1;
  const jump = mu.atoms.find((a) => a.x === points[k])?.mass ?? 0;
  if (k === 0 || F[k] - jump < p) return points[k];
  const lo = points[k - 1];
  const hi = points[k];
  return brent((t) => cdf(mu, t) - p, lo, hi, { xTol: 1e-14 * Math.max(1, Math.abs(hi - lo)) });
}
