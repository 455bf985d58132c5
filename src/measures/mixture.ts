import type { Complex } from "../core/complex.js";
import type { RandomSource } from "../core/random.js";
import { MASS_TOLERANCE, requireClosedUpperHalfPlane, requireNumber } from "../core/validate.js";
import { requireMeasure } from "./affine.js";
import { requireMomentOrder, requireProbability, requireSampleSize } from "./atoms.js";
import { formatArray } from "./format.js";
import { invertCdf } from "./invertCdf.js";
import type { Atom, Measure, Support } from "./measure.js";
import { unionOf } from "../core/intervals.js";

/** Options of {@link mixture}. */
export interface MixtureOptions {
  /**
   * Allow negative weights (a signed combination that is still a probability measure, e.g. the
   * χ law of docs/design.md §2 for pOverD > 1). Then the support is only an enclosing set
   * (`exact: false`), merged atoms must come out ≥ 0 (within 1e-12), and there is no sampler.
   */
  signed?: boolean;
}

/** Union of closed intervals, overlapping or touching ones merged, sorted (frozen pairs). */
export function mergeIntervals(all: (readonly [number, number])[]): (readonly [number, number])[] {
  return unionOf(all).map((iv) => Object.freeze(iv) as readonly [number, number]);
}

/**
 * The mixture Σᵢ wᵢ μᵢ: s(z) = Σ wᵢ s_{μᵢ}(z) (docs/design.md §1), atoms merged by location, support the
 * union of the components' supports (merged intervals; component edges inside a merged interval are
 * reported as `breakpoints`), hull the union of hulls. Moments, density,
 * cdf, quantile and sampling exist when every component has them. Weights must sum to 1 within
 * 1e-9 (rescaled to sum exactly to 1); zero-weight components are dropped.
 *
 * @param measures the components (at least one)
 * @param weights their weights, ≥ 0 unless `options.signed`
 * @example mixture([dirac(0), semicircle()], [0.5, 0.5]).atoms // [{ x: 0, mass: 0.5 }]
 */
