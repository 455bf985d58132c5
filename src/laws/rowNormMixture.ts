import type { Complex } from "../core/complex.js";
import { add, complex, div, inv, mul, scale, sub } from "../core/complex.js";
import { requireInteger, requireNonNegative, requirePositive } from "../core/validate.js";
import type { Measure, Support } from "../measures/measure.js";
import { chiSquare } from "../measures/index.js";
import { normalCdf } from "../core/special.js";
import { brent } from "../core/roots.js";
import { SolvedMeasure } from "../transforms/index.js";
import { stieltjesPairAnywhere } from "../transforms/evaluate.js";
import { scanSupport } from "../transforms/scanSupport.js";
import { gramZeroStructure } from "../transforms/mpMap.js";
import type { Evaluation, SelfConsistentSystem } from "../transforms/system.js";

/** At most this many row classes in the finite-size laws (quantiles of the row norms); fewer when n is smaller. */
export const MAX_ROW_CLASSES = 1024;

/**
 * Row classes of a Gram matrix K = ΨΨᵀ/N whose rows ψ_i have covariances C(r_i) = c1(r_i)·S + c0(r_i)·I
 * (S one fixed positive operator, r_i a per-row scale): the nodes r_j with weights ω_j (Σ ω_j = 1)
 * and the coefficients at each node.
 */
export interface RowClasses {
  readonly weight: ArrayLike<number>;
  readonly c1: ArrayLike<number>;
  readonly c0: ArrayLike<number>;
}

/**
 * Deterministic equivalent of a Gram matrix with independent rows of commuting covariances
 * (Couillet–Debbah–Silverstein 2011, Thm 1; Wagner–Couillet–Debbah–Slock 2012, Thm 1, for
 * rows with different covariances): with γ = n/N,
 *   Q̄(z) = (−z + γ Σ_j ω_j C_j/(1 + e_j))⁻¹,   e_j = (1/N) tr C_j Q̄(z),   s_K(z) = Σ_j ω_j·(−1/(z(1 + e_j))).
 * For C_j = c1_j S + c0_j I the matrix Q̄ is a function of S, (−z + γ(A s + B))⁻¹ with
 *   A = Σ ω_j c1_j/(1 + e_j),  B = Σ ω_j c0_j/(1 + e_j),
 * so e_j = c1_j I1 + c0_j I0, I0 = ∫ dS(s)/(γAs + γB − z) = s_S(w)/(γA), w = (z − γB)/(γA),
 * I1 = ∫ s dS/(…) = (1 − (γB − z) I0)/(γA). Unknown u = [A, B].
 */
class RowMixtureSystem implements SelfConsistentSystem {
  readonly dim = 2;
  constructor(
    private readonly gamma: number,
    private readonly base: Measure,
    private readonly rows: RowClasses,
    private readonly meanBase: number,
  ) {}

  /** I0, I1 and their partial derivatives in q1 = γA and q0 = γB − z. */
  private integrals(q1: Complex, q0: Complex) {
    const iq1 = inv(q1);
    const w = scale(mul(q0, iq1), -1);
    const { s, ds } = stieltjesPairAnywhere(this.base, w);
    const i0 = mul(s, iq1);
    const iq1sq = mul(iq1, iq1);
    // ∂w/∂q1 = q0/q1², ∂w/∂q0 = −1/q1
    const i0q1 = add(scale(mul(s, iq1sq), -1), mul(mul(ds, mul(q0, iq1sq)), iq1));
    const i0q0 = scale(mul(ds, iq1sq), -1);
    const i1 = mul(sub(complex(1), mul(q0, i0)), iq1);
    const i1q1 = sub(scale(mul(i1, iq1), -1), mul(mul(q0, iq1), i0q1));
    const i1q0 = scale(mul(add(i0, mul(q0, i0q0)), iq1), -1);
    return { i0, i1, i0q1, i0q0, i1q1, i1q0 };
  }

