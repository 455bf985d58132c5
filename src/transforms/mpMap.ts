import type { Complex } from "../core/complex.js";
import { add, complex, div, inv, mul, scale, sub } from "../core/complex.js";
import { requirePositive } from "../core/validate.js";
import { requireMeasure } from "../measures/affine.js";
import type { Atom, Measure, Support } from "../measures/measure.js";
import { requireBoundedSupport } from "./requireBounded.js";
import { stieltjesPairAnywhere } from "./evaluate.js";
import { mpMapSupport } from "./mpMapSupport.js";
import { seriesMul } from "./series.js";
import { SolvedMeasure } from "./solvedMeasure.js";
import type { Evaluation, SelfConsistentSystem } from "./system.js";

/**
 * Companion-convention MP equation (docs/design.md §1; Marchenko–Pastur 1967, Silverstein 1995 eq. 1.4):
 *   s(z) = 1 / ( −z + ∫ t dν(t) / (1 + γ t s) ),
 * written as the inverse map z = −1/s + h(s) with
 *   h(s) = ∫ t dν/(1 + γ t s) = (1/(γs)) (1 − s_ν(w)/(γs)),  w = −1/(γ s) ∈ C⁺,
 * so only the Stieltjes transform of ν in C⁺ is needed. Unknown u = [s].
 */
class MpMapSystem implements SelfConsistentSystem {
  readonly dim = 1;
  constructor(
    private readonly gamma: number,
    private readonly nu: Measure,
  ) {}

  private parts(s: Complex) {
    const g = this.gamma;
    const gs = scale(s, g);
    if (gs.re === 0 && gs.im === 0) throw new RangeError("s = 0");
    const igs = inv(gs); // 1/(γs)
    const w = scale(igs, -1);
    const { s: q, ds: dq } = stieltjesPairAnywhere(this.nu, w);
    const h = mul(igs, sub(complex(1), mul(q, igs)));
    // h′(s) = −1/(γs²) + 2q/(γ²s³) − q′/(γ³s⁴), using w′(s) = 1/(γs²).
    const is = inv(s);
    const igsIs = mul(igs, is);
    const igs2Is = mul(igs, igsIs);
    const dh = sub(add(scale(igsIs, -1), scale(mul(q, igs2Is), 2)), mul(dq, mul(igs, igs2Is)));
    return { h, dh, is };
  }

  evaluate(z: Complex, u: readonly Complex[]): Evaluation {
    const s = u[0];
    const { h, dh, is } = this.parts(s);
    const r = sub(add(scale(is, -1), h), z);
    const J = add(mul(is, is), dh);
    return { r: [r], J: [J], scale: Math.hypot(is.re, is.im) + Math.hypot(h.re, h.im) + Math.hypot(z.re, z.im) };
  }

  dz(): Complex[] {
    return [complex(-1)];
  }

  start(z: Complex): Complex[] {
    return [scale(inv(z), -1)];
  }

  admissible(): boolean {
    return true;
  }

  value(_z: Complex, u: readonly Complex[]): Complex {
    return u[0];
  }

  valueDerivative(_z: Complex, _u: readonly Complex[], du: readonly Complex[]): Complex {
    return du[0];
  }
}

/**
 * The point 0 for an n×n Gram matrix with n/N = γ whose population (N×N) has a fraction `nullity`
 * of zero directions: rank ≤ N(1 − nullity), so an atom at 0 of mass max(0, 1 − (1 − nullity)/γ);
 * at the critical ratio γ = 1 − nullity with a positive population, a hard edge at 0 with density
 * ∝ x^(−1/2) (as mp(1)).
 */
export function gramZeroStructure(gamma: number, nullity: number, positive: boolean): { atoms: Atom[]; singularPoints: number[] } {
  const zeroMass = Math.max(0, 1 - (1 - nullity) / gamma);
  const critical = Math.abs(gamma - (1 - nullity)) <= 1e-12 * gamma && nullity < 1 && positive;
  return { atoms: zeroMass > 1e-15 ? [{ x: 0, mass: zeroMass }] : [], singularPoints: critical ? [0] : [] };
}

