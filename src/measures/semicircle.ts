import type { Complex } from "../core/complex.js";
import { sqrt } from "../core/complex.js";
import type { RandomSource } from "../core/random.js";
import { requireClosedUpperHalfPlane, requireNumber, requirePositive } from "../core/validate.js";
import { requireMomentOrder, requireProbability, requireSampleSize } from "./atoms.js";
import { formatNumber } from "./format.js";
import { invertCdf } from "./invertCdf.js";
import type { Atom, Measure, Support } from "./measure.js";
import { xMinusSin } from "./xMinusSin.js";

/**
 * Wigner semicircle law with variance σ² and centre m: density √(4σ² − (x−m)²)/(2πσ²) on
 * [m − 2σ, m + 2σ]. With u = z − m, r = 2σ, its Stieltjes transform is the root of
 * σ² s² + u s + 1 = 0 with s ~ −1/u (Anderson, Guionnet & Zeitouni, An Introduction to Random
 * Matrices, 2010, §2.4):
 *   s = (−u + R)/(2σ²) = −2/(u + R),   R = √(u − r)·√(u + r)  (principal roots, R ~ u),
 * the second form having no cancellation anywhere in the closed upper half plane.
 */
class Semicircle implements Measure {
  readonly expr: string;
  readonly atoms: readonly Atom[] = Object.freeze([]);
  readonly continuousMass = 1;
  readonly hull: readonly [number, number];
  private readonly radius: number;

  constructor(
    readonly variance: number,
    readonly center: number,
  ) {
    this.expr =
      center === 0
        ? variance === 1
          ? "semicircle()"
          : `semicircle(${formatNumber(variance)})`
        : `semicircle(${formatNumber(variance)}, ${formatNumber(center)})`;
    this.radius = 2 * Math.sqrt(variance);
    this.hull = Object.freeze([center - this.radius, center + this.radius]) as readonly [number, number];
  }

  private sAndR(z: Complex): [number, number, number, number] {
    const ure = z.re - this.center;
    const sa = sqrt({ re: ure - this.radius, im: z.im });
    const sb = sqrt({ re: ure + this.radius, im: z.im });
    const Rre = sa.re * sb.re - sa.im * sb.im;
    const Rim = sa.re * sb.im + sa.im * sb.re;
    const Dre = ure + Rre;
    const Dim = z.im + Rim;
    const q = Dre * Dre + Dim * Dim;
    return [(-2 * Dre) / q, (2 * Dim) / q, Rre, Rim];
  }

  /** s(z) for Im z ≥ 0 (boundary values: real off the support, Im = π·density on it; finite at the edges). ~1e-15 relative. */
  stieltjes(z: Complex): Complex {
    requireClosedUpperHalfPlane("z", z);
    const [re, im] = this.sAndR(z);
    return { re, im };
  }

  /** s′(z) = −s/R; RangeError at the edges on the real axis (where it is infinite). */
  stieltjesDerivative(z: Complex): Complex {
    return this.stieltjesWithDerivative(z).ds;
  }

  /** s(z) and s′(z) = −s/R from one evaluation of R. */
  stieltjesWithDerivative(z: Complex): { s: Complex; ds: Complex } {
    requireClosedUpperHalfPlane("z", z);
    const [sre, sim, Rre, Rim] = this.sAndR(z);
    const q = Rre * Rre + Rim * Rim;
    if (q === 0) throw new RangeError(`z = ${z.re}: s′(x + i0) is infinite at an edge of ${this.expr}`);
    return { s: { re: sre, im: sim }, ds: { re: -(sre * Rre + sim * Rim) / q, im: -(sim * Rre - sre * Rim) / q } };
  }

  support(): Support {
    return { intervals: [[this.hull[0], this.hull[1]]], exact: true };
  }

  /** E xᵏ = Σ_j C(k, 2j) m^{k−2j} Cat(j) σ^{2j} (Catalan numbers for the centred law). */
  moment(k: number): number {
    requireMomentOrder(k);
    let sum = 0;
    let catalan = 1; // Cat(j)
    let binom = 1; // C(k, 2j)
    for (let j = 0; 2 * j <= k; j++) {
      sum += binom * this.center ** (k - 2 * j) * catalan * this.variance ** j;
      binom *= ((k - 2 * j) * (k - 2 * j - 1)) / ((2 * j + 1) * (2 * j + 2));
      catalan *= (2 * (2 * j + 1)) / (j + 2);
    }
    return sum;
  }

  density(x: number): number {
    requireNumber("x", x);
    const u = x - this.center;
    const r = this.radius;
    if (!(u > -r && u < r)) return 0;
    return Math.sqrt((r - u) * (r + u)) / (2 * Math.PI * this.variance);
  }

  /**
   * F = (2φ − sin 2φ)/(2π) for u ≤ 0 and 1 − (2φ − sin 2φ)/(2π) for u > 0, with
   * φ = acos(|u|/r) = 2 asin √((r − |u|)/(2r)); relatively accurate in both tails.
   */
  cdf(x: number): number {
    if (Number.isNaN(x)) throw new RangeError(`x must be a number, got NaN`);
    const u = x - this.center;
    const r = this.radius;
    if (u <= -r) return 0;
    if (u >= r) return 1;
    const phi = 2 * Math.asin(Math.sqrt((r - Math.abs(u)) / (2 * r)));
    const tail = xMinusSin(2 * phi) / (2 * Math.PI);
    return u <= 0 ? tail : 1 - tail;
  }

  /** inf{x : cdf(x) ≥ p} by safeguarded Newton on the closed-form cdf (≈ few ulps). */
  quantile(p: number): number {
    requireProbability(p);
    const [lo, hi] = this.hull;
    if (p === 0) return lo;
    if (p === 1) return hi;
    return invertCdf(p, (x) => this.cdf(x), (x) => this.density(x), lo, hi, hi - lo);
  }

  /** Exact sampling by inversion of the cdf. */
  sample(n: number, rng: RandomSource): Float64Array {
    const out = new Float64Array(requireSampleSize(n));
    for (let i = 0; i < n; i++) out[i] = this.quantile(rng.uniform());
    return out;
  }
}

/**
 * Wigner's semicircle law with the given variance σ² and centre m, supported on [m − 2σ, m + 2σ]:
 * the limit spectrum of (1/√n)·(GOE/GUE) scaled to variance σ². Closed-form Stieltjes transform
 * (docs/design.md §1 convention), density, cdf, quantile and moments (Catalan numbers), ~1e-15 relative.
 *
 * @param variance σ² > 0 (default 1)
 * @param center m (default 0)
 * @example semicircle().stieltjes({ re: 0, im: 0 }) // { re: 0, im: 1 } = iπ·(1/π)
 */
export function semicircle(variance = 1, center = 0): Measure {
  requirePositive("variance", variance);
  requireNumber("center", center);
  return new Semicircle(variance, center);
}
