import type { Measure } from "../measures/measure.js";
import { autoGrid, densityOnGrid, supportEdges } from "../spectrum/index.js";
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
  const x = options.grid ?? autoGrid(mu, options.points ?? 4001);
  const { density } = densityOnGrid(mu, x);
  return tabulatedLaw(x, density, mu.atoms, support);
}
