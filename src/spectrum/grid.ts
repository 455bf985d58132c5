import type { Measure } from "../measures/measure.js";
import { densityAt } from "./density.js";

/**
 * A grid of about `n` points that resolves the law: in each support interval, Chebyshev points
 * clustered at the edges (where square-root or singular behaviour lives) with at least 24 points
 * per interval however narrow, the edges themselves where the density is finite there, and a
 * margin of 5% of the support's width on either side.
 *
 * @example autoGrid(mp(0.5), 1000)
 */
export function autoGrid(mu: Measure, n = 1000): Float64Array {
  if (!Number.isInteger(n) || n < 8) throw new RangeError(`n must be an integer ≥ 8, got ${n}`);
  const intervals = mu.support().intervals.filter(([a, b]) => b > a);
  const pts: number[] = [];
  const atomsX = mu.atoms.map((a) => a.x);
  const all = [...intervals.flat(), ...atomsX];
  if (all.length === 0) return Float64Array.from([]);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const width = hi - lo || Math.max(1, Math.abs(lo));
  const margin = 0.05 * width;
  const nOutside = Math.max(4, Math.round(0.04 * n));
  const nInside = n - 2 * nOutside;
  const total = intervals.reduce((t, [a, b]) => t + (b - a), 0);
  for (const [a, b] of intervals) {
    const m = Math.max(24, Math.round((nInside * (b - a)) / total));
    for (let k = 0; k < m; k++) pts.push(0.5 * (a + b) - 0.5 * (b - a) * Math.cos((Math.PI * (k + 0.5)) / m));
    for (const e of [a, b]) {
      try {
        const d = densityAt(mu, e).density;
        if (Number.isFinite(d)) pts.push(e);
      } catch {
        // Singular edge (e.g. mp(1) at 0): left out of the grid.
      }
    }
  }
  for (let k = 0; k < nOutside; k++) {
    pts.push(lo - margin + (margin * k) / nOutside);
    pts.push(hi + margin - (margin * k) / nOutside);
  }
  const out = Float64Array.from(new Set(pts)).sort();
  return out.filter((x) => !atomsX.includes(x));
}
