import type { Measure } from "../measures/measure.js";

/**
 * The transforms continue their equations from far above the support and scan it, so an inner
 * measure must have a bounded hull. A law with unbounded support (e.g. chiSquare) can enter
 * through a discretisation of its quantiles (`empirical`).
 */
export function requireBoundedSupport(name: string, m: Measure): void {
  const [lo, hi] = m.hull;
  if (!Number.isFinite(lo) || !Number.isFinite(hi))
    throw new RangeError(
      `${name} = ${m.expr} has unbounded support (hull [${lo}, ${hi}]); transforms need a bounded one — discretise it, e.g. empirical(quantiles of ${m.expr})`,
    );
}
