import { requireNumber } from "../../core/validate.js";
import { requireDimension, resolveActivation } from "./params.js";
import { traceOf, type MatrixModel } from "./types.js";

/** Parameters of {@link kernelMatrix}. */
export interface KernelMatrixParams {
  n: number;
  d: number;
  /** The kernel function f: a JS function; an activation-registry name ("tanh", "relu", …) or
   * "custom(sigma: …)" (its σ); or any other string, read as a mathjs expression in x ("exp(x)"). */
  f: ((t: number) => number) | string;
  /**
   * Diagonal convention: "f" (default) K_ii = f(‖x_i‖²/d), as in El Karoui (2010), where the
   * diagonal contributes (f(1) − f(0) − f′(0))·I in the limit; "zero" K_ii = 0; a number c: K_ii = c.
   */
  diagonal?: "f" | "zero" | number;
}

/**
 * `kernelMatrix`: the n×n inner-product kernel matrix K_ij = f(x_i·x_j/d) (i ≠ j) in the linear
 * scaling n/d → γ, x_i ∈ R^d standard Gaussian (El Karoui, "The spectrum of kernel random
 * matrices", Ann. Statist. 38 (2010)); diagonal per `diagonal`. Random matrix 0 → X (n×d).
 */
export const kernelMatrix: MatrixModel<KernelMatrixParams> = {
  name: "kernelMatrix",
  definition: "K_ij = f(x_i·x_j/d) for i ≠ j, X n×d standard Gaussian; K_ii = f(‖x_i‖²/d) (default), 0, or a constant",
  validate(p) {
    const n = requireDimension("n", p.n);
    requireDimension("d", p.d);
    kernelFunction(p.f);
    const dg = p.diagonal;
    if (dg !== undefined && dg !== "f" && dg !== "zero") requireNumber("diagonal", dg);
    return n;
  },
  async sample(p, ctx) {
    const { n, d } = p;
    const f = kernelFunction(p.f);
    const x = await ctx.timed("random", () => ctx.stream(0).fillNormal(new Float64Array(n * d)));
    return ctx.timed("formation", async () => {
      const g = await ctx.backend.gramRows(x, n, d, 1 / d);
      const dg = p.diagonal ?? "f";
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const idx = i * n + j;
          if (i !== j) g[idx] = f(g[idx]);
          else g[idx] = dg === "f" ? f(g[idx]) : dg === "zero" ? 0 : dg;
        }
      return { matrix: g, dim: n, zeros: 0, trace: traceOf(g, n), route: "direct" as const };
    });
  },
};

function kernelFunction(f: unknown): (t: number) => number {
  if (typeof f === "function") return f as (t: number) => number;
  if (typeof f === "string") {
    let act;
    try {
      act = resolveActivation("f", f);
    } catch (e) {
      if (!(e instanceof RangeError) || !e.message.startsWith("unknown activation")) throw e;
      act = resolveActivation("f", { sigma: f });
    }
    return (t) => act.sigma(t);
  }
  throw new TypeError(`f must be a function or an expression string, got ${JSON.stringify(f)}`);
}
