import type { Measure } from "../measures/measure.js";
import { autoGrid, densityAt, densityOnGrid, supportEdges } from "../spectrum/index.js";
import { closedFormLaw, tabulatedLaw, type LawDistribution } from "./law-distribution.js";

/** Options of {@link lawDistribution}. */
export interface LawDistributionOptions {
  /** Points of the automatic grid used when the law has no closed-form cdf (default 4001). */
  readonly points?: number;
  /** Use this grid instead of the automatic one. */
  readonly grid?: ArrayLike<number>;
  /** The density already computed on `grid` (same length), so that it is not evaluated again. */
  readonly density?: ArrayLike<number>;
}

/**
 * The distribution of a Measure in the form the distances need. Closed-form laws (`cdf` and
 * `density` present, or purely atomic with `cdf`) are used exactly; any other law is tabulated:
 * its real-axis density from `spectrum.densityOnGrid` on `spectrum.autoGrid` (which resolves
 * edges and gaps), integrated by {@link tabulatedLaw}, with the atoms and `spectrum.supportEdges`.
 * Hard edges (density +∞, which grids leave out) are added to the grid so that the cells beside
 * them are integrated with the x^(−1/2) profile.
 *
 * @example ksDistance(eigenvalues, lawDistribution(mpMap(0.5, dirac(1)))).statistic
 */
export function lawDistribution(mu: Measure, options: LawDistributionOptions = {}): LawDistribution {
  const support = supportEdges(mu).map(([a, b]) => [a, b] as const);
  if (mu.cdf && (mu.density || mu.continuousMass === 0)) {
    const cdf = mu.cdf.bind(mu);
    const density = mu.density ? mu.density.bind(mu) : () => 0;
    return closedFormLaw({ cdf, density, atoms: mu.atoms, support });
  }
  if (options.density !== undefined && options.grid === undefined) throw new RangeError("density needs the grid it was computed on");
  const grid = options.grid ?? autoGrid(mu, options.points ?? 4001);
  const density = options.density ?? densityOnGrid(mu, grid).density;
  if (density.length !== grid.length) throw new RangeError(`density must have the length of grid (${grid.length}), got ${density.length}`);
  const extra = hardEdges(mu, support).filter((e) => !Array.prototype.includes.call(grid, e));
  if (extra.length === 0) return tabulatedLaw(grid, density, mu.atoms, support);
  const points = [...Array.from(grid, (x, i) => [x, density[i]]), ...extra.map((e) => [e, Infinity])].sort((p, q) => p[0] - q[0]);
  return tabulatedLaw(
    points.map((q) => q[0]),
    points.map((q) => q[1]),
    mu.atoms,
    support,
  );
}

/**
 * Support edges where the density of `mu` is +∞ (hard edges, density ∝ |x − e|^(−1/2)), which
 * autoGrid leaves out. A tabulation should include them (density +∞) so that tabulatedLaw
 * integrates the cells beside them with that profile instead of joining the last outside point to
 * the first inside one by a straight line.
 */
function hardEdges(mu: Measure, support: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  for (const e of support.flat()) {
    try {
      if (densityAt(mu, e).density === Infinity) out.push(e);
    } catch {
      // an edge where the law cannot be evaluated (an atom): not a hard edge of the density
    }
  }
  return out;
}