/** Law of the n×n matrix (1/N) Z D Zᵀ (companion convention). See {@link mpMap}. */
export class MpMapMeasure extends SolvedMeasure {
  constructor(
    readonly gamma: number,
    readonly nu: Measure,
  ) {
    const nu0 = nu.atoms.find((a) => a.x === 0)?.mass ?? 0;
    const zero = gramZeroStructure(gamma, nu0, nu.hull[0] >= 0);
    // ‖(1/N) Z D Zᵀ‖ → at most max|t|·(1 + √γ)² (Bai–Silverstein 2010, Thm 5.11).
    const f = (1 + Math.sqrt(gamma)) ** 2 * 1.02;
    const innerMoment = nu.moment?.bind(nu);
    super({
      expr: `mpMap(${gamma}, ${nu.expr})`,
      atoms: zero.atoms,
      hull: [Math.min(0, nu.hull[0]) * f, Math.max(0, nu.hull[1]) * f],
      systems: [new MpMapSystem(gamma, nu)],
      singularPoints: zero.singularPoints,
      moment: innerMoment ? (k: number) => (k === 0 ? 1 : mpMapMoments(gamma, innerMoment, k)[k - 1]) : undefined,
    });
  }

  protected computeSupport(): Support {
    if (this.continuousMass <= 1e-15) return { intervals: [], exact: true };
    return mpMapSupport(this.gamma, this.nu);
  }
}

/**
 * Moments of the MP map from those of ν: with g(u) = Σ m_k u^k (m_0 = 1) and τ_k = ∫ tᵏ dν,
 *   g = 1 + Σ_{k≥1} τ_k γ^{k−1} (u g)^k,
 * obtained by expanding s = 1/(−z + ∫ t dν/(1 + γ t s)) at z = ∞ (s = −u g, u = 1/z).
 * Returns m_1..m_K.
 */
export function mpMapMoments(gamma: number, nuMoment: (k: number) => number, K: number): number[] {
  const tau = Array.from({ length: K }, (_, i) => nuMoment(i + 1));
  let g = new Array<number>(K + 1).fill(0);
  g[0] = 1;
  for (let pass = 0; pass < K; pass++) {
    const ug = [0, ...g.slice(0, K)];
    const next = new Array<number>(K + 1).fill(0);
    next[0] = 1;
    let power = [1];
    for (let k = 1; k <= K; k++) {
      power = seriesMul(power, ug, K);
      const c = tau[k - 1] * gamma ** (k - 1);
      for (let i = 0; i <= K; i++) next[i] += c * power[i];
    }
    g = next;
  }
  return g.slice(1);
}

/**
 * The MP map in the companion convention (docs/design.md §1): the limiting spectral law of the n×n
 * matrix `(1/N) Z D Zᵀ`, Z n×N with i.i.d. standard entries, `n/N → gamma`, `spec(D) → nu`.
 * Its Stieltjes transform solves `s(z) = 1/(−z + ∫ t dν(t)/(1 + γ t s(z)))`.
 *
 * `nu` may be any Measure on ℝ (atoms, a closed form, or another transform). The density on the
 * real axis is the boundary value itself (no η smoothing), support edges come from the
 * Silverstein–Choi critical points, and the atom at 0 has mass `max(0, 1 − (1 − ν{0})/γ)`.
 * Accuracy: boundary values to a relative residual ≤ 1e-11 (typically 1e-15); edges to ~1e-13.
 *
 * @example
 * const law = mpMap(0.5, atoms([1, 4], [0.5, 0.5]));
 * law.stieltjes({ re: 2, im: 0 }); // boundary value s(2 + i0); density = Im/π
 */
export function mpMap(gamma: number, nu: Measure): MpMapMeasure {
  requirePositive("gamma", gamma);
  requireMeasure("nu", nu);
  requireBoundedSupport("nu", nu);
  return new MpMapMeasure(gamma, nu);
}

