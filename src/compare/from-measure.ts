import type { Measure } from "../measures/measure.js";
import { autoGrid, densityAt, densityOnGrid, supportEdges } from "../spectrum/index.js";
import { closedFormLaw, tabulatedLaw, type LawDistribution } from "./law-distribution.js";

/** Options of {@link lawDistribution}. */
export interface LawDistributionOptions {
  /** Points of the automatic grid used when the law has no closed-form cdf (default 4001). */
  readonly points?: number;
  /** Use this grid instead of the automatic one. */
  readonly grid?: ArrayLike<number>;
}

/**
 * The distribution of a Measure in the form the distances need. Closed-form laws (`cdf` and
 * `density` present, or purely atomic with `cdf`) are used exactly; any other law is tabulated:
 * its real-axis density from `spectrum.densityOnGrid` on `spectrum.autoGrid` (which resolves
 * edges and gaps), integrated by {@link tabulatedLaw}, with the atoms and `spectrum.supportEdges`.
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
  const x = options.grid ?? withSingularEdges(mu, autoGrid(mu, options.points ?? 4001), support);
  const { density } = densityOnGrid(mu, x);
  return tabulatedLaw(x, density, mu.atoms, support);
}

/**
 * Support edges where the density of `mu` is +∞ (hard edges, density ∝ |x − e|^(−1/2)), which
 * autoGrid leaves out. A tabulation should include them (density +∞) so that tabulatedLaw
 * integrates the cells beside them with that profile instead of joining the last outside point to
 * the first inside one by a straight line.
 */
export function hardEdges(mu: Measure, support: readonly (readonly [number, number])[]): number[] {
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

function withSingularEdges(mu: Measure, grid: Float64Array, support: readonly (readonly [number, number])[]): Float64Array {
  const extra = hardEdges(mu, support);
  if (extra.length === 0) return grid;
  return Float64Array.from(new Set([...grid, ...extra])).sort();
}
