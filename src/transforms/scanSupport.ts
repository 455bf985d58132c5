import type { Complex } from "../core/complex.js";
import { ConvergenceError, SingularPointError } from "../core/errors.js";
import { goldenSectionMin } from "../core/minimize.js";
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
 * A gap narrower than the scan step is looked for at every pronounced dip of the density
 * between inside samples (golden-section minimisation of Im s); a gap narrower than ~1e-12 of the
 * step, or one without a dip at the samples around it, can still be missed; so can a component
 * narrower than the step, unless one of the `hints` (extra sample points) falls inside it.
 */
export function scanSupport(
  solveAt: (z: Complex) => Solution,
  hull: readonly [number, number],
  atoms: readonly { x: number }[],
  samples = 240,
  hints: readonly number[] = [],
): Support {
  const [lo, hi] = hull;
  const width = hi - lo;
  /** Im s relative to the natural size of s (0 outside the support). */
  const relativeIm = (x: number): number => {
    let xx = x;
    for (const a of atoms) if (Math.abs(xx - a.x) <= 1e-12 * Math.max(1, width)) xx = a.x + 1e-9 * Math.max(1, width);
    let s: Complex;
    try {
      s = solveAt({ re: xx, im: 0 }).s;
    } catch (e) {
      // A hard edge (s infinite, density +∞) belongs to the support.
      if (e instanceof SingularPointError) return 1;
      throw e;
    }
    const sScale = Math.max(Math.hypot(s.re, s.im), 1 / (0.5 * width + Math.abs(xx - 0.5 * (lo + hi))));
    return s.im / sScale;
  };
  const inside = (x: number): boolean => relativeIm(x) > INSIDE_TOL;
  // Interior samples only: the hull's ends may be singular points of the equation (ζ = 0 for ⊠).
  const xs: number[] = [];
  for (let i = 0; i < samples; i++) xs.push(lo + (width * (i + 0.5)) / samples);
  // Points where the caller expects support (components narrower than the step would be missed).
  for (const h of hints) if (h > lo && h < hi) xs.push(h);
  xs.sort((a, b) => a - b);
  const ims = xs.map(relativeIm);
  // A gap narrower than the sampling step shows as a pronounced dip of the density between inside
  // samples: minimise Im s there (golden section) and add the minimiser as a sample.
  const extra: number[] = [];
  for (let i = 1; i + 1 < xs.length; i++) {
    const [l, c, r] = [ims[i - 1], ims[i], ims[i + 1]];
    if (!(c > INSIDE_TOL && l > INSIDE_TOL && r > INSIDE_TOL && c <= l && c <= r && c < 0.9 * Math.max(l, r))) continue;
    // A probe the solver cannot classify (a cusp, where three roots meet) is not a gap.
    const probe = (x: number) => {
      try {
        return relativeIm(x);
      } catch (e) {
        if (e instanceof ConvergenceError) return Infinity;
        throw e;
      }
    };
    const xMin = goldenSectionMin(probe, xs[i - 1], xs[i + 1], { maxIterations: 60, stop: (v) => v <= 0 });
    if (probe(xMin) <= INSIDE_TOL) extra.push(xMin);
  }
  for (const x of extra) {
    const k = xs.findIndex((v) => v > x);
    xs.splice(k, 0, x);
    ims.splice(k, 0, 0);
  }
  const flags = ims.map((v) => v > INSIDE_TOL);
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

