import { requireDimension, resolveActivation, type ActivationSpec } from "./params.js";
import { useGramRoute } from "./route.js";
import { sigmaOf } from "./ntk.js";
import { traceOf, transpose, type MatrixModel } from "./types.js";

/** Parameters of {@link conjugateKernel}. */
export interface ConjugateKernelParams {
  n: number;
  /** Input dimension d₀ = d. */
  d: number;
  /** Layer widths d₁ … d_L (L ≥ 1). */
  widths: number[];
  activation: ActivationSpec;
}

/**
 * `conjugateKernel`: the n×n matrix (1/d_L) H_L H_Lᵀ with H₀ = X (n×d, standard Gaussian rows
 * x_i ∈ R^d) and H_ℓ = σ(H_{ℓ−1} W_ℓ / √d_{ℓ−1}), W_ℓ d_{ℓ−1}×d_ℓ standard Gaussian — the CK of
 * Pennington–Worah (2017) and Fan–Wang (2020) in the row-sample layout, σ as given (no centring
 * or rescaling). Random matrices: 0 → X, ℓ → W_ℓ. Route `gram`: the d_L×d_L matrix
 * (1/d_L) H_Lᵀ H_L plus n − d_L zeros.
 */
export const conjugateKernel: MatrixModel<ConjugateKernelParams> = {
  name: "conjugateKernel",
  definition: "(1/d_L) H_L H_Lᵀ, H₀ = X (n×d), H_ℓ = σ(H_{ℓ−1} W_ℓ/√d_{ℓ−1}), W_ℓ standard Gaussian",
  validate(p) {
    const n = requireDimension("n", p.n);
    requireDimension("d", p.d);
    if (!Array.isArray(p.widths) || p.widths.length === 0)
      throw new RangeError(`widths must be a non-empty array of layer widths, got ${JSON.stringify(p.widths)}`);
    p.widths.forEach((w, i) => requireDimension(`widths[${i}]`, w));
    resolveActivation("activation", p.activation);
    return n;
  },
  async sample(p, ctx) {
    const act = resolveActivation("activation", p.activation);
    const dims = [p.d, ...p.widths];
    const { x, ws } = await ctx.timed("random", () => ({
      x: ctx.stream(0).fillNormal(new Float64Array(p.n * p.d)),
      ws: p.widths.map((w, l) => ctx.stream(l + 1).fillNormal(new Float64Array(dims[l] * w))),
    }));
    return ctx.timed("formation", async () => {
      let h: Float64Array = x;
      for (let l = 0; l < ws.length; l++)
        h = await ctx.backend.activatedProduct(h, ws[l], p.n, dims[l], dims[l + 1], 1 / Math.sqrt(dims[l]), sigmaOf(act));
      const m = dims[dims.length - 1];
      if (useGramRoute(ctx.route, p.n, m, p.n * p.n * m, m * m * p.n)) {
        const k = await ctx.backend.gramRows(transpose(h, p.n, m), m, p.n, 1 / m);
        return { matrix: k, dim: m, zeros: p.n - m, trace: traceOf(k, m), route: "gram" as const };
      }
      const k = await ctx.backend.gramRows(h, p.n, m, 1 / m);
      return { matrix: k, dim: p.n, zeros: 0, trace: traceOf(k, p.n), route: "direct" as const };
    });
  },
};
