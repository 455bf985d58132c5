import type { Atom } from "../measures/measure.js";
import { requireNonNegative, requireNumber } from "../core/validate.js";

/**
 * A limiting law seen as a distribution on the real line, in the form the distances need:
 * its distribution function, the density of its absolutely continuous part, its atoms and the
 * intervals carrying the continuous part.
 */
export interface LawDistribution {
  /** `F(x) = μ((−∞, x])`, right-continuous, atoms included. */
  cdf(x: number): number;
  /** Density of the absolutely continuous part (0 off its support). */
  density(x: number): number;
  /** Point masses, sorted by location. */
  readonly atoms: readonly Atom[];
  /** Sorted disjoint intervals carrying the absolutely continuous part. */
  readonly support: readonly (readonly [number, number])[];
  /** Mass of the absolutely continuous part, `1 − Σ atoms`. */
  readonly continuousMass: number;
  /** How the cdf was obtained: `"closed-form"` or `"tabulated"` (trapezoid on a density grid). */
  readonly source: "closed-form" | "tabulated";
  /**
   * For tabulated laws, the trapezoid integral of the tabulated density before it was rescaled to
   * `continuousMass` (its gap to `continuousMass` measures the tabulation error); for closed forms,
   * `continuousMass` itself.
   */
  readonly tabulatedMass: number;
}

/** Total atom mass at or below `x`. */
export function atomMassUpTo(atoms: readonly Atom[], x: number): number {
  let total = 0;
  for (const a of atoms) if (a.x <= x) total += a.mass;
  return total;
}

function checkSortedGrid(x: ArrayLike<number>, density: ArrayLike<number>): void {
  if (x.length !== density.length)
    throw new RangeError(`density must have the length of x (${x.length}), got ${density.length}`);
  for (let i = 0; i < x.length; i++) {
    requireNumber(`x[${i}]`, x[i]);
    // +∞ marks a hard edge (see tabulatedLaw); NaN and negative values are errors.
    if (density[i] !== Infinity) requireNonNegative(`density[${i}]`, density[i]);
    if (i > 0 && !(x[i] > x[i - 1])) throw new RangeError(`x must be strictly increasing, got x[${i - 1}] = ${x[i - 1]} ≥ x[${i}] = ${x[i]}`);
  }
}

/** Intervals where a tabulated density is positive (cells with a positive endpoint are joined). */
function positiveIntervals(x: ArrayLike<number>, density: ArrayLike<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i + 1 < x.length; i++) {
    const positive = density[i] > 0 || density[i + 1] > 0;
    if (positive && start < 0) start = i;
    if (!positive && start >= 0) {
      out.push([x[start], x[i]]);
      start = -1;
    }
  }
  if (start >= 0) out.push([x[start], x[x.length - 1]]);
  return out;
}

/**
 * A law from its continuous density tabulated on a grid plus its atoms.
 *
 * The density is linearly interpolated between grid points (0 outside the grid), so the continuous
 * cdf is the exact integral of that interpolant (trapezoid rule at grid points, quadratic in
 * between). The continuous part is then rescaled to mass `1 − Σ atoms`; the unscaled integral is
 * kept in `tabulatedMass`. Accuracy: O(h²) in the interior, O(h^{3/2}) in cells touching a
 * square-root edge. A density of +∞ at a grid point marks a hard edge: the cells on either side
 * follow the profile f·√(h/|t − e|) anchored at their finite end f (exact for f ∝ |t − e|^(−1/2)).
 *
 * @param x strictly increasing grid
 * @param density density of the continuous part at `x` (≥ 0)
 * @param atoms point masses (mass > 0, total ≤ 1)
 * @param support intervals of the continuous part; defaults to where the tabulated density is positive
 * @example tabulatedLaw([0, 0.5, 1], [1, 1, 1], []).cdf(0.25) // 0.25
 */
