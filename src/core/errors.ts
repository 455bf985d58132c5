import type { Complex } from "./complex.js";
import { toString as complexToString } from "./complex.js";

/**
 * Thrown when an iterative solver fails to converge. Carries the point where it was solving,
 * the last residual and the iteration count, so the caller can report exactly what failed.
 */
export class ConvergenceError extends Error {
  override readonly name = "ConvergenceError";
  constructor(
    readonly solver: string,
    readonly point: Complex | number,
    readonly residual: number,
    readonly iterations: number,
    detail = "",
  ) {
    const at = typeof point === "number" ? String(point) : complexToString(point);
    super(
      `${solver} did not converge at ${at}: residual ${residual.toExponential(3)} after ${iterations} iterations` +
        (detail ? ` (${detail})` : ""),
    );
  }
}

/**
 * Thrown by a Stieltjes transform evaluated on the real axis where it is infinite although the
 * point is not an atom: a hard edge where the density blows up like |x − x₀|^(−1/2). The density
 * there is +∞ (an integrable singularity).
 */
export class SingularPointError extends RangeError {
  override readonly name = "SingularPointError";
  constructor(
    readonly x: number,
    expr: string,
  ) {
    super(`z = ${x}: s(z) is infinite there for ${expr} (the density blows up like |x − ${x}|^(−1/2))`);
  }
}
