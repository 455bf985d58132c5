import type { Atom, Measure } from "../measures/measure.js";

/**
 * The intervals carrying the absolutely continuous part of `mu`, sorted: exact for closed forms,
 * from Silverstein–Choi critical points for MP maps, from the Minkowski sum for convolutions, and
 * from a bisection of the inside/outside boundary for free convolutions (~1e-15 relative).
 *
 * @example supportEdges(mp(0.5)) // [[(1 − √0.5)², (1 + √0.5)²]]
 */
export function supportEdges(mu: Measure): [number, number][] {
  return mu.support().intervals.map(([a, b]) => [a, b]);
}

/** The atoms of `mu` (location and mass), sorted by location. */
export function atomsOf(mu: Measure): Atom[] {
  return mu.atoms.map((a) => ({ x: a.x, mass: a.mass }));
}
