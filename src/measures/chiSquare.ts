import type { Complex } from "../core/complex.js";
import { sqrt } from "../core/complex.js";
import type { RandomSource } from "../core/random.js";
import { requireClosedUpperHalfPlane, requireNumber, requirePositive } from "../core/validate.js";
import { requireMomentOrder, requireProbability, requireSampleSize } from "./atoms.js";
import { gammaContinuedFraction } from "./expIntegral.js";
import { erfcx, faddeevaUpper } from "./faddeeva.js";
import { formatNumber } from "./format.js";
import { gammaFunction, logGamma } from "./gammaFunction.js";
import { gammaStieltjesSeries } from "./gammaStieltjes.js";
import { invertCdf } from "./invertCdf.js";
import { regularizedGamma } from "./incompleteGamma.js";
import type { Atom, Measure, Support } from "./measure.js";

const SQRT_HALF_PI = Math.sqrt(Math.PI / 2);

/**
 * The χ²_k law (sum of k squared standard Gaussians; Gamma with shape α = k/2, scale 2), density
 * ρ(x) = x^{α−1} e^{−x/2}/(2^α Γ(α)) on (0, ∞), for real k > 0.
 *
 * Stieltjes transform s_k(z) = ∫ρ/(x − z) = ½e^{p}p^{α−1}Γ(1 − α, p), p = −z/2, evaluated by region:
 *  - k = 1 (law of a², a ~ N(0,1)), everywhere: with ζ = √z (principal, Im ζ ≥ 0),
 *      s₁(z) = E[1/(a² − ζ²)] = E[1/(a − ζ)]/ζ = i√(π/2)·w(ζ/√2)/ζ,
 *    since E[1/(a − ζ)] = i√(π/2) w(ζ/√2) for Im ζ > 0 (w = Faddeeva function).
 *  - near the support or small (|p| + Re p ≤ 2; for k = 2 also |p| ≤ 1.6) and |z| < R: the
 *    incomplete-gamma series ({@link gammaStieltjesSeries}; the E₁ series for k = 2).
 *  - elsewhere with |z| < R: s = ½·G(1 − α, p), G(a, p) = e^{p}p^{−a}Γ(a, p) by its continued fraction.
 *  - |z| ≥ R (R ≥ 80 chosen so that the moment series reaches 1e-17 and πxρ(x) < 1e-16 beyond
 *    it): s ~ −Σ m_j/z^{j+1}, m_j = Π_{i<j}(k + 2i), truncated at its smallest term; on the real
 *    axis Im s = πρ(x) is added.
 * Derivative: z s′_k = (α − 1) s_k − α s_{k+2} (integrating x ρ′ = (α − 1 − x/2)ρ by parts), with
 * s_{k+2} evaluated by the same regions.
 *
 * Accuracy (tested against mpmath for k ∈ {½, 1, 3/2, 2, …, 6, 7.3}): ~1e-15 relative for k = 1, a
 * few 1e-15 otherwise, in the whole closed upper half plane.
 */
class ChiSquare implements Measure {
  readonly expr: string;
  readonly atoms: readonly Atom[] = Object.freeze([]);
  readonly continuousMass = 1;
  readonly hull: readonly [number, number] = Object.freeze([0, Infinity]) as readonly [number, number];
  private readonly alpha: number;
  private readonly logNorm: number;
  private readonly twoGammaAlpha: number;
  private readonly farRadius: number;
  /** Γ(1 − α) and Γ(−α) for the series at α and α + 1 (unused when α is an integer). */
  private readonly gammaOneMinus: [number, number];

  constructor(readonly k: number) {
    this.expr = `chiSquare(${formatNumber(k)})`;
    this.alpha = k / 2;
    this.logNorm = -(this.alpha * Math.LN2 + logGamma(this.alpha));
    this.twoGammaAlpha = 2 * gammaFunction(this.alpha);
    const integer = Number.isInteger(this.alpha);
    this.gammaOneMinus = integer ? [0, 0] : [gammaFunction(1 - this.alpha), gammaFunction(-this.alpha)];
    this.farRadius = farRadius(k, (x) => this.density(x));
  }

  stieltjes(z: Complex): Complex {
    requireClosedUpperHalfPlane("z", z);
    const { k } = this;
    if (z.re === 0 && z.im === 0) {
      if (k <= 2) throw new RangeError(`z = 0: s(0 + i0) = E[1/X] is infinite for ${this.expr}`);
      return { re: 1 / (k - 2), im: 0 };
    }
    if (k === 1) return this.s1(z);
    if (Math.hypot(z.re, z.im) >= this.farRadius) {
      const s = this.asymptotic(z, 0);
      return z.im === 0 && z.re > 0 ? { re: s.re, im: Math.PI * this.density(z.re) } : s;
    }
    const s = this.gammaTransform(this.alpha, this.gammaOneMinus[0], z);
    return z.im === 0 && z.re < 0 ? { re: s.re, im: 0 } : s;
  }