  /**
   * Sums over the row classes, with t_j = 1/(1 + e_j), e_j = c1_j I1 + c0_j I0 (complex arithmetic
   * inlined: this loop is the cost of the law):
   *   σA = Σ ω c1 t, σB = Σ ω c0 t, and with D_j = t_j² ∂e_j/∂q:
   *   ∂σA/∂q1 = −Σ ω c1 D_j(q1), … (see evaluate), plus Σ ω t (for s) and Σ ω t² ∂e/∂q for ds.
   */
  private sums(z: Complex, u: readonly Complex[]) {
    const q1 = scale(u[0], this.gamma);
    const q0 = sub(scale(u[1], this.gamma), z);
    const I = this.integrals(q1, q0);
    const { weight, c1, c0 } = this.rows;
    // accumulators [re, im]
    let aR = 0, aI = 0, bR = 0, bI = 0; // Σ ω c1 t, Σ ω c0 t
    let aq1R = 0, aq1I = 0, aq0R = 0, aq0I = 0; // Σ ω c1 t² ∂e/∂q1, Σ ω c1 t² ∂e/∂q0
    let bq1R = 0, bq1I = 0, bq0R = 0, bq0I = 0; // Σ ω c0 t² ∂e/∂q1, Σ ω c0 t² ∂e/∂q0
    let tR = 0, tI = 0; // Σ ω t
    let uq1R = 0, uq1I = 0, uq0R = 0, uq0I = 0; // Σ ω t² ∂e/∂q1, Σ ω t² ∂e/∂q0
    let mag = 0;
    for (let j = 0; j < c1.length; j++) {
      const x1 = c1[j];
      const x0 = c0[j];
      const eR = 1 + x1 * I.i1.re + x0 * I.i0.re;
      const eI = x1 * I.i1.im + x0 * I.i0.im;
      const den = eR * eR + eI * eI;
      const ttR = eR / den;
      const ttI = -eI / den;
      const t2R = ttR * ttR - ttI * ttI;
      const t2I = 2 * ttR * ttI;
      const d1R = x1 * I.i1q1.re + x0 * I.i0q1.re;
      const d1I = x1 * I.i1q1.im + x0 * I.i0q1.im;
      const d0R = x1 * I.i1q0.re + x0 * I.i0q0.re;
      const d0I = x1 * I.i1q0.im + x0 * I.i0q0.im;
      const g1R = t2R * d1R - t2I * d1I;
      const g1I = t2R * d1I + t2I * d1R;
      const g0R = t2R * d0R - t2I * d0I;
      const g0I = t2R * d0I + t2I * d0R;
      const w = weight[j];
      const wa = w * x1;
      const wb = w * x0;
      aR += wa * ttR; aI += wa * ttI;
      bR += wb * ttR; bI += wb * ttI;
      aq1R += wa * g1R; aq1I += wa * g1I; aq0R += wa * g0R; aq0I += wa * g0I;
      bq1R += wb * g1R; bq1I += wb * g1I; bq0R += wb * g0R; bq0I += wb * g0I;
      tR += w * ttR; tI += w * ttI;
      uq1R += w * g1R; uq1I += w * g1I; uq0R += w * g0R; uq0I += w * g0I;
      mag += (Math.abs(wa) + Math.abs(wb)) / Math.sqrt(den);
    }
    return {
      sumA: complex(aR, aI),
      sumB: complex(bR, bI),
      aq1: complex(aq1R, aq1I),
      aq0: complex(aq0R, aq0I),
      bq1: complex(bq1R, bq1I),
      bq0: complex(bq0R, bq0I),
      sumT: complex(tR, tI),
      uq1: complex(uq1R, uq1I),
      uq0: complex(uq0R, uq0I),
      mag,
    };
  }

  evaluate(z: Complex, u: readonly Complex[]): Evaluation {
    // r_A = A − Σ ω c1/(1 + e), ∂/∂A (1/(1 + e)) = −γ t² ∂e/∂q1, ∂/∂B = −γ t² ∂e/∂q0.
    const S = this.sums(z, u);
    const g = this.gamma;
    const J = [add(complex(1), scale(S.aq1, g)), scale(S.aq0, g), scale(S.bq1, g), add(complex(1), scale(S.bq0, g))];
    const mag = Math.hypot(u[0].re, u[0].im) + Math.hypot(u[1].re, u[1].im) + S.mag;
    return { r: [sub(u[0], S.sumA), sub(u[1], S.sumB)], J, scale: mag + 1e-300 };
  }

  dz(z: Complex, u: readonly Complex[]): Complex[] {
    // ∂q0/∂z = −1, so ∂r_A/∂z = Σ ω c1 t² ∂e/∂z = −Σ ω c1 t² ∂e/∂q0.
    const S = this.sums(z, u);
    return [scale(S.aq0, -1), scale(S.bq0, -1)];
  }

