import { ConvergenceError } from "../core/errors.js";
import { logGamma } from "./gammaFunction.js";

/**
 * Regularized incomplete gamma functions for a > 0 and x ≥ 0: returns [P(a, x), Q(a, x)], P + Q = 1, each relatively accurate when it is the
 * smaller one. Series P = x^a e^{−x}/Γ(a+1)·Σ xⁿ/((a+1)…(a+n)) for x < a + 1; Legendre continued
 * fraction for Q otherwise (Numerical Recipes §6.2, A&S 6.5.29 and 6.5.31).
 */
export function regularizedGamma(a: number, x: number): [number, number] {
  if (x <= 0) return [0, 1];
  const logPrefactor = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10000; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < 1e-17 * sum) {
        const p = Math.exp(logPrefactor) * sum;
        return [p, 1 - p];
      }
    }
    throw new ConvergenceError("regularizedGamma series", x, term / sum, 10000, `a = ${a}`);
  }
  // Q = e^{−x} x^a/Γ(a) · 1/(x + 1 − a − 1(1 − a)/(x + 3 − a − …)), modified Lentz
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 10000; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) {
      const q = Math.exp(logPrefactor) * h;
      return [1 - q, q];
    }
  }
  throw new ConvergenceError("regularizedGamma continued fraction", x, NaN, 10000, `a = ${a}`);
}