  /** Stieltjes transform of Gamma(a, 2) at z for |z| < R (series near the support, else continued fraction). */
  private gammaTransform(a: number, gammaOneMinusA: number, z: Complex): Complex {
    const p: Complex = { re: -0.5 * z.re, im: -0.5 * z.im };
    const r = Math.hypot(p.re, p.im);
    // the series cancels for Re p > 0 unless |p| is small; the E₁ series (a = 1) tolerates |p| ≤ 1.6
    if (r + p.re > 2 && (a !== 1 || r > 1.6)) {
      const g = gammaContinuedFraction(1 - a, p);
      return { re: 0.5 * g.re, im: 0.5 * g.im };
    }
    return gammaStieltjesSeries(a, p, gammaOneMinusA);
  }

  /** s₁(z) = i√(π/2) w(ζ/√2)/ζ, ζ = √z; exact real boundary values on z < 0, Im = πρ(x) on z > 0. */
  private s1(z: Complex): Complex {
    if (z.im === 0) {
      if (z.re < 0) {
        const y = -z.re;
        return { re: (SQRT_HALF_PI * erfcx(Math.sqrt(0.5 * y))) / Math.sqrt(y), im: 0 };
      }
      // Im s₁(x + i0) = π e^{−x/2}/√(2πx), the χ²₁ density
      const w = faddeevaUpper(Math.sqrt(0.5 * z.re), 0);
      const x = z.re;
      return { re: (-SQRT_HALF_PI * w.im) / Math.sqrt(x), im: (Math.PI * Math.exp(-0.5 * x)) / Math.sqrt(2 * Math.PI * x) };
    }
    const zeta = sqrt(z);
    const w = faddeevaUpper(zeta.re * Math.SQRT1_2, zeta.im * Math.SQRT1_2);
    // i·c·w = c(−w.im + i w.re), divided by ζ
    const nr = -SQRT_HALF_PI * w.im;
    const ni = SQRT_HALF_PI * w.re;
    const q = zeta.re * zeta.re + zeta.im * zeta.im;
    return { re: (nr * zeta.re + ni * zeta.im) / q, im: (ni * zeta.re - nr * zeta.im) / q };
  }

  /** −Σ_j m_j/z^{j+1} (order 0) or Σ_j (j+1) m_j/z^{j+2} (order 1), stopped at the smallest term. */
  private asymptotic(z: Complex, order: 0 | 1): Complex {
    const q = z.re * z.re + z.im * z.im;
    const ur = z.re / q;
    const ui = -z.im / q;
    // power = u^{j+1+order}
    let pr = ur;
    let pi = ui;
    if (order === 1) [pr, pi] = [ur * ur - ui * ui, 2 * ur * ui];
    let m = 1;
    let sr = 0;
    let si = 0;
    let last = Infinity;
    for (let j = 0; j < 400; j++) {
      const c = order === 0 ? -m : (j + 1) * m;
      const tr = c * pr;
      const ti = c * pi;
      const size = Math.hypot(tr, ti);
      if (size > last) break;
      sr += tr;
      si += ti;
      if (size <= 1e-17 * Math.hypot(sr, si)) break;
      last = size;
      m *= this.k + 2 * j;
      [pr, pi] = [pr * ur - pi * ui, pr * ui + pi * ur];
    }
    return { re: sr, im: si };
  }

  /** s′(z) = ((α − 1)s_k − α s_{k+2})/z, s_{k+2} = (1 + z s_k)/k; the moment series for |z| ≥ R. */
  stieltjesDerivative(z: Complex): Complex {
    requireClosedUpperHalfPlane("z", z);
    const { k, alpha } = this;
    if (z.re === 0 && z.im === 0) {
      if (k <= 4) throw new RangeError(`z = 0: s′(0 + i0) = E[1/X²] is infinite for ${this.expr}`);
      return { re: 1 / ((k - 2) * (k - 4)), im: 0 };
    }
    if (Math.hypot(z.re, z.im) >= this.farRadius) return this.asymptotic(z, 1);
    const s = this.stieltjes(z);
    const s2 = this.gammaTransform(alpha + 1, this.gammaOneMinus[1], z);
    const nr = (alpha - 1) * s.re - alpha * s2.re;
    const ni = (alpha - 1) * s.im - alpha * s2.im;
    const q = z.re * z.re + z.im * z.im;
    return { re: (nr * z.re + ni * z.im) / q, im: (ni * z.re - nr * z.im) / q };
  }

  support(): Support {
    return { intervals: [[0, Infinity]], exact: true };
  }

  /** E Xʲ = Π_{i<j} (k + 2i). */
  moment(j: number): number {
    requireMomentOrder(j);
    let m = 1;
    for (let i = 0; i < j; i++) m *= this.k + 2 * i;
    return m;
  }

