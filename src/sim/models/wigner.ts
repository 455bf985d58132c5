import { requirePositive } from "../../core/validate.js";
import { requireDimension } from "./params.js";
import { traceOf, type MatrixModel } from "./types.js";

/** Parameters of {@link wigner}. */
export interface WignerParams {
  n: number;
  /** Off-diagonal variance times n (the semicircle's variance); default 1. */
  variance?: number;
}

/**
 * `wigner`: the GOE-type n×n symmetric matrix H with H_ij = H_ji ~ N(0, v/n) for i < j and
 * H_ii ~ N(0, 2v/n), v = `variance`; its spectrum tends to the semicircle of variance v,
 * support [−2√v, 2√v]. Random matrix 0: the upper triangle row by row (diagonal included).
 */
export const wigner: MatrixModel<WignerParams> = {
  name: "wigner",
  definition: "H symmetric, H_ij ~ N(0, variance/n) (i < j), H_ii ~ N(0, 2·variance/n) → semicircle on [−2√variance, 2√variance]",
  validate(p) {
    const n = requireDimension("n", p.n);
    if (p.variance !== undefined) requirePositive("variance", p.variance);
    return n;
  },
  async sample(p, ctx) {
    const n = p.n;
    const v = p.variance ?? 1;
    const h = await ctx.timed("random", () => {
      const g = ctx.stream(0);
      const m = new Float64Array(n * n);
      const off = Math.sqrt(v / n);
      const diag = Math.sqrt((2 * v) / n);
      for (let i = 0; i < n; i++) {
        m[i * n + i] = diag * g.normal();
        for (let j = i + 1; j < n; j++) {
          const x = off * g.normal();
          m[i * n + j] = x;
          m[j * n + i] = x;
        }
      }
      return m;
    });
    return { matrix: h, dim: n, zeros: 0, trace: traceOf(h, n), route: "direct" };
  },
};
