import type { Complex } from "../core/complex.js";
import { add, complex, inv, mul, scale, sub } from "../core/complex.js";
import { requirePositive } from "../core/validate.js";
import type { Measure, Support } from "../measures/measure.js";
import { dirac, mp, shift } from "../measures/index.js";
import { SolvedMeasure, mpMapSilverstein } from "../transforms/index.js";
import { stieltjesAnywhere, stieltjesDerivativeAnywhere } from "../transforms/evaluate.js";
import { scanSupport } from "../transforms/scanSupport.js";
import type { Evaluation, SelfConsistentSystem } from "../transforms/system.js";
import { ntkCoefficients, type ActivationInput } from "./coefficients.js";
import { layerCoefficients } from "./conjugateKernel.js";
import { renamed } from "./renamed.js";
import { meanOf, squaredWeightLaw, type OutputWeightsLaw } from "./squaredWeights.js";

/** Parameters of {@link ntkLinear}. */
export interface NtkLinearParams {
  /** γ = lim n/d > 0. */
  readonly nOverD: number;
  /** lim p/d > 0 (p = hidden width). */
  readonly widthOverD: number;
  /** σ (registry name, custom spec or Activation); φ = σ′. */
  readonly activation: ActivationInput;
  /** Second-layer weights ("rademacher" default, "gaussian", or law of a²); only E a² enters. */
  readonly a?: OutputWeightsLaw;
}

/**
 * Coefficients of the linear-width NTK (docs/laws.md §ntkLinear): with G = XXᵀ/d,
 *   NTK ≈ A(G) + (1/p) Y Yᵀ,  Y's columns i.i.d. N(0, K(G)),
 *   A(g) = a1 g + a0 (Hadamard part: E a²·(m0² g + β² − m0²), φ = σ′ moments),
 *   K(g) = k1 g + v   (CK part: k1 = (E σ′)² = m0², v = Var σ − m0²).
 */
interface NtkLinearCoefficients {
  a1: number;
  a0: number;
  k1: number;
  v: number;
  /** n/p. */
  ratio: number;
}

/**
 * Deterministic equivalent for B = A + (1/p) Σ_j y_j y_jᵀ with A, K commuting functions of G
 * (Silverstein–Bai 1995 with a commuting shift; Fan–Wang 2020 §3.3):
 *   e = (n/p) ∫ K(g) dμ_G(g) / (A(g) − z + K(g)/(1 + e)),  s(z) = ∫ dμ_G(g) / (A(g) − z + K(g)/(1 + e)),
 * μ_G = mp(γ). With D(g) = q1 g + q0, q1 = a1 + k1 τ, q0 = a0 − z + v τ, τ = 1/(1 + e), the
 * integrals are closed forms in s_G(−q0/q1). Unknown u = [e].
 */
class NtkLinearSystem implements SelfConsistentSystem {
  readonly dim = 1;
  constructor(
    private readonly co: NtkLinearCoefficients,
    private readonly g: Measure,
  ) {}

  /** I0 = ∫ dμ/D, I1 = ∫ K/D and their differentials for dq1, dq0. */
  private integrals(q1: Complex, q0: Complex, dq1: Complex, dq0: Complex) {
    const { k1, v } = this.co;
    const iq1 = inv(q1);
    const w = scale(mul(q0, iq1), -1);
    const sG = stieltjesAnywhere(this.g, w);
    const dsG = stieltjesDerivativeAnywhere(this.g, w);
    const i0 = mul(iq1, sG);
    // dw = −dq0/q1 + q0 dq1/q1²
    const dw = add(scale(mul(dq0, iq1), -1), mul(q0, mul(dq1, mul(iq1, iq1))));
    const di0 = add(scale(mul(dq1, mul(iq1, i0)), -1), mul(iq1, mul(dsG, dw)));
    // I1 = k1/q1 + (v − k1 q0/q1) I0
    const c = sub(complex(v), scale(mul(q0, iq1), k1));
    const i1 = add(scale(iq1, k1), mul(c, i0));
    const dc = add(scale(mul(dq0, iq1), -k1), scale(mul(q0, mul(dq1, mul(iq1, iq1))), k1));
    const di1 = add(add(scale(mul(dq1, mul(iq1, iq1)), -k1), mul(dc, i0)), mul(c, di0));
    return { i0, i1, di0, di1 };
  }

  private qs(z: Complex, e: Complex) {
    const { a1, a0, k1, v } = this.co;
    const tau = inv(add(complex(1), e));
    const q1 = add(complex(a1), scale(tau, k1));
    const q0 = add(sub(complex(a0), z), scale(tau, v));
    const tau2 = mul(tau, tau);
    return { q1, q0, dq1de: scale(tau2, -k1), dq0de: scale(tau2, -v) };
  }

  evaluate(z: Complex, u: readonly Complex[]): Evaluation {
    const e = u[0];
    const { q1, q0, dq1de, dq0de } = this.qs(z, e);
    const { i1, di1 } = this.integrals(q1, q0, dq1de, dq0de);
    const r = sub(e, scale(i1, this.co.ratio));
    const J = sub(complex(1), scale(di1, this.co.ratio));
    return { r: [r], J: [J], scale: Math.hypot(e.re, e.im) + this.co.ratio * Math.hypot(i1.re, i1.im) + 1e-300 };
  }

