import { complex } from "../core/complex.js";
import { goldenSectionMin } from "../core/minimize.js";
import { brent } from "../core/roots.js";
import type { Measure, Support } from "../measures/measure.js";
import { stieltjesPairAnywhere } from "./evaluate.js";
import { complementOf, type Interval } from "../core/intervals.js";

/**
 * Support of mpMap(γ, ν) by Silverstein–Choi (1995, Thm 4.1–4.2; companion form). With
 * w = −1/(γ s) real and outside supp ν, the inverse map reads
 *   x(w) = (γ − 1) w − w² s_ν(w),   x′(w) = (γ − 1) − 2 w s_ν(w) − w² s_ν′(w),
 * and x ∉ supp ⇔ x = x(w) for some such w with x′(w) > 0. The complement of the support is the
 * union of the images of the intervals where x′ > 0; edges are x at the zeros of x′.
 */
export function mpMapSupport(gamma: number, nu: Measure): Support {
  const xRaw = (w: number) => (gamma - 1) * w - w * w * nu.stieltjes(complex(w, 0)).re;
  // At a finite end of a gap (an edge of ν where ν's density vanishes faster than a square
  // root, so x′ > 0 there) x is the limit from inside the gap.
  const x = (w: number, inward = 0) => {
    try {
      return xRaw(w);
    } catch (e) {
      if (!(e instanceof RangeError) || inward === 0) throw e;
      return xRaw(w + inward * 1e-12 * Math.max(1, Math.abs(w)));
    }
  };
  const dx = (w: number) => {
    const { s, ds } = stieltjesPairAnywhere(nu, complex(w, 0));
    return gamma - 1 - 2 * w * s.re - w * w * ds.re;
  };
  const excluded: Interval[] = [];
  const [lo, hi] = nu.hull;
  const width = Math.max(hi - lo, Math.abs(lo), Math.abs(hi), 1e-300);
  for (const gap of gapsOf(nu)) {
    // Between two atoms closer than ε, x′ ≤ γ − 4w²ν{atom}/ε² < 0: such gaps (repeated
    // eigenvalues of a deterministic equivalent, split by rounding) hold no region with x′ > 0.
    if (gap[1] - gap[0] < 1e-10 * width) continue;
    for (const [wa, wb] of positiveRegions(dx, gap, width)) {
      const xa = wa === -Infinity ? -Infinity : x(wa, 1);
      const xb = wb === Infinity ? Infinity : x(wb, -1);
      if (xb > xa) excluded.push([xa, xb]);
    }
  }
  const scaleX = Math.max(1, ...excluded.flat().filter(Number.isFinite).map(Math.abs));
  const intervals = complementOf(excluded).filter(([a, b]) => b - a > 1e-13 * scaleX);
  return { intervals, exact: nu.support().exact };
}

/**
 * Open intervals of the real line where s_ν is real and smooth: the complement of the support of
 * ν's continuous part and of its atoms. An atom at 0 is kept inside a gap: x(w) stays analytic
 * there because w² s_ν(w) → −ν{0}·w.
 */
function gapsOf(nu: Measure): Interval[] {
  const blocked: Interval[] = [
    ...nu.support().intervals.map(([a, b]) => [a, b] as Interval),
    ...nu.atoms.filter((a) => a.x !== 0).map((a) => [a.x, a.x] as Interval),
  ];
  return complementOf(blocked);
}

const SAMPLES = 160;

/** Maximal sub-intervals of the open gap (a, b) where f > 0, endpoints located by Brent. */
function positiveRegions(f: (w: number) => number, [a, b]: Interval, width: number): Interval[] {
  // Parametrise the gap by t ∈ (0, 1) so that samples cluster at finite ends.
  const map = gapMap(a, b, width);
  const avoidZero = (t: number) => {
    const w = map(t);
    return w === 0 ? map(t + 1e-9) : w;
  };
  const g = (t: number) => f(avoidZero(t));
  const ts: number[] = [];
  const vs: number[] = [];
  for (let i = 1; i < SAMPLES; i++) {
    const t = i / SAMPLES;
    const v = g(t);
    if (Number.isFinite(v)) {
      ts.push(t);
      vs.push(v);
    }
  }
  // Local maxima that are negative may hide a narrow positive bump: maximise there.
  const extraT: number[] = [];
  for (let i = 1; i + 1 < vs.length; i++)
    if (vs[i] >= vs[i - 1] && vs[i] >= vs[i + 1] && vs[i] <= 0) {
      const tm = goldenSectionMin((t) => -g(t), ts[i - 1], ts[i + 1]);
      if (g(tm) > 0) extraT.push(tm);
    }
  const pts = [...ts.map((t, i) => [t, vs[i]] as const), ...extraT.map((t) => [t, g(t)] as const)].sort((p, q) => p[0] - q[0]);
  const root = (t0: number, t1: number) => brent(g, t0, t1, { xTol: 1e-16 });
  const regions: Interval[] = [];
  let start: number | null = null;
  // A region touching an end of the gap: at ±∞ (x′ → γ > 0 there) it stays open; at a finite
  // end (x′ > 0 up to an edge of ν) it starts at that end.
  if (pts.length && pts[0][1] > 0) start = a;
  for (let i = 0; i + 1 < pts.length; i++) {
    const [t0, v0] = pts[i];
    const [t1, v1] = pts[i + 1];
    if (v0 <= 0 && v1 > 0) start = avoidZero(root(t0, t1));
    else if (v0 > 0 && v1 <= 0) {
      const end = avoidZero(root(t0, t1));
      if (start !== null) regions.push([start, end]);
      start = null;
    }
  }
  if (start !== null) regions.push([start, b]);
  return regions;
}

/** Map t ∈ (0, 1) onto the gap (a, b); clustered at finite ends, algebraic for infinite ones. */
function gapMap(a: number, b: number, width: number): (t: number) => number {
  if (a === -Infinity && b === Infinity) return (t) => width * Math.tan(Math.PI * (t - 0.5));
  if (a === -Infinity) return (t) => b - (width * (1 - t) * (1 - t)) / (t * t);
  if (b === Infinity) return (t) => a + (width * t * t) / ((1 - t) * (1 - t));
  return (t) => a + (b - a) * 0.5 * (1 - Math.cos(Math.PI * t));
}