  /** ρ(x) = x^{k/2−1} e^{−x/2}/(2^{k/2} Γ(k/2)); +∞ at 0 for k = 1. */
  density(x: number): number {
    requireNumber("x", x);
    const { k } = this;
    if (x < 0) return 0;
    if (x === 0) return k < 2 ? Infinity : k === 2 ? 0.5 : 0;
    if (k === 1) return Math.exp(-0.5 * x) / Math.sqrt(2 * Math.PI * x);
    if (k === 2) return 0.5 * Math.exp(-0.5 * x);
    // (x/2)^{α−1} e^{−x/2} / (2Γ(α)), each factor to an ulp; the log form when a factor over/underflows
    const direct = (Math.pow(0.5 * x, this.alpha - 1) * Math.exp(-0.5 * x)) / this.twoGammaAlpha;
    if (direct > 1e-290 && direct < 1e290) return direct;
    return Math.exp((this.alpha - 1) * Math.log(x) - 0.5 * x + this.logNorm);
  }

  /** F(x) = P(k/2, x/2), the regularized lower incomplete gamma function. */
  cdf(x: number): number {
    if (Number.isNaN(x)) throw new RangeError(`x must be a number, got NaN`);
    if (x <= 0) return 0;
    if (x === Infinity) return 1;
    return regularizedGamma(this.alpha, 0.5 * x)[0];
  }

  quantile(p: number): number {
    requireProbability(p);
    if (p === 0) return 0;
    if (p === 1) return Infinity;
    let hi = this.k + 10 * Math.sqrt(2 * this.k) + 10;
    // lower tail: F(x) ≈ (x/2)^α/Γ(α + 1), so x₀ = 2(pΓ(α + 1))^{1/α}; bracket [0, 2x₀] when it holds
    const x0 = 2 * Math.pow(p * gammaFunction(this.alpha + 1), 1 / this.alpha);
    if (x0 === 0) return 0; // the quantile underflows
    if (x0 > 0 && 2 * x0 < hi && this.cdf(2 * x0) >= p) hi = 2 * x0;
    else while (this.cdf(hi) < p) hi *= 2;
    return invertCdf(p, (x) => this.cdf(x), (x) => this.density(x), 0, hi, hi);
  }

  /**
   * Exact sampling: Σ of k squared normals for integer k ≤ 16, else 2·Gamma(k/2) by Marsaglia–Tsang
   * (ACM TOMS 26 (2000) 363–372), with Gamma(α) = Gamma(α + 1)·U^{1/α} for α < 1.
   */
  sample(n: number, rng: RandomSource): Float64Array {
    const out = new Float64Array(requireSampleSize(n));
    const { k, alpha } = this;
    if (Number.isInteger(k) && k <= 16) {
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < k; j++) {
          const g = rng.normal();
          s += g * g;
        }
        out[i] = s;
      }
      return out;
    }
    const boost = alpha < 1;
    const shape = boost ? alpha + 1 : alpha;
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (let i = 0; i < n; i++) {
      for (;;) {
        const x = rng.normal();
        const t = 1 + c * x;
        if (t <= 0) continue;
        const v = t * t * t;
        const u = rng.uniform();
        if (u > 0 && Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
          out[i] = 2 * d * v;
          break;
        }
      }
      if (boost) {
        let u = rng.uniform();
        while (u === 0) u = rng.uniform();
        out[i] *= Math.pow(u, 1 / alpha);
      }
    }
    return out;
  }
}

/**
 * Smallest radius R ≥ 80 (on a 1% grid) beyond which the moment series −Σ m_j/z^{j+1} reaches a
 * term below 1e-17 relative and the neglected πxρ(x) is below 1e-16 relative.
 */
function farRadius(k: number, density: (x: number) => number): number {
  for (let r = 80; ; r *= 1.01) {
    let term = 1;
    let ok = false;
    for (let j = 0; j < 2000; j++) {
      term *= (k + 2 * j) / r;
      if (term < 1e-17) {
        ok = true;
        break;
      }
      if (term > 1) break;
    }
    if (ok && Math.PI * r * density(r) < 1e-16) return r;
  }
}

/**
 * The chi-square law χ²_k: the law of a₁² + … + a_k² for independent standard Gaussians aᵢ
 * (k = 1: the law of a² that the NTK law needs), for real k > 0 (the Gamma law with shape k/2 and
 * scale 2). Closed-form Stieltjes transform (docs/design.md §1 convention) through the Faddeeva function
 * (k = 1) and the incomplete gamma function, density, cdf (regularized incomplete gamma), quantile,
 * moments Π_{i<j}(k + 2i), exact sampling. Support [0, ∞) (hull [0, Infinity]).
 *
 * @param k degrees of freedom, real, 0 < k ≤ 500
 * @example chiSquare(1).stieltjes({ re: -1, im: 0 }) // E[1/(a² + 1)] ≈ 0.6556795424187985
 */
export function chiSquare(k: number): Measure {
  requirePositive("k", k);
  if (k > 500) throw new RangeError(`k must be ≤ 500 (the series near the support would overflow), got ${k}`);
  return new ChiSquare(k);
}