  dz(z: Complex, u: readonly Complex[]): Complex[] {
    const { q1, q0 } = this.qs(z, u[0]);
    const { di1 } = this.integrals(q1, q0, complex(0), complex(-1));
    return [scale(di1, -this.co.ratio)];
  }

  start(z: Complex): Complex[] {
    // large |z|: e ≈ (n/p) E K / (−z)
    return [scale(inv(z), -this.co.ratio * (this.co.k1 + this.co.v))];
  }

  admissible(_z: Complex, u: readonly Complex[]): boolean {
    return u[0].im >= -1e-12 * Math.max(1, Math.hypot(u[0].re, u[0].im));
  }

  value(z: Complex, u: readonly Complex[]): Complex {
    const { q1, q0 } = this.qs(z, u[0]);
    return this.integrals(q1, q0, complex(0), complex(0)).i0;
  }

  valueDerivative(z: Complex, u: readonly Complex[], du: readonly Complex[]): Complex {
    const { q1, q0, dq1de, dq0de } = this.qs(z, u[0]);
    // total differential: dq1 = dq1de·de, dq0 = dq0de·de − dz (dz = 1)
    const dq1 = mul(dq1de, du[0]);
    const dq0 = sub(mul(dq0de, du[0]), complex(1));
    return this.integrals(q1, q0, dq1, dq0).di0;
  }
}

class NtkLinearMeasure extends SolvedMeasure {
  constructor(co: NtkLinearCoefficients, gamma: number, expr: string) {
    const gMax = (1 + Math.sqrt(gamma)) ** 2;
    const top = co.a1 * gMax + co.a0 + (co.k1 * gMax + co.v) * (1 + Math.sqrt(co.ratio)) ** 2;
    super({
      expr,
      // v = 0 and n > d: on ker X both parts reduce to a0 (the CK columns lie in range(G)).
      atoms: co.v === 0 && gamma > 1 ? [{ x: co.a0, mass: 1 - 1 / gamma }] : [],
      hull: [co.a0 - 1e-9 * Math.max(1, top), top * 1.05 + 1e-12],
      systems: [new NtkLinearSystem(co, mp(gamma, 1))],
    });
  }

  protected computeSupport(): Support {
    return scanSupport((z) => this.solveAt(z), this.hull, this.atoms);
  }
}

/**
 * Two-layer NTK in the linear width (Fan–Wang, "Spectra of the conjugate kernel and neural tangent
 * kernel for linear-width neural networks", NeurIPS 2020, §3.3): the limiting spectral law of
 *   K = (1/d) XXᵀ ⊙ (1/p) φ(XW/√d) D² φ(XW/√d)ᵀ + (1/p) σ(XW/√d) σ(XW/√d)ᵀ
 * (∂f/∂W part plus the conjugate kernel ∂f/∂a, f(x) = (1/√p) Σ a_l σ(w_l·x/√d)), n/d → nOverD,
 * p/d → widthOverD. The Hadamard part tends in operator norm to E a²·(m0² G + (β² − m0²) I) up to
 * rank one (its fluctuations are O(√n/d)); the CK part is (1/p) Y Yᵀ with population
 * K = m0² G + (Var σ − m0²) I (+ rank one), with m0 = E σ′(z) = E z σ(z). Both are functions of
 * G = XXᵀ/d, and the law solves the equation of {@link NtkLinearSystem}. Rank-one terms (E σ,
 * m0) give at most two outliers.
 *
 * @example ntkLinear({ nOverD: 0.5, widthOverD: 1, activation: "tanh" })
 */
export function ntkLinear(params: NtkLinearParams): Measure {
  const gamma = requirePositive("nOverD", params.nOverD);
  const width = requirePositive("widthOverD", params.widthOverD);
  const co = ntkCoefficients(params.activation);
  const nu = squaredWeightLaw(params.a ?? "rademacher");
  const ea2 = meanOf(nu);
  const act = co.activation;
  const s = layerCoefficients((x) => act.sigma(x), act.breakpoints, 1);
  const m0 = co.m0;
  const c: NtkLinearCoefficients = {
    a1: ea2 * m0 * m0,
    a0: ea2 * Math.max(0, co.beta2 - m0 * m0),
    k1: m0 * m0,
    v: Math.max(0, s.m2 - s.k0 * s.k0 - m0 * m0),
    ratio: gamma / width,
  };
  const expr = `ntkLinear({ nOverD: ${gamma}, widthOverD: ${width}, activation: "${act.name}", a: ${nu.expr} })`;
  // m0 = 0: K = a0 I + (1/p) Y Yᵀ with Y's columns N(0, v I): a shifted Marchenko–Pastur law.
  if (c.a1 === 0 && c.k1 === 0) return renamed(c.v === 0 ? dirac(c.a0) : shift(mpMapSilverstein(c.ratio, dirac(c.v)), c.a0), expr);
  return new NtkLinearMeasure(c, gamma, expr);
}
