import type { Complex } from "../core/complex.js";
import type { RandomSource } from "../core/random.js";
import { MASS_TOLERANCE, requireClosedUpperHalfPlane, requireNonNegative, requireNumber } from "../core/validate.js";
import { formatArray, formatNumber } from "./format.js";
import type { Atom, Measure, Support } from "./measure.js";

/**
 * A purely atomic probability measure Σ wᵢ δ_{xᵢ}.
 * Stieltjes transform (docs/design.md §1) s(z) = Σ wᵢ/(xᵢ − z), s′(z) = Σ wᵢ/(xᵢ − z)²; on the real axis
 * the boundary value is real (exactly) away from the atoms and infinite at an atom (RangeError).
 */
class AtomicMeasure implements Measure {
  readonly atoms: readonly Atom[];
  readonly continuousMass = 0;
  readonly hull: readonly [number, number];
  private readonly xs: Float64Array;
  private readonly ws: Float64Array;
  private readonly cumulative: Float64Array;

  constructor(
    readonly expr: string,
    xs: Float64Array,
    ws: Float64Array,
  ) {
    this.xs = xs;
    this.ws = ws;
    this.atoms = Object.freeze(Array.from(xs, (x, i) => Object.freeze({ x, mass: ws[i] })));
    this.hull = Object.freeze([xs[0], xs[xs.length - 1]]) as readonly [number, number];
    this.cumulative = new Float64Array(xs.length);
    let c = 0;
    for (let i = 0; i < xs.length; i++) {
      c += ws[i];
      this.cumulative[i] = c;
    }
    this.cumulative[xs.length - 1] = 1;
  }

  stieltjes(z: Complex): Complex {
    requireClosedUpperHalfPlane("z", z);
    const y = z.im;
    let re = 0;
    let im = 0;
    for (let i = 0; i < this.xs.length; i++) {
      const d = this.xs[i] - z.re;
      const q = d * d + y * y;
      if (q === 0) throw new RangeError(`z = ${z.re}: s(x + i0) is infinite at an atom of ${this.expr}`);
      re += (this.ws[i] * d) / q;
      im += (this.ws[i] * y) / q;
    }
    return { re, im };
  }

  stieltjesDerivative(z: Complex): Complex {
    requireClosedUpperHalfPlane("z", z);
    const y = z.im;
    let re = 0;
    let im = 0;
    for (let i = 0; i < this.xs.length; i++) {
      // 1/(d − iy)² = (d + iy)²/(d² + y²)²
      const d = this.xs[i] - z.re;
      const q = d * d + y * y;
      if (q === 0) throw new RangeError(`z = ${z.re}: s′(x + i0) is infinite at an atom of ${this.expr}`);
      const w = this.ws[i] / (q * q);
      re += w * (d * d - y * y);
      im += w * 2 * d * y;
    }
    return { re, im };
  }

  /** s(z) and s′(z) in one pass over the atoms. */
  stieltjesWithDerivative(z: Complex): { s: Complex; ds: Complex } {
    requireClosedUpperHalfPlane("z", z);
    const y = z.im;
    let re = 0;
    let im = 0;
    let dre = 0;
    let dim = 0;
    for (let i = 0; i < this.xs.length; i++) {
      const d = this.xs[i] - z.re;
      const q = d * d + y * y;
      if (q === 0) throw new RangeError(`z = ${z.re}: s(x + i0) is infinite at an atom of ${this.expr}`);
      const w = this.ws[i] / q;
      re += w * d;
      im += w * y;
      const w2 = w / q;
      dre += w2 * (d * d - y * y);
      dim += w2 * 2 * d * y;
    }
    return { s: { re, im }, ds: { re: dre, im: dim } };
  }

  support(): Support {
    return { intervals: [], exact: true };
  }

  moment(k: number): number {
    requireMomentOrder(k);
    let m = 0;
    for (let i = 0; i < this.xs.length; i++) m += this.ws[i] * this.xs[i] ** k;
    return m;
  }

  /** The absolutely continuous part is zero. */
  density(x: number): number {
    requireNumber("x", x);
    return 0;
  }

  cdf(x: number): number {
    if (Number.isNaN(x)) throw new RangeError(`x must be a number, got NaN`);
    const i = upperBound(this.xs, x); // number of atoms ≤ x
    return i === 0 ? 0 : this.cumulative[i - 1];
  }

  quantile(p: number): number {
    requireProbability(p);
    if (p === 0) return this.xs[0];
    // first index with cumulative ≥ p
    let lo = 0;
    let hi = this.xs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] >= p) hi = mid;
      else lo = mid + 1;
    }
    return this.xs[lo];
  }

  sample(n: number, rng: RandomSource): Float64Array {
    const out = new Float64Array(requireSampleSize(n));
    for (let j = 0; j < n; j++) {
      const u = rng.uniform();
      // first index with cumulative > u
      let lo = 0;
      let hi = this.xs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cumulative[mid] > u) hi = mid;
        else lo = mid + 1;
      }
      out[j] = this.xs[lo];
    }
    return out;
  }
}

