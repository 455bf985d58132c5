import { eigvalsh } from "../linalg/index.js";
import { requireInteger, requireNonNegative } from "../core/validate.js";

/** Inputs of {@link populationOperatorMatrix}: W (d×p, row-major), the squared weights a_l², c = α², δ. */
export interface PopulationOperatorInput {
  readonly d: number;
  readonly p: number;
  /** W, d×p row-major. */
  readonly w: ArrayLike<number>;
  /** a_l², length p. */
  readonly a2: ArrayLike<number>;
  /** c = α² (first Hermite coefficient of φ squared). */
  readonly c: number;
  /** δ = β² − m0² − α² (the centred shift). */
  readonly delta: number;
}

/**
 * The population operator of the quadratic-scaling NTK (docs/design.md §2; docs/math/ntk-quadratic.md §2)
 *   Q(Y) = Y (c VᵀV/d + δ D²) + (c/d) V Yᵀ V   on R^{d×p},  V = W D, D = diag(a),
 * as a dp×dp symmetric matrix in the column-major basis vec(Y)[k + d·l] = Y_{kl}:
 *   Q[(k,l),(k′,l′)] = B_{ll′} δ_{kk′} + (c/d) V_{kl′} V_{k′l},   B = c VᵀV/d + δ D².
 * It is the covariance E[ψψᵀ | W] of the features ψ = x ⊗ (a ⊙ φ(Wᵀx/√d)) with the m0 part
 * (m0² I ⊗ aaᵀ) and rank-O(p) terms removed. Row-major Float64Array of size (dp)².
 */
export function populationOperatorMatrix(input: PopulationOperatorInput): Float64Array {
  const d = requireInteger("d", input.d, 1);
  const p = requireInteger("p", input.p, 1);
  const c = requireNonNegative("c", input.c);
  const delta = requireNonNegative("delta", input.delta);
  if (input.w.length !== d * p) throw new RangeError(`w must have length d·p = ${d * p}, got ${input.w.length}`);
  if (input.a2.length !== p) throw new RangeError(`a2 must have length p = ${p}, got ${input.a2.length}`);
  const v = new Float64Array(d * p);
  for (let k = 0; k < d; k++)
    for (let l = 0; l < p; l++) v[k * p + l] = input.w[k * p + l] * Math.sqrt(requireNonNegative(`a2[${l}]`, input.a2[l]));
  const b = new Float64Array(p * p);
  for (let l = 0; l < p; l++)
    for (let m = l; m < p; m++) {
      let t = 0;
      for (let k = 0; k < d; k++) t += v[k * p + l] * v[k * p + m];
      b[l * p + m] = b[m * p + l] = (c * t) / d;
    }
  for (let l = 0; l < p; l++) b[l * p + l] += delta * input.a2[l];
  const n = d * p;
  const q = new Float64Array(n * n);
  const cd = c / d;
  for (let l = 0; l < p; l++)
    for (let k = 0; k < d; k++) {
      const row = (k + d * l) * n;
      for (let lp = 0; lp < p; lp++) {
        const vklp = cd * v[k * p + lp];
        const base = row + d * lp;
        for (let kp = 0; kp < d; kp++) q[base + kp] = vklp * v[kp * p + l];
        q[base + k] += b[l * p + lp];
      }
    }
  return q;
}

/** Eigenvalues of {@link populationOperatorMatrix}, ascending (WebAssembly eigvalsh). */
export function populationOperatorEigenvalues(input: PopulationOperatorInput): Float64Array {
  return eigvalsh(populationOperatorMatrix(input), input.d * input.p);
}
