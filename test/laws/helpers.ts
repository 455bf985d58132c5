import type { Measure } from "../../src/measures/measure.js";
import { tabulatedLaw, ksDistance, histogramL1, type LawDistribution } from "../../src/compare/index.js";
import { simulate, type SimulationResult } from "../../src/sim/index.js";
import type { MatrixModel } from "../../src/sim/models/types.js";

/**
 * The law's density from its boundary values Im s(x + i0)/π on a grid over its hull clustered at
 * both ends (x = lo + w(1 − cos πi/m)/2, so square-root and 1/√x edges are integrated well), as
 * a tabulated LawDistribution with the law's atoms (density 0 at the two ends).
 */
export function tabulate(law: Measure, points = 300): LawDistribution {
  const [lo, hi] = law.hull;
  const width = hi - lo;
  const xs: number[] = [];
  const ds: number[] = [];
  for (let i = 0; i <= points; i++) {
    let x = lo + (width * (1 - Math.cos((Math.PI * i) / points))) / 2;
    if (x === 0 || law.atoms.some((a) => Math.abs(a.x - x) < 1e-9 * Math.max(1, width))) x += 1e-7 * width;
    if (i > 0 && x <= xs[xs.length - 1]) continue;
    xs.push(x);
    // At the hull's ends the density is 0 or an integrable singularity (a 1/√x hard edge):
    // taking 0 there costs O(√h) of mass in the first cell, restored by the rescaling to the
    // continuous mass.
    ds.push(i === 0 || i === points ? 0 : Math.max(0, law.stieltjes({ re: x, im: 0 }).im / Math.PI));
  }
  return tabulatedLaw(xs, ds, law.atoms);
}

/** Largest x (on a fine grid of the hull) where the tabulated density exceeds 1e-6 of its maximum. */
export function upperEdge(tab: LawDistribution, hull: readonly [number, number]): number {
  const [lo, hi] = hull;
  const m = 2000;
  let max = 0;
  const ds: number[] = [];
  for (let i = 0; i <= m; i++) ds.push(tab.density(lo + ((hi - lo) * i) / m));
  for (const v of ds) max = Math.max(max, v);
  let top = lo;
  ds.forEach((v, i) => {
    if (v > 1e-6 * max) top = lo + ((hi - lo) * i) / m;
  });
  const atomTop = Math.max(-Infinity, ...tab.atoms.map((a) => a.x));
  return Math.max(top, atomTop);
}

/**
 * Pools the trials' eigenvalues after removing, per trial, the `count` largest, then up to `extra`
 * more that lie above `edge`·1.05 (outliers allowed by the prediction). Returns the bulk and the
 * number removed per trial.
 */
export function bulkOf(res: SimulationResult, count: number, extra = 0, edge = Infinity): { bulk: Float64Array; removed: number[] } {
  const out: number[] = [];
  const removed: number[] = [];
  for (const t of res.trials) {
    const e = Array.from(t.eigenvalues).sort((a, b) => a - b);
    let keep = e.length - count;
    while (extra > 0 && keep > 0 && e.length - keep < count + extra && e[keep - 1] > edge * 1.05) keep--;
    removed.push(e.length - keep);
    out.push(...e.slice(0, keep));
  }
  return { bulk: Float64Array.from(out).sort(), removed };
}

/** Number of eigenvalues of each trial above `edge`·(1 + margin). */
export function countAbove(res: SimulationResult, edge: number, margin = 0.05): number[] {
  return res.trials.map((t) => Array.from(t.eigenvalues).filter((x) => x > edge * (1 + margin)).length);
}

/** Runs a model on the float64 wasm64 backend with a fixed seed. */
export function run<P>(model: MatrixModel<P>, params: P, trials: number, seed: number): Promise<SimulationResult> {
  return simulate(model, params, { trials, seed, backend: "wasm64" });
}

/** KS statistic and histogram-L1 distance between eigenvalues and a tabulated law. */
export function distances(eigs: ArrayLike<number>, law: LawDistribution): { ks: number; l1: number } {
  return { ks: ksDistance(eigs, law).statistic, l1: histogramL1(eigs, law).distance };
}

/**
 * Size-calibrated thresholds. For the quadratic scaling the finite-size error is set by the small
 * dimension (the m0 part and the edges move by O(1/√p)); for the linear scaling by n. Thresholds
 * are cKs/√size for KS and cL1/√size for L1 (the constants were measured with scripts/laws-table.ts
 * at these sizes and carry a margin of about 2 over the measured values, see docs/laws.md).
 */
export function sizeThreshold(size: number, c: number): number {
  return c / Math.sqrt(size);
}