  start(z: Complex): Complex[] {
    // |z| large: e_j ≈ −(c1_j E s + c0_j)/z → 0.
    const { weight, c1, c0 } = this.rows;
    let a = complex(0);
    let b = complex(0);
    for (let j = 0; j < weight.length; j++) {
      const t = inv(sub(complex(1), div(complex(c1[j] * this.meanBase + c0[j]), z)));
      a = add(a, scale(t, weight[j] * c1[j]));
      b = add(b, scale(t, weight[j] * c0[j]));
    }
    return [a, b];
  }

  admissible(_z: Complex, u: readonly Complex[]): boolean {
    // Im e_j ≥ 0 in C⁺ (e_j is a Stieltjes-type function), so Im A, Im B ≤ 0.
    const tol = (v: Complex) => 1e-12 * Math.max(1, Math.hypot(v.re, v.im));
    return u[0].im <= tol(u[0]) && u[1].im <= tol(u[1]);
  }

  value(z: Complex, u: readonly Complex[]): Complex {
    // s = −Σ ω t/z
    return scale(div(this.sums(z, u).sumT, z), -1);
  }

  valueDerivative(z: Complex, u: readonly Complex[], du: readonly Complex[]): Complex {
    // s = −(Σ ω t)/z, dt = −t² de, de = ∂e/∂q1 γ dA + ∂e/∂q0 (γ dB − dz), dz = 1:
    // ds = (Σ ω t)/z² + (Σ ω t² de)/z.
    const S = this.sums(z, u);
    const dq1 = scale(du[0], this.gamma);
    const dq0 = sub(scale(du[1], this.gamma), complex(1));
    const sumTde = add(mul(S.uq1, dq1), mul(S.uq0, dq0));
    return add(div(S.sumT, mul(z, z)), div(sumTde, z));
  }
}

/** Parameters of {@link rowMixtureLaw}. */
export interface RowMixtureParams {
  /** γ = lim n/N > 0 (rows over dimension). */
  readonly nOverN: number;
  /** Spectral law of S (on [0, ∞)). */
  readonly base: Measure;
  /** The row classes: weights ω_j ≥ 0 summing to 1, coefficients c1_j, c0_j ≥ 0. */
  readonly rows: RowClasses;
  /** Name of the law (default "rowMixtureLaw(…)"). */
  readonly expr?: string;
  /** Interval holding the support (default [0, (1 + √γ)² max_j(c1_j max S + c0_j)] with margins). */
  readonly hull?: readonly [number, number];
  /** Points expected inside the support, scanned besides 240 uniform samples (narrow components). */
  readonly supportHints?: readonly number[];
}

/**
 * Limiting spectral law of K = ΨΨᵀ/N (n×n, n/N → γ) whose independent rows fall into classes j
 * of weight ω_j with covariances c1_j S + c0_j I, S a positive operator with spectral law `base`
 * (deterministic equivalent of Wagner–Couillet–Debbah–Slock 2012, Thm 1; two unknowns A, B, see
 * docs/numerics.md). Examples: elliptical or scale-mixture data (c0 = 0, c1 = the row scales: then
 * the law is law(c1) ⊠ mpMap(γ, base)); the finite-size NTK and Hadamard-Gram laws. Atom at 0 of
 * mass max(0, 1 − (1 − S{0})/γ) when every c0_j = 0 (else max(0, 1 − 1/γ)), a hard edge at 0 at
 * the critical ratio. Support by scanning the hull (plus `supportHints`). Accuracy: the solver's
 * (relative residual ≲ 1e-12); the cost grows with the number of classes (~1–2 ms per density
 * point for 1024).
 *
 * @throws RangeError for γ ≤ 0, classes of different lengths, negative or non-finite weights or
 *   coefficients, weights not summing to 1, all coefficients zero, or a base law below 0.
 * @example
 * // half the rows with covariance S, half with 3S + I, S ~ uniform(0, 2), n/N = 0.5
 * const law = rowMixtureLaw({ nOverN: 0.5, base: uniform(0, 2),
 *   rows: { weight: Float64Array.of(0.5, 0.5), c1: Float64Array.of(1, 3), c0: Float64Array.of(0, 1) } });
 * law.stieltjes({ re: 1, im: 0 }).im / Math.PI; // density at 1
 */
export function rowMixtureLaw(params: RowMixtureParams): Measure {
  return new RowMixtureLaw(params);
}

