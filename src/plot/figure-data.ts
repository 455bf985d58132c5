import type { Atom } from "../measures/measure.js";
import { requireInteger, requireNumber } from "../core/validate.js";

/** One limiting law drawn on a figure: its density on a grid, its atoms and its support edges. */
export interface LawCurve {
  /** Legend entry, e.g. the law expression `mp(0.5)`. */
  readonly label: string;
  /** Increasing grid. */
  readonly x: ArrayLike<number>;
  /** Density of the absolutely continuous part at `x`. */
  readonly density: ArrayLike<number>;
  /** Point masses, drawn as spikes labelled with their mass. */
  readonly atoms?: readonly Atom[];
  /** Support intervals of the continuous part, whose endpoints are drawn as dashed rules. */
  readonly support?: readonly (readonly [number, number])[];
}

/** Simulated eigenvalues drawn as a density histogram. */
export interface EigenvalueSample {
  readonly values: ArrayLike<number>;
  /** Legend entry (default `"simulation (n = …)"`). */
  readonly label?: string;
  /** Number of bins over the plotted range (default `clamp(⌈√n⌉, 20, 120)`). */
  readonly bins?: number;
}

/** Rows of the figure's data sets and its scale domains, computed once in plain numbers. */
export interface FigureData {
  readonly curves: { series: string; x: number; density: number }[];
  readonly bars: { series: string; x0: number; x1: number; height: number; count: number }[];
  readonly atoms: { series: string; x: number; mass: number; top: number; label: string; side: "left" | "right" }[];
  readonly edges: { series: string; x: number; edge: string }[];
  readonly xDomain: [number, number];
  readonly yMax: number;
  /** Eigenvalues left off the plotted x range (far outliers). */
  readonly offPlot: { below: number; above: number };
  readonly seriesOrder: string[];
}

const finite = (v: number, name: string): number => requireNumber(name, v);

/** A robust top for a density that may diverge at a hard edge: the 99th percentile × 1.3 when the maximum is far above it. */
function densityTop(density: ArrayLike<number>): number {
  const sorted = Float64Array.from(density).filter((d) => Number.isFinite(d)).sort();
  if (sorted.length === 0) return 0;
  const max = sorted[sorted.length - 1];
  const p99 = sorted[Math.floor(0.99 * (sorted.length - 1))];
  return max > 3 * p99 && p99 > 0 ? 1.3 * p99 : max;
}

/**
 * Computes the data of a density figure: density rows, histogram bars (eigenvalues on an atom
 * of a drawn law excluded from the bars and reported in the atom's label instead; bars
 * normalised by all n eigenvalues so they compare with the continuous density), atom spikes,
 * support edges, and the axis ranges.
 *
 * The x range is the laws' support and atoms padded by 5%, widened to take in eigenvalues up to
 * 25% of that width beyond it; farther eigenvalues are counted in `offPlot`.
 */