export function tabulatedLaw(
  x: ArrayLike<number>,
  density: ArrayLike<number>,
  atoms: readonly Atom[] = [],
  support?: readonly (readonly [number, number])[],
): LawDistribution {
  checkSortedGrid(x, density);
  const sortedAtoms = [...atoms].sort((a, b) => a.x - b.x);
  let atomTotal = 0;
  sortedAtoms.forEach((a, i) => {
    requireNumber(`atoms[${i}].x`, a.x);
    requireNonNegative(`atoms[${i}].mass`, a.mass);
    atomTotal += a.mass;
  });
  if (atomTotal > 1 + 1e-9) throw new RangeError(`atoms must have total mass ≤ 1, got ${atomTotal}`);
  const continuousMass = Math.max(0, 1 - atomTotal);
  const n = x.length;
  // A cell with an infinite end (a hard edge, density ∝ |t − e|^(−1/2)) follows that profile
  // anchored at its finite end f: mass 2fh. Other cells: the linear interpolant.
  const singularLeft = (i: number) => density[i] === Infinity;
  const singularRight = (i: number) => density[i + 1] === Infinity;
  const cumulative = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const h = x[i] - x[i - 1];
    const f0 = density[i - 1];
    const f1 = density[i];
    let mass: number;
    if (f0 === Infinity && f1 === Infinity) throw new RangeError(`density is +∞ at two neighbouring grid points x = ${x[i - 1]}, ${x[i]}`);
    else if (f0 === Infinity) mass = 2 * f1 * h;
    else if (f1 === Infinity) mass = 2 * f0 * h;
    else mass = 0.5 * (f0 + f1) * h;
    cumulative[i] = cumulative[i - 1] + mass;
  }
  const tabulatedMass = n > 0 ? cumulative[n - 1] : 0;
  if (continuousMass > 1e-12 && !(tabulatedMass > 0))
    throw new RangeError(`density integrates to ${tabulatedMass} on the grid but the continuous mass is ${continuousMass}`);
  const factor = tabulatedMass > 0 ? continuousMass / tabulatedMass : 0;

  const cell = (t: number): number => {
    // Largest i with x[i] ≤ t, for x[0] ≤ t < x[n-1].
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (x[mid] <= t) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const continuousDensity = (t: number): number => {
    if (n < 2 || !(t >= x[0] && t <= x[n - 1])) return 0;
    if (t === x[n - 1]) return density[n - 1] * factor;
    const i = cell(t);
    const w = x[i + 1] - x[i];
    if (t === x[i]) return density[i] * factor;
    if (singularLeft(i)) return density[i + 1] * Math.sqrt(w / (t - x[i])) * factor;
    if (singularRight(i)) return density[i] * Math.sqrt(w / (x[i + 1] - t)) * factor;
    const u = (t - x[i]) / w;
    return ((1 - u) * density[i] + u * density[i + 1]) * factor;
  };
  const continuousCdf = (t: number): number => {
    if (n < 2 || t <= x[0]) return 0;
    if (t >= x[n - 1]) return continuousMass;
    const i = cell(t);
    const h = t - x[i];
    const w = x[i + 1] - x[i];
    let within: number;
    if (singularLeft(i)) within = 2 * density[i + 1] * Math.sqrt(w * h);
    else if (singularRight(i)) within = 2 * density[i] * Math.sqrt(w) * (Math.sqrt(w) - Math.sqrt(w - h));
    else within = density[i] * h + (0.5 * (density[i + 1] - density[i]) * h * h) / w;
    return Math.min(continuousMass, (cumulative[i] + within) * factor);
  };
  return {
    cdf: (t) => Math.min(1, continuousCdf(t) + atomMassUpTo(sortedAtoms, t)),
    density: continuousDensity,
    atoms: sortedAtoms,
    support: support ?? positiveIntervals(x, density),
    continuousMass,
    source: "tabulated",
    tabulatedMass,
  };
}

/**
 * A law from closed forms: a distribution function (atoms included) and a density of the
 * continuous part.
 *
 * @example closedFormLaw({ cdf: (x) => Math.min(1, Math.max(0, x)), density: (x) => (x >= 0 && x <= 1 ? 1 : 0), atoms: [], support: [[0, 1]] })
 */
export function closedFormLaw(law: {
  cdf: (x: number) => number;
  density: (x: number) => number;
  atoms: readonly Atom[];
  support: readonly (readonly [number, number])[];
}): LawDistribution {
  const atoms = [...law.atoms].sort((a, b) => a.x - b.x);
  const continuousMass = Math.max(0, 1 - atoms.reduce((s, a) => s + a.mass, 0));
  return {
    cdf: law.cdf,
    density: law.density,
    atoms,
    support: law.support,
    continuousMass,
    source: "closed-form",
    tabulatedMass: continuousMass,
  };
}
