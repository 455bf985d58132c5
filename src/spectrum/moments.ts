import { requireInteger } from "../core/validate.js";
import type { Measure } from "../measures/measure.js";
import { integrateOverSupport } from "./integrals.js";

/**
 * Moments m_1..m_k of `mu`: exact (closed form or moment recursion: MP map, free-cumulant
 * additivity, S-transform, binomial convolution) when the measure provides them, otherwise
 * atoms plus the integral of xʲ against the real-axis density.
 *
 * @example moments(freeMul(mp(1), mp(1)), 4) // [1, 3, 12, 55]
 */
export function moments(mu: Measure, k: number): number[] {
  requireInteger("k", k, 1);
  if (mu.moment) return Array.from({ length: k }, (_, j) => mu.moment!(j + 1));
  return numericalMoments(mu, k);
}

/** Moments from the density and atoms (independent of any moment recursion). */
export function numericalMoments(mu: Measure, k: number): number[] {
  requireInteger("k", k, 1);
  return Array.from({ length: k }, (_, j) => {
    const atomsPart = mu.atoms.reduce((t, a) => t + a.mass * a.x ** (j + 1), 0);
    return atomsPart + integrateOverSupport(mu, (x) => x ** (j + 1));
  });
}