export function figureData(curves: readonly LawCurve[], sample?: EigenvalueSample, atomTolerance?: number): FigureData {
  const seriesOrder: string[] = [];
  const curveRows: FigureData["curves"] = [];
  const atomRows: FigureData["atoms"] = [];
  const edgeRows: FigureData["edges"] = [];
  let lawLo = Infinity;
  let lawHi = -Infinity;
  let densityMax = 0;
  curves.forEach((c, k) => {
    if (c.x.length !== c.density.length) throw new RangeError(`curves[${k}].density must have the length of x (${c.x.length}), got ${c.density.length}`);
    if (seriesOrder.includes(c.label)) throw new RangeError(`curves[${k}].label must be unique, got ${JSON.stringify(c.label)} twice`);
    seriesOrder.push(c.label);
    // A purely atomic law has no density to draw (its zero line would only hide the axis).
    const drawLine = Array.prototype.some.call(c.density, (d: number) => d !== 0);
    for (let i = 0; i < c.x.length; i++) {
      const x = finite(c.x[i], `curves[${k}].x[${i}]`);
      const d = c.density[i];
      // +∞ is a legitimate density value at a hard edge (e.g. mp(1) at 0); such points are not drawn.
      if (d === Infinity) continue;
      finite(d, `curves[${k}].density[${i}]`);
      if (d < 0) throw new RangeError(`curves[${k}].density[${i}] must be ≥ 0, got ${d}`);
      if (drawLine) curveRows.push({ series: c.label, x, density: d });
      if (d > 0) {
        lawLo = Math.min(lawLo, x);
        lawHi = Math.max(lawHi, x);
      }
    }
    densityMax = Math.max(densityMax, densityTop(c.density));
    for (const [a, b] of c.support ?? []) {
      edgeRows.push({ series: c.label, x: a, edge: "lower edge" }, { series: c.label, x: b, edge: "upper edge" });
      lawLo = Math.min(lawLo, a);
      lawHi = Math.max(lawHi, b);
    }
    for (const a of c.atoms ?? []) {
      lawLo = Math.min(lawLo, a.x);
      lawHi = Math.max(lawHi, a.x);
    }
  });

  const values = sample ? Float64Array.from(sample.values, (v, i) => finite(v, `eigenvalues[${i}]`)).sort() : new Float64Array(0);
  if (sample && values.length === 0) throw new RangeError("sample.values must not be empty, got length 0");
  if (!Number.isFinite(lawLo)) {
    lawLo = values.length ? values[0] : 0;
    lawHi = values.length ? values[values.length - 1] : 1;
  }
  if (!(lawHi > lawLo)) {
    lawLo -= 0.5 * Math.max(1, Math.abs(lawLo));
    lawHi += 0.5 * Math.max(1, Math.abs(lawHi));
  }
  const width = lawHi - lawLo;
  let lo = lawLo - 0.05 * width;
  let hi = lawHi + 0.05 * width;
  const reach = 0.25 * width;
  for (const v of values) {
    if (v < lo && v >= lawLo - reach) lo = v - 0.01 * width;
    if (v > hi && v <= lawHi + reach) hi = v + 0.01 * width;
  }

  const allAtoms = curves.flatMap((c) => c.atoms ?? []);
  const tol = atomTolerance ?? 1e-6 * Math.max(1, Math.abs(lo), Math.abs(hi));
  const onAtom = (v: number): number => allAtoms.findIndex((a) => Math.abs(v - a.x) <= tol);
  const atomCounts = new Map<number, number>();
  const continuous: number[] = [];
  let below = 0;
  let above = 0;
  for (const v of values) {
    const k = onAtom(v);
    if (k >= 0) atomCounts.set(allAtoms[k].x, (atomCounts.get(allAtoms[k].x) ?? 0) + 1);
    else if (v < lo) below++;
    else if (v > hi) above++;
    else continuous.push(v);
  }

  const bars: FigureData["bars"] = [];
  let barMax = 0;
  if (sample) {
    const label = sample.label ?? `simulation (n = ${values.length})`;
    seriesOrder.push(label);
    const bins = requireInteger("bins", sample.bins ?? Math.min(120, Math.max(20, Math.ceil(Math.sqrt(values.length)))), 1);
    // Bins cover the range spanned by the plotted non-atom eigenvalues.
    let b0 = continuous.length ? continuous[0] : lawLo;
    let b1 = continuous.length ? continuous[continuous.length - 1] : lawHi;
    if (!(b1 > b0)) {
      b0 -= 0.01 * width;
      b1 += 0.01 * width;
    }
    const w = (b1 - b0) / bins;
    const counts = new Array<number>(bins).fill(0);
    for (const v of continuous) counts[Math.min(bins - 1, Math.floor((v - b0) / w))]++;
    counts.forEach((count, k) => {
      const height = count / (values.length * w);
      barMax = Math.max(barMax, height);
      bars.push({ series: label, x0: b0 + k * w, x1: k + 1 === bins ? b1 : b0 + (k + 1) * w, height, count });
    });
  }

  // Only atoms and no histogram: nothing sets a density scale, so the spikes use [0, 1].
  const yMax = Math.max(densityMax, barMax) > 0 ? 1.08 * Math.max(densityMax, barMax) : 1;
  curves.forEach((c) => {
    for (const a of c.atoms ?? []) {
      const empirical = sample ? (atomCounts.get(a.x) ?? 0) / values.length : undefined;
      atomRows.push({
        series: c.label,
        x: a.x,
        mass: a.mass,
        top: yMax * Math.min(0.92, 0.3 + 0.62 * a.mass),
        label: `mass ${formatMass(a.mass)}` + (empirical === undefined ? "" : ` (sim ${formatMass(empirical)})`),
        // Labels of atoms in the right third are written leftwards so they stay inside the plot.
        side: a.x > lo + (2 / 3) * (hi - lo) ? "left" : "right",
      });
    }
  });
  return { curves: curveRows, bars, atoms: atomRows, edges: edgeRows, xDomain: [lo, hi], yMax, offPlot: { below, above }, seriesOrder };
}

function formatMass(m: number): string {
  return Number(m.toPrecision(3)).toString();
}
