import { cachedGaussLegendre } from "../core/gaussRules.js";

/** n-point Gauss–Legendre rule mapped to [0, 1] (nodes ascending), for short smooth tail integrals. */
export function legendreRule(n: number): { x: Float64Array; w: Float64Array } {
  const { nodes, weights } = cachedGaussLegendre(n);
  return { x: Float64Array.from(nodes, (t) => 0.5 * (t + 1)), w: Float64Array.from(weights, (w) => 0.5 * w) };
}
