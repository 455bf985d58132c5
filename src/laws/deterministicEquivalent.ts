import type { Measure } from "../measures/measure.js";
import { empirical } from "../measures/index.js";
import { renamed } from "./renamed.js";
import { requireInteger, requirePositive } from "../core/validate.js";
import { stream } from "../sim/rng/stream.js";
import { populationOperatorEigenvalues } from "./populationOperator.js";

/** Options of the finite-size deterministic equivalent of the population law (ntkQuadratic, general a). */
export interface DeterministicEquivalentOptions {
  /** Target dimension dp of the operator Q that is diagonalised (default 1600: d = p = 40 at p/d = 1). */
  readonly size?: number;
  /** Independent draws of W pooled (default 1). */
  readonly draws?: number;
  /** Seed of the Philox stream that draws W (default 0). */
  readonly seed?: number;
}

/** Dimensions d, p with d·p ≈ size and p/d ≈ pOverD (both ≥ 2). */
export function referenceDimensions(pOverD: number, size: number): { d: number; p: number } {
  const d = Math.max(2, Math.round(Math.sqrt(size / pOverD)));
  const p = Math.max(2, Math.round(pOverD * d));
  return { d, p };
}

/**
 * Deterministic equivalent of the law of the population operator Q (docs/math/ntk-quadratic.md §4):
 * the spectral law of Q at dimension d×p (d·p ≈ `size`, p/d ≈ pOverD), W standard Gaussian from a
 * seeded Philox stream, and a_l² the quantiles of ν at (l + ½)/p (deterministic). Returned as
 * the uniform law on the d·p eigenvalues (pooled over `draws`). Its distance to the limit is
 * O(1/d) (measured in docs/math/ntk-quadratic.md §4); ν must have a quantile function. Results
 * are memoised (last 8 argument sets): the law is a deterministic function of its arguments.
 */
const cache = new Map<string, Measure>();
const CACHE_SIZE = 8;

export function populationDeterministicEquivalent(
  pOverD: number,
  c: number,
  delta: number,
  nu: Measure,
  options: DeterministicEquivalentOptions = {},
): Measure {
  requirePositive("pOverD", pOverD);
  const size = requireInteger("size", options.size ?? 1600, 4);
  const draws = requireInteger("draws", options.draws ?? 1, 1);
  const seed = requireInteger("seed", options.seed ?? 0, 0);
  if (typeof nu.quantile !== "function")
    throw new TypeError(`the law of a² (${nu.expr}) needs a quantile function for the deterministic equivalent`);
  const { d, p } = referenceDimensions(pOverD, size);
  const key = `${pOverD}|${c}|${delta}|${nu.expr}|${d}|${p}|${draws}|${seed}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const a2 = new Float64Array(p);
  for (let l = 0; l < p; l++) a2[l] = nu.quantile((l + 0.5) / p);
  const all = new Float64Array(d * p * draws);
  for (let t = 0; t < draws; t++) {
    const w = stream(seed, t, 0).fillNormal(new Float64Array(d * p));
    all.set(populationOperatorEigenvalues({ d, p, w, a2, c, delta }), t * d * p);
  }
  const law = renamed(
    empirical(all),
    `ntkQuadraticPopulation({ pOverD: ${pOverD}, c: ${c}, delta: ${delta}, a2: ${nu.expr}, d: ${d}, p: ${p}, draws: ${draws}, seed: ${seed} })`,
  );
  // The same arguments give the same (deterministic) law: keep the last few, they cost seconds.
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, law);
  return law;
}
