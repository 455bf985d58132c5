import { ConvergenceError } from "../core/errors.js";

/**
 * Solves F(x) = p on a bracket [lo, hi] with F(lo) ≤ p ≤ F(hi), F continuous and non-decreasing,
 * by Newton steps x ← x − (F(x) − p)/f(x) (f = F′) safeguarded by bisection: a step that leaves the
 * current bracket, or that fails to halve it within two steps, is replaced by a bisection.
 * Stops when the bracket is below 2ε·|x| + 1e-300·scale or F(x) = p exactly.
 *
 * @param scale a length that sets the (tiny) absolute floor of the tolerance (e.g. the support width)
 * @returns the root to a few ulps (monotone F: the smallest such x up to that tolerance)
 */
export function invertCdf(
  p: number,
  cdf: (x: number) => number,
  density: (x: number) => number,
  lo: number,
  hi: number,
  scale: number,
): number {
  let a = lo;
  let b = hi;
  let x = 0.5 * (a + b);
  let widthBefore = b - a;
  for (let it = 0; it < 400; it++) {
    const fx = cdf(x) - p;
    if (fx === 0) return x;
    if (fx < 0) a = x;
    else b = x;
    const tol = 2 * Number.EPSILON * Math.abs(x) + 1e-300 * scale;
    if (b - a <= tol) return fx < 0 ? b : x;
    const d = density(x);
    let next = d > 0 && Number.isFinite(d) ? x - fx / d : NaN;
    if (Math.abs(next - x) <= 0.25 * tol && next > a && next < b) return next;
    // Bisect when Newton leaves the bracket or the bracket shrinks too slowly.
    if (!(next > a && next < b) || (it % 3 === 2 && b - a > 0.5 * widthBefore)) next = 0.5 * (a + b);
    if (it % 3 === 2) widthBefore = b - a;
    x = next;
  }
  throw new ConvergenceError("invertCdf", p, b - a, 400, `bracket [${a}, ${b}]`);
}
