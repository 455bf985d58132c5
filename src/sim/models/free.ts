import { requireNonNegative } from "../../core/validate.js";
import { haarOrthogonal } from "../haar.js";
import { resolveDiagonal, requireDimension, type DiagonalSpec } from "./params.js";
import { traceOf, type MatrixModel, type TrialContext } from "./types.js";

/** Parameters of {@link freeSum} and {@link freeProduct}. */
export interface FreePairParams {
  n: number;
  /** Eigenvalues of A (length n, a function, or a law: quantile grid or samples). */
  a: DiagonalSpec;
  /** Eigenvalues of B. */
  b: DiagonalSpec;
}

/** O diag(b) Oᵀ for a Haar O (random matrix 0 → the Gaussian behind O, 2 → sampled b). */
async function rotated(ctx: TrialContext, n: number, b: Float64Array): Promise<Float64Array> {
  const o = await ctx.timed("random", () => haarOrthogonal(n, ctx.stream(0)));
  return ctx.timed("formation", async () => {
    // O diag(b) Oᵀ = (O diag(√b₊))(…)ᵀ − (O diag(√b₋))(…)ᵀ.
    const part = async (sign: number): Promise<Float64Array | null> => {
      if (!b.some((v) => sign * v > 0)) return null;
      const f = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const bj = sign * b[j];
          f[i * n + j] = bj > 0 ? o[i * n + j] * Math.sqrt(bj) : 0;
        }
      return ctx.backend.gramRows(f, n, n, 1);
    };
    const pos = await part(1);
    const neg = await part(-1);
    const m = pos ?? new Float64Array(n * n);
    if (neg) for (let i = 0; i < m.length; i++) m[i] -= neg[i];
    return m;
  });
}

/**
 * `freeSum`: the n×n matrix A + O B Oᵀ, A = diag(a), B = diag(b), O Haar orthogonal; its
 * spectrum tends to the free additive convolution μ_a ⊞ μ_b (Voiculescu). Random matrices:
 * 0 → O (Mezzadri's QR construction), 1 → sampled a, 2 → sampled b.
 */
export const freeSum: MatrixModel<FreePairParams> = {
  name: "freeSum",
  definition: "A + O B Oᵀ with A = diag(a), B = diag(b), O Haar orthogonal → μ_a ⊞ μ_b",
  validate(p) {
    return requireDimension("n", p.n);
  },
  async sample(p, ctx) {
    const n = p.n;
    const a = resolveDiagonal("a", p.a, n, ctx.stream(1));
    const b = resolveDiagonal("b", p.b, n, ctx.stream(2));
    const m = await rotated(ctx, n, b);
    for (let i = 0; i < n; i++) m[i * n + i] += a[i];
    return { matrix: m, dim: n, zeros: 0, trace: traceOf(m, n), route: "direct" };
  },
};

/**
 * `freeProduct`: the n×n matrix A^{1/2} O B Oᵀ A^{1/2}, A = diag(a) with a ≥ 0, B = diag(b),
 * O Haar orthogonal — the symmetric form of A·OBOᵀ, same eigenvalues; its spectrum tends to the
 * free multiplicative convolution μ_a ⊠ μ_b. Random matrices as in {@link freeSum}.
 */
export const freeProduct: MatrixModel<FreePairParams> = {
  name: "freeProduct",
  definition: "A^{1/2} O B Oᵀ A^{1/2} with A = diag(a) ≥ 0, B = diag(b), O Haar orthogonal → μ_a ⊠ μ_b",
  validate(p) {
    return requireDimension("n", p.n);
  },
  async sample(p, ctx) {
    const n = p.n;
    const a = resolveDiagonal("a", p.a, n, ctx.stream(1));
    a.forEach((v, i) => requireNonNegative(`a[${i}]`, v));
    const b = resolveDiagonal("b", p.b, n, ctx.stream(2));
    const m = await rotated(ctx, n, b);
    const r = a.map(Math.sqrt);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i * n + j] *= r[i] * r[j];
    return { matrix: m, dim: n, zeros: 0, trace: traceOf(m, n), route: "direct" };
  },
};
