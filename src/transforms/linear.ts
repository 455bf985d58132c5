import type { Complex } from "../core/complex.js";
import { div, mul, sub } from "../core/complex.js";

/**
 * Solves J·x = r for a 1×1 or 2×2 complex system (row-major J), by Cramer's rule.
 * Returns null when J is singular to working precision.
 */
export function solveSmall(J: readonly Complex[], r: readonly Complex[]): Complex[] | null {
  if (r.length === 1) {
    const d = J[0];
    if (d.re === 0 && d.im === 0) return null;
    return [div(r[0], d)];
  }
  const [a, b, c, d] = J;
  const det = sub(mul(a, d), mul(b, c));
  if (det.re === 0 && det.im === 0) return null;
  return [div(sub(mul(d, r[0]), mul(b, r[1])), det), div(sub(mul(a, r[1]), mul(c, r[0])), det)];
}

/** Euclidean norm of a complex vector. */
export function norm(v: readonly Complex[]): number {
  let t = 0;
  for (const x of v) t += x.re * x.re + x.im * x.im;
  return Math.sqrt(t);
}
