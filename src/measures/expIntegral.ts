import type { Complex } from "../core/complex.js";
import { ConvergenceError } from "../core/errors.js";
import { requireNumber } from "../core/validate.js";

const EULER_GAMMA = 0.5772156649015329;

/**
 * The exponential integral E₁(p) = ∫_1^∞ e^{−pt}/t dt (principal branch, cut on the negative real
 * axis; a signed-zero imaginary part selects the side: E₁(−x ∓ i0) = −Ei(x) ± iπ) times e^{p}:
 * returns e^{p}·E₁(p).
 *
 * Methods: the power series E₁(p) = −γ − log p − Σ_{n≥1} (−p)ⁿ/(n·n!) (Abramowitz & Stegun 5.1.11)
 * where it has little cancellation (|p| ≤ 1.6, or |p| + Re p ≤ 2: near the negative real axis the
 * terms have nearly one sign; the loss is at most ~e^{|p|+Re p}); elsewhere the continued fraction
 *   e^{p}E₁(p) = 1/(p + 1 − 1²/(p + 3 − 2²/(p + 5 − …)))   (A&S 5.1.22, even contraction)
 * by the modified Lentz algorithm. |p| ≤ 700 in the series region (e^{|p|} must not overflow).
 * Accuracy ~1e-15 relative (tested against mpmath).
 */
export function scaledE1(p: Complex): Complex {
  requireNumber("p.re", p.re);
  requireNumber("p.im", p.im);
  const r = Math.hypot(p.re, p.im);
  if (r === 0) throw new RangeError(`p must be ≠ 0 (E₁ has a logarithmic singularity at 0), got 0`);
  if (r + p.re <= 2 || r <= 1.6) {
    if (r > 700) throw new RangeError(`|p| must be ≤ 700 near the negative real axis, got ${r}`);
    const e = e1Series(p);
    // multiply by e^{p}
    const m = Math.exp(p.re);
    const c = Math.cos(p.im);
    const s = Math.sin(p.im);
    return { re: m * (e.re * c - e.im * s), im: m * (e.re * s + e.im * c) };
  }
  return gammaContinuedFraction(0, p);
}

/** E₁(p) by its power series (see {@link scaledE1}); the sign of Im p (incl. −0) picks the side of the cut. */
export function e1Series(p: Complex): Complex {
  // log p with the branch given by the sign of p.im (atan2 honours −0)
  const logRe = Math.log(Math.hypot(p.re, p.im));
  const logIm = Math.atan2(p.im, p.re);
  // Σ_{n≥1} (−p)ⁿ/(n·n!): term_n = term_{n−1}·(−p)/n, added as term_n/n
  let tr = 1;
  let ti = 0;
  let sr = 0;
  let si = 0;
  const qr = -p.re;
  const qi = -p.im;
  for (let n = 1; n < 5000; n++) {
    const nr = (tr * qr - ti * qi) / n;
    const ni = (tr * qi + ti * qr) / n;
    tr = nr;
    ti = ni;
    sr += tr / n;
    si += ti / n;
    if (Math.abs(tr) + Math.abs(ti) <= 1e-17 * n * (Math.abs(sr) + Math.abs(si))) break;
  }
  return { re: -EULER_GAMMA - logRe - sr, im: -logIm - si };
}

/**
 * G(a, p) = e^{p} p^{−a} Γ(a, p) by the continued fraction (Legendre; A&S 6.5.31, even form)
 *   G = 1/(p + 1 − a − 1·(1 − a)/(p + 3 − a − 2·(2 − a)/(p + 5 − a − …)))
 * with the modified Lentz algorithm (Numerical Recipes §5.2). Converges for p off the negative real
 * axis; fast for |p| large or far from that axis (callers use it only there).
 */
export function gammaContinuedFraction(a: number, p: Complex): Complex {
  const tiny = 1e-300;
  // f = b0 + K(a_n/b_n), b0 = p + 1 − a, a_n = −n(n − a), b_n = p + 2n + 1 − a; result 1/f
  let fr = p.re + 1 - a;
  let fi = p.im;
  if (fr === 0 && fi === 0) fr = tiny;
  let cr = fr;
  let ci = fi;
  let dr = 0;
  let di = 0;
  let lastChange = Infinity;
  for (let n = 1; n < 20000; n++) {
    const an = -n * (n - a);
    const br = p.re + 2 * n + 1 - a;
    const bi = p.im;
    // D = 1/(b + a_n D)
    let xr = br + an * dr;
    let xi = bi + an * di;
    if (xr === 0 && xi === 0) xr = tiny;
    let q = xr * xr + xi * xi;
    dr = xr / q;
    di = -xi / q;
    // C = b + a_n / C
    q = cr * cr + ci * ci;
    cr = br + (an * cr) / q;
    ci = bi - (an * ci) / q;
    if (cr === 0 && ci === 0) cr = tiny;
    const er = cr * dr - ci * di;
    const ei = cr * di + ci * dr;
    const nfr = fr * er - fi * ei;
    fi = fr * ei + fi * er;
    fr = nfr;
    lastChange = Math.abs(er - 1) + Math.abs(ei);
    if (lastChange < 2e-16) {
      const m = fr * fr + fi * fi;
      return { re: fr / m, im: -fi / m };
    }
  }
  throw new ConvergenceError("gammaContinuedFraction", p, lastChange, 20000, `a = ${a}`);
}
