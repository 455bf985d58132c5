import type { Route } from "./types.js";

/**
 * Relative weight of a symmetric eigenvalue problem of size m (≈ c·m³ multiply-adds) against
 * matrix formation (multiply-adds as counted by the models). Householder tridiagonalisation is
 * (4/3)m³ flops at lower throughput than a product; 3 is a measured-order estimate.
 */
export const EIGEN_WEIGHT = 3;

/**
 * Whether to take the Gram route (a `small`×`small` matrix plus zeros) rather than the n×n
 * matrix: forced by `route`, else by the estimated cost formation + EIGEN_WEIGHT·size³.
 */
export function useGramRoute(route: Route, n: number, small: number, directFormation: number, gramFormation: number): boolean {
  if (route === "gram") {
    if (small > n) throw new RangeError(`route "gram" needs a Gram size ≤ n, got ${small} > n = ${n}`);
    return true;
  }
  if (route === "direct" || small >= n) return false;
  return gramFormation + EIGEN_WEIGHT * small ** 3 < directFormation + EIGEN_WEIGHT * n ** 3;
}
