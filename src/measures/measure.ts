import type { Complex } from "../core/complex.js";
import type { RandomSource } from "../core/random.js";

/** A point mass `mass · δ_x`. */
export interface Atom {
  readonly x: number;
  readonly mass: number;
}

/** Where the absolutely continuous part of a measure lives. */
export interface Support {
  /** Sorted, disjoint closed intervals carrying the absolutely continuous part (empty if none). */
  readonly intervals: readonly (readonly [number, number])[];
  /** `true` when the intervals are exactly the support; `false` when they only enclose it. */
  readonly exact: boolean;
  /**
   * Interior points of the intervals where the density is not smooth (sums of edges in a
   * convolution, component edges in a mixture); integrals over the density split there.
   */
  readonly breakpoints?: readonly number[];
}

/**
 * A probability measure on the real line, known through its Stieltjes transform.
 *
 * Convention (docs/design.md §1): `s(z) = ∫ dμ(x) / (x − z)` for `z` in the upper half plane; `s` maps
 * C⁺ to C⁺ and `s(z) ~ −1/z` at infinity. The density of the absolutely continuous part is
 * `Im s(x + i0) / π`. Every transform in `transforms/` returns a Measure, so laws compose.
 */
export interface Measure {
  /** An expression that rebuilds this measure, e.g. `mpMap(0.5, atoms([1,4],[0.5,0.5]))`. */
  readonly expr: string;
  /**
   * Stieltjes transform `s(z) = ∫ dμ(x)/(x − z)` for `Im z ≥ 0`. At `Im z = 0` it returns the
   * boundary value `s(x + i0)` (throws a RangeError at an atom, where it is infinite).
   */
  stieltjes(z: Complex): Complex;
  /** `s′(z) = ∫ dμ(x)/(x − z)²`, same domain as `stieltjes`. */
  stieltjesDerivative(z: Complex): Complex;
  /** `s(z)` and `s′(z)` together, where one solve or one quadrature gives both (composites). */
  stieltjesWithDerivative?(z: Complex): { s: Complex; ds: Complex };
  /** Point masses, sorted by location, masses > 0. */
  readonly atoms: readonly Atom[];
  /** Mass of the absolutely continuous part, `1 − Σ atoms` (0 for a purely atomic measure). */
  readonly continuousMass: number;
  /** A closed interval that contains the whole support, atoms included. Cheap to read. */
  readonly hull: readonly [number, number];
  /** Support of the absolutely continuous part (exact for closed forms; computed for composites). */
  support(): Support;
  /** `∫ xᵏ dμ` exactly (closed form or recursion), where available. */
  moment?(k: number): number;
  /** Closed-form density of the absolutely continuous part, where known. */
  density?(x: number): number;
  /** Closed-form distribution function `μ((−∞, x])`, where known. */
  cdf?(x: number): number;
  /** Closed-form quantile `inf{x : cdf(x) ≥ p}`, where known. */
  quantile?(p: number): number;
  /** `n` independent draws, where a sampler is known. */
  sample?(n: number, rng: RandomSource): Float64Array;
}
