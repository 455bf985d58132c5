import type { Complex } from "../core/complex.js";
import { ConvergenceError } from "../core/errors.js";
import type { Support } from "../measures/measure.js";
import type { Solution } from "./solver.js";
import { unionOf, type Interval } from "../core/intervals.js";

/** |Im s| ≤ this·|s| counts as a real boundary value (outside the support). */
const INSIDE_TOL = 1e-13;

/**
 * Support of the absolutely continuous part of a law known only through boundary values: scan
 * the hull, classify each point as inside (Im s(x + i0) > 0) or outside (s real, checked by the
 * solver's branch test), and locate each change by bisection to ~1e-15 relative. Near an edge
 * Im s grows like √(x − e), so the classification stays sharp down to |x − e| ~ 1e-15·scale.
 * Gaps narrower than the scan step (hull width / samples) can be missed.
 */
export function scanSupport(
  solveAt: (z: Complex) => Solution,
  hull: readonly [number, number],
  atoms: readonly { x: number }[],
  samples = 240,
): Support {
  const [lo, hi] = hull;
  const width = hi - lo;
  const inside = (x: number): boolean => {
    let xx = x;
    for (const a of atoms) if (Math.abs(xx - a.x) <= 1e-12 * Math.max(1, width)) xx = a.x + 1e-9 * Math.max(1, width);
    const s = solveAt({ re: xx, im: 0 }).s;
    const sScale = Math.max(Math.hypot(s.re, s.im), 1 / (0.5 * width + Math.abs(xx - 0.5 * (lo + hi))));
    return s.im > INSIDE_TOL * sScale;
  };
  // Interior samples only: the hull's ends may be singular points of the equation (ζ = 0 for ⊠).
  const xs: number[] = [];
  for (let i = 0; i < samples; i++) xs.push(lo + (width * (i + 0.5)) / samples);
  const flags = xs.map(inside);
  const refine = (a: number, b: number, fa: boolean): number => {
    let l = a;
    let r = b;
    for (let k = 0; k < 200 && r - l > 2 * Number.EPSILON * Math.max(Math.abs(l), Math.abs(r), 1e-300); k++) {
      const m = 0.5 * (l + r);
      if (m <= l || m >= r) break;
      if (inside(m) === fa) l = m;
      else r = m;
    }
    return 0.5 * (l + r);
  };
  const intervals: Interval[] = [];
  // The hull's ends count as outside; a support reaching them is refined towards them.
  let start: number | null = flags[0] ? refine(lo, xs[0], false) : null;
  for (let i = 0; i + 1 < xs.length; i++) {
    if (flags[i] === flags[i + 1]) continue;
    const e = refine(xs[i], xs[i + 1], flags[i]);
    if (!flags[i]) start = e;
    else if (start !== null) {
      intervals.push([start, e]);
      start = null;
    }
  }
  if (start !== null) intervals.push([start, refine(xs[xs.length - 1], hi, true)]);
  if (intervals.length === 0)
    throw new ConvergenceError("scanSupport", lo, Infinity, samples, "the continuous part has mass but no point of the hull was found inside its support");
  return { intervals: unionOf(intervals), exact: true };
}