export function mixture(measures: readonly Measure[], weights: readonly number[], options: MixtureOptions = {}): Measure {
  if (!Array.isArray(measures)) throw new TypeError(`measures must be an array of Measures, got ${String(measures)}`);
  if (!Array.isArray(weights)) throw new TypeError(`weights must be an array of numbers, got ${String(weights)}`);
  if (measures.length !== weights.length)
    throw new RangeError(`measures and weights must have the same length, got ${measures.length} and ${weights.length}`);
  if (measures.length === 0) throw new RangeError(`measures must contain at least one Measure, got []`);
  const signed = options.signed === true;
  let total = 0;
  measures.forEach((m, i) => {
    requireMeasure(`measures[${i}]`, m);
    requireNumber(`weights[${i}]`, weights[i]);
    if (!signed && weights[i] < 0) throw new RangeError(`weights[${i}] must be ≥ 0, got ${weights[i]}`);
    total += weights[i];
  });
  if (!(Math.abs(total - 1) <= MASS_TOLERANCE))
    throw new RangeError(`weights must sum to 1 (a probability measure), got total ${total}`);
  const comps: Measure[] = [];
  const ws: number[] = [];
  measures.forEach((m, i) => {
    if (weights[i] !== 0) {
      comps.push(m);
      ws.push(weights[i] / total);
    }
  });
  const expr = `mixture([${measures.map((m) => m.expr).join(", ")}], ${formatArray(weights)}${signed ? ", {signed: true}" : ""})`;

  const byLocation = new Map<number, number>();
  comps.forEach((m, i) => {
    for (const a of m.atoms) byLocation.set(a.x, (byLocation.get(a.x) ?? 0) + ws[i] * a.mass);
  });
  const atomList: Atom[] = [];
  for (const [x, mass] of byLocation) {
    if (mass < -1e-12) throw new RangeError(`the signed mixture has a negative atom ${mass} at ${x}: not a measure (${expr})`);
    if (mass > 1e-12 || (!signed && mass > 0)) atomList.push(Object.freeze({ x, mass }));
  }
  atomList.sort((p, q) => p.x - q.x);
  const atoms = Object.freeze(atomList);
  let continuousMass = 0;
  comps.forEach((m, i) => (continuousMass += ws[i] * m.continuousMass));
  if (Math.abs(continuousMass) < 1e-12) continuousMass = 0;
  const hull = Object.freeze([
    Math.min(...comps.map((m) => m.hull[0])),
    Math.max(...comps.map((m) => m.hull[1])),
  ]) as readonly [number, number];

  const mix: Measure = {
    expr,
    atoms,
    continuousMass,
    hull,
    stieltjes(z: Complex): Complex {
      requireClosedUpperHalfPlane("z", z);
      let re = 0;
      let im = 0;
      for (let i = 0; i < comps.length; i++) {
        const s = comps[i].stieltjes(z);
        re += ws[i] * s.re;
        im += ws[i] * s.im;
      }
      return { re, im };
    },
    stieltjesDerivative(z: Complex): Complex {
      requireClosedUpperHalfPlane("z", z);
      let re = 0;
      let im = 0;
      for (let i = 0; i < comps.length; i++) {
        const s = comps[i].stieltjesDerivative(z);
        re += ws[i] * s.re;
        im += ws[i] * s.im;
      }
      return { re, im };
    },
    support(): Support {
      const parts = comps.map((m) => m.support());
      const carrying = parts.filter((_, i) => comps[i].continuousMass > 0);
      const intervals = mergeIntervals(carrying.flatMap((p) => p.intervals));
      // component edges and breakpoints strictly inside a merged interval are non-smooth points
      const candidates = carrying.flatMap((p) => [...p.intervals.flat(), ...(p.breakpoints ?? [])]);
      const inside = candidates.filter((x) => intervals.some(([lo, hi]) => x > lo && x < hi));
      const breakpoints = [...new Set(inside)].sort((a, b) => a - b);
      const exact = !signed && parts.every((p) => p.exact);
      return breakpoints.length > 0 ? { intervals, exact, breakpoints } : { intervals, exact };
    },
  };
  if (comps.every((m) => m.moment))
    mix.moment = (k: number): number => {
      requireMomentOrder(k);
      let sum = 0;
      comps.forEach((m, i) => (sum += ws[i] * m.moment!(k)));
      return sum;
    };
  const hasDensity = comps.every((m) => m.density);
  if (hasDensity)
    mix.density = (x: number): number => {
      requireNumber("x", x);
      let sum = 0;
      comps.forEach((m, i) => (sum += ws[i] * m.density!(x)));
      return sum;
    };
  if (comps.every((m) => m.cdf)) {
    const cdf = (x: number): number => {
      if (Number.isNaN(x)) throw new RangeError(`x must be a number, got NaN`);
      let sum = 0;
      comps.forEach((m, i) => (sum += ws[i] * m.cdf!(x)));
      return Math.min(1, Math.max(0, sum));
    };
    mix.cdf = cdf;
    if (!signed && comps.every((m) => m.quantile))
      mix.quantile = (p: number): number => {
        requireProbability(p);
        // min_i q_i(p) ≤ q(p) ≤ max_i q_i(p) for a mixture with weights ≥ 0.
        const qs = comps.map((m) => m.quantile!(p));
        const lo = Math.min(...qs);
        const hi = Math.max(...qs);
        if (lo === hi || p === 0) return lo;
        if (cdf(lo) >= p) return lo;
        const dens = hasDensity && atoms.length === 0 ? mix.density! : () => NaN;
        return invertCdf(p, cdf, dens, lo, hi, hi - lo);
      };
  }
  if (!signed && comps.every((m) => m.sample))
    mix.sample = (n: number, rng: RandomSource): Float64Array => {
      requireSampleSize(n);
      const cumulative: number[] = [];
      let c = 0;
      for (const w of ws) cumulative.push((c += w));
      const label = new Int32Array(n);
      const counts = new Array<number>(comps.length).fill(0);
      for (let j = 0; j < n; j++) {
        const u = rng.uniform();
        let i = 0;
        while (i < comps.length - 1 && cumulative[i] <= u) i++;
        label[j] = i;
        counts[i]++;
      }
      const draws = comps.map((m, i) => m.sample!(counts[i], rng));
      const used = new Array<number>(comps.length).fill(0);
      const out = new Float64Array(n);
      for (let j = 0; j < n; j++) out[j] = draws[label[j]][used[label[j]]++];
      return out;
    };
  return mix;
}