/**
 * Silverstein–Bai convention: the law of the n×n matrix `(1/N) T^{1/2} Z Zᵀ T^{1/2}`, Z n×N,
 * `n/N → gamma`, `spec(T) → nu` (SPECTRODE, Fan–Wang). It differs from {@link mpMap} unless
 * γ = 1 or ν = δ₁. Computed from the companion law C = mpMap(1/γ, ν) by
 *   s(z) = γ⁻² s_C(z/γ) − (1 − 1/γ)/z
 * (both matrices share their non-zero eigenvalues; docs/design.md §1).
 */
export function mpMapSilverstein(gamma: number, nu: Measure): Measure {
  requirePositive("gamma", gamma);
  requireMeasure("nu", nu);
  requireBoundedSupport("nu", nu);
  return new MpMapSilversteinMeasure(gamma, nu);
}

class MpMapSilversteinMeasure implements Measure {
  readonly expr: string;
  readonly atoms: readonly Atom[];
  readonly hull: readonly [number, number];
  readonly continuousMass: number;
  readonly moment?: (k: number) => number;
  private readonly companion: MpMapMeasure;

  constructor(
    private readonly gamma: number,
    nu: Measure,
  ) {
    this.expr = `mpMapSilverstein(${gamma}, ${nu.expr})`;
    this.companion = new MpMapMeasure(1 / gamma, nu);
    // rank ≤ min(N, n(1 − ν{0})): the atom at 0 has mass max(ν{0}, 1 − 1/γ).
    const nu0 = nu.atoms.find((a) => a.x === 0)?.mass ?? 0;
    const zeroMass = Math.max(nu0, 1 - 1 / gamma, 0);
    this.atoms = zeroMass > 1e-15 ? [{ x: 0, mass: zeroMass }] : [];
    this.continuousMass = 1 - zeroMass;
    const [lo, hi] = this.companion.hull;
    this.hull = [Math.min(0, gamma * lo), Math.max(0, gamma * hi)];
    const cm = this.companion.moment;
    if (cm) this.moment = (k: number) => (k === 0 ? 1 : gamma ** (k - 1) * cm(k));
  }

  stieltjes(z: Complex): Complex {
    return this.atZero(z, (w) => this.raw(w));
  }

  stieltjesDerivative(z: Complex): Complex {
    return this.atZero(z, (w) => this.rawDerivative(w));
  }

  private raw(z: Complex): Complex {
    const g = this.gamma;
    const sc = scale(this.companion.stieltjes(scale(z, 1 / g)), 1 / (g * g));
    return g === 1 ? sc : sub(sc, div(complex(1 - 1 / g), z));
  }

  private rawDerivative(z: Complex): Complex {
    const g = this.gamma;
    const dsc = scale(this.companion.stieltjesDerivative(scale(z, 1 / g)), 1 / (g * g * g));
    return g === 1 ? dsc : add(dsc, div(complex(1 - 1 / g), mul(z, z)));
  }

  /**
   * z = 0 is an atom of B (infinite transform) or, when B has none there, a removable singularity
   * of the formula (the companion's atom at 0 cancels −(1 − 1/γ)/z): then the value is the limit,
   * by Richardson extrapolation of the even part from ±h, ±2h on the axis (error O(h⁴)).
   */
  private atZero(z: Complex, f: (w: Complex) => Complex): Complex {
    if (z.re !== 0 || z.im !== 0 || this.gamma === 1) return f(z);
    if (this.atoms.some((a) => a.x === 0)) throw new RangeError(`z = 0 is an atom of ${this.expr}: the Stieltjes transform is infinite there`);
    const h = 1e-4 * Math.max(1, this.hull[1] - this.hull[0]);
    const even = (t: number) => scale(add(f(complex(t)), f(complex(-t))), 0.5);
    return scale(sub(scale(even(h), 4), even(2 * h)), 1 / 3);
  }

  support(): Support {
    const c = this.companion.support();
    return { intervals: c.intervals.map(([a, b]) => [this.gamma * a, this.gamma * b] as const), exact: c.exact };
  }
}
