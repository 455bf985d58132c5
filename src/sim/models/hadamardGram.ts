import { requireDimension } from "./params.js";
import { useGramRoute } from "./route.js";
import { traceOf, type MatrixModel } from "./types.js";

/** Parameters of {@link hadamardGram}. */
export interface HadamardGramParams {
  n: number;
  d: number;
  p: number;
}

/**
 * `hadamardGram`: the n×n matrix (1/d) X Xᵀ ⊙ (1/p) Y Yᵀ, X n×d and Y n×p independent standard
 * Gaussian. Its rows are x_i ⊗ y_i/√(dp), so route `gram` diagonalises the dp×dp matrix
 * (1/(dp)) Σ_i (x_i x_iᵀ) ⊗ (y_i y_iᵀ) and appends n − dp zeros. In the quadratic scaling
 * n/(dp) → γ₁ the spectrum tends to mp(γ₁). Random matrices: 0 → X, 1 → Y.
 */
export const hadamardGram: MatrixModel<HadamardGramParams> = {
  name: "hadamardGram",
  definition: "(1/d) X Xᵀ ⊙ (1/p) Y Yᵀ, X n×d, Y n×p independent standard Gaussian",
  validate(p) {
    const n = requireDimension("n", p.n);
    requireDimension("d", p.d);
    requireDimension("p", p.p);
    return n;
  },
  async sample(p, ctx) {
    const { n, d, p: q } = p;
    const { x, y } = await ctx.timed("random", () => ({
      x: ctx.stream(0).fillNormal(new Float64Array(n * d)),
      y: ctx.stream(1).fillNormal(new Float64Array(n * q)),
    }));
    return ctx.timed("formation", async () => {
      const dp = d * q;
      if (useGramRoute(ctx.route, n, dp, n * n * (d + q), dp * dp * n)) {
        const k = await ctx.backend.kroneckerGram(x, d, y, q, n, 1 / dp);
        return { matrix: k, dim: dp, zeros: n - dp, trace: traceOf(k, dp), route: "gram" as const };
      }
      const k = await ctx.backend.hadamardGram(x, d, y, q, n, 1 / d, 1 / q);
      return { matrix: k, dim: n, zeros: 0, trace: traceOf(k, n), route: "direct" as const };
    });
  },
};