/** Number of entries of the sorted array `xs` that are ≤ x. */
function upperBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Moment orders are non-negative integers. */
export function requireMomentOrder(k: number): void {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be an integer ≥ 0, got ${k}`);
}

/** Probabilities for quantiles lie in [0, 1]. */
export function requireProbability(p: number): void {
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) throw new RangeError(`p must lie in [0, 1], got ${p}`);
}

/** Sample sizes are non-negative integers. */
export function requireSampleSize(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer ≥ 0, got ${n}`);
  return n;
}

/**
 * Sorts locations, merges equal ones, drops zero masses and rescales the masses to sum exactly to 1.
 * Throws a RangeError when the masses do not sum to 1 within MASS_TOLERANCE.
 */
function normalizeAtoms(x: ArrayLike<number>, w: ArrayLike<number>, xName: string, wName: string): [Float64Array, Float64Array] {
  if (x.length !== w.length)
    throw new RangeError(`${xName} and ${wName} must have the same length, got ${x.length} and ${w.length}`);
  if (x.length === 0) throw new RangeError(`${xName} must contain at least one location, got []`);
  const order: number[] = [];
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    requireNumber(`${xName}[${i}]`, x[i]);
    requireNonNegative(`${wName}[${i}]`, w[i]);
    total += w[i];
    order.push(i);
  }
  if (!(Math.abs(total - 1) <= MASS_TOLERANCE))
    throw new RangeError(`${wName} must sum to 1 (a probability measure), got total ${total}`);
  order.sort((i, j) => x[i] - x[j]);
  const xs: number[] = [];
  const ws: number[] = [];
  for (const i of order) {
    if (w[i] === 0) continue;
    const xi = x[i] === 0 ? 0 : x[i]; // −0 and 0 are one location
    if (xs.length > 0 && xs[xs.length - 1] === xi) ws[ws.length - 1] += w[i];
    else {
      xs.push(xi);
      ws.push(w[i]);
    }
  }
  return [Float64Array.from(xs), Float64Array.from(ws, (wi) => wi / total)];
}

/**
 * The discrete probability measure Σᵢ wᵢ δ_{xᵢ}.
 *
 * Equal locations are merged, zero weights dropped, and the weights rescaled to sum exactly to 1;
 * they must be ≥ 0 and sum to 1 within 1e-9, else a RangeError. Stieltjes transform
 * s(z) = Σ wᵢ/(xᵢ − z) (docs/design.md §1), exact to rounding; the boundary value s(x + i0) is real off
 * the atoms and a RangeError at an atom. No absolutely continuous part (`density` is 0).
 *
 * @param x locations (finite)
 * @param w weights (≥ 0, sum 1)
 * @example atoms([1, 4], [0.5, 0.5]).stieltjes({ re: 0, im: 1 }) // ½/(1 − i) + ½/(4 − i)
 */
export function atoms(x: ArrayLike<number>, w: ArrayLike<number>): Measure {
  if (x === null || typeof x !== "object" || typeof x.length !== "number")
    throw new TypeError(`x must be an array of numbers, got ${String(x)}`);
  if (w === null || typeof w !== "object" || typeof w.length !== "number")
    throw new TypeError(`w must be an array of numbers, got ${String(w)}`);
  const [xs, ws] = normalizeAtoms(x, w, "x", "w");
  return new AtomicMeasure(`atoms(${formatArray(xs)}, ${formatArray(ws)})`, xs, ws);
}

/**
 * The point mass δ_x (default x = 0). s(z) = 1/(x − z).
 * @example dirac(1).stieltjes({ re: 0, im: 1 }) // 1/(1 − i) = 0.5 + 0.5i
 */
export function dirac(x = 0): Measure {
  requireNumber("x", x);
  const x0 = x === 0 ? 0 : x;
  return new AtomicMeasure(`dirac(${formatNumber(x0)})`, Float64Array.of(x0), Float64Array.of(1));
}

/**
 * The empirical measure (1/n) Σ δ_{xᵢ} of samples (e.g. eigenvalues); equal values are merged into
 * one atom of mass (multiplicity)/n.
 * @example empirical([0, 1, 1]).atoms // [{x: 0, mass: 1/3}, {x: 1, mass: 2/3}]
 */
export function empirical(samples: ArrayLike<number>): Measure {
  if (samples === null || typeof samples !== "object" || typeof samples.length !== "number")
    throw new TypeError(`samples must be an array of numbers, got ${String(samples)}`);
  const n = samples.length;
  if (n === 0) throw new RangeError(`samples must contain at least one value, got []`);
  const w = new Float64Array(n).fill(1 / n);
  const [xs, ws] = normalizeAtoms(samples, w, "samples", "weights");
  return new AtomicMeasure(`empirical(${formatArray(samples)})`, xs, ws);
}