/** See {@link rowMixtureLaw}. */
export class RowMixtureLaw extends SolvedMeasure {
  private readonly supportHints: readonly number[];

  constructor(params: RowMixtureParams) {
    const gamma = requirePositive("nOverN", params.nOverN);
    const { base } = params;
    const given = params.rows;
    if (!given || given.weight === undefined || given.c1 === undefined || given.c0 === undefined)
      throw new TypeError("rows must be { weight, c1, c0 } (arrays of equal length)");
    const rows: RowClasses = { weight: Float64Array.from(given.weight), c1: Float64Array.from(given.c1), c0: Float64Array.from(given.c0) };
    if (!base || typeof base.stieltjes !== "function") throw new TypeError("base must be a Measure");
    if (!(base.hull[0] >= 0)) throw new RangeError(`base must live on [0, ∞), its hull starts at ${base.hull[0]}`);
    const m = rows.weight.length;
    if (m === 0 || rows.c1.length !== m || rows.c0.length !== m)
      throw new RangeError(`rows.weight, rows.c1 and rows.c0 must have one common non-zero length, got ${m}, ${rows.c1.length}, ${rows.c0.length}`);
    let total = 0;
    let top = 0;
    for (let j = 0; j < m; j++) {
      requireNonNegative(`rows.weight[${j}]`, rows.weight[j]);
      requireNonNegative(`rows.c1[${j}]`, rows.c1[j]);
      requireNonNegative(`rows.c0[${j}]`, rows.c0[j]);
      total += rows.weight[j];
      if (rows.weight[j] > 0) top = Math.max(top, rows.c1[j] * base.hull[1] + rows.c0[j]);
    }
    if (Math.abs(total - 1) > 1e-9) throw new RangeError(`rows.weight must sum to 1, got ${total}`);
    if (!(top > 0)) throw new RangeError("every row class has a zero covariance: the law is δ₀");
    // The population's zero directions are those of S when no class adds c0·I.
    const s0 = base.atoms.find((a) => a.x === 0)?.mass ?? 0;
    const nullity = Array.from(rows.c0).every((c, j) => c === 0 || rows.weight[j] === 0) ? s0 : 0;
    const zero = gramZeroStructure(gamma, nullity, true);
    const hiDefault = (1 + Math.sqrt(gamma)) ** 2 * top * 1.05;
    const hull = params.hull ?? [-1e-9 * hiDefault, hiDefault];
    if (!(Number.isFinite(hull[0]) && Number.isFinite(hull[1]) && hull[1] > hull[0])) throw new RangeError(`hull must be a finite interval, got [${hull}]`);
    const meanBase = base.moment ? base.moment(1) : 0.5 * (base.hull[0] + base.hull[1]);
    super({
      expr: params.expr ?? `rowMixtureLaw({ nOverN: ${gamma}, base: ${base.expr}, classes: ${m} })`,
      atoms: zero.atoms,
      hull,
      systems: [new RowMixtureSystem(gamma, base, rows, meanBase)],
      singularPoints: zero.singularPoints,
    });
    this.supportHints = params.supportHints ?? [];
  }

  protected computeSupport(): Support {
    return scanSupport((z) => this.solveAt(z), this.hull, this.atoms, 240, this.supportHints);
  }
}

/**
 * Quantile nodes of r = ‖x‖²/d ~ χ²_d/d at (j + ½)/m, j < m, equal weights: the law of the squared
 * row norms of an n×d standard Gaussian X, without sampling noise, with m = n nodes. χ²_d quantiles
 * for d ≤ 500, the Wilson–Hilferty normal approximation above (relative error ≲ 1e-4 there).
 */
export function rowNormNodes(d: number, m: number): Float64Array {
  requirePositive("d", d);
  requireInteger("m", m, 1);
  const r = new Float64Array(m);
  if (d <= 500) {
    const chi = chiSquare(d);
    for (let j = 0; j < m; j++) r[j] = chi.quantile!((j + 0.5) / m) / d;
    return r;
  }
  const v = 2 / (9 * d);
  for (let j = 0; j < m; j++) {
    const p = (j + 0.5) / m;
    const zq = brent((x) => normalCdf(x) - p, -40, 40, { xTol: 1e-15 });
    r[j] = (1 - v + zq * Math.sqrt(v)) ** 3;
  }
  return r;
}
