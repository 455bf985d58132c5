import type { Complex } from "../core/complex.js";
import { ConvergenceError } from "../core/errors.js";

const EULER_GAMMA = 0.5772156649015329;

/**
 * Stieltjes transform of the Gamma law with shape α and scale 2 (χ² with k = 2α degrees of freedom)
 * at z = −2p, by the series of the incomplete gamma function, for p near the negative real axis or
 * small (where the terms have nearly one sign):  s = ½ e^{p} p^{α−1} Γ(1 − α, p) with
 *   α ∉ ℤ:       Γ(a, p) = Γ(a) − Σ_k (−1)^k p^{a+k}/(k!(a+k))           (DLMF 8.7.3, a = 1 − α)
 *                s = ½e^{p}[p^{α−1}Γ(1−α) − Σ_k (−p)^k/(k!(k+1−α))]
 *   α = n + 1:   Γ(−n, p) = ((−1)^n/n!)(ψ(n+1) − log p) − Σ_{k≠n} (−1)^k p^{k−n}/(k!(k−n))
 *                s = ½e^{p}[((−p)^n/n!)(ψ(n+1) − log p) − Σ_{k≠n} (−p)^k/(k!(k−n))]
 * with principal powers and logarithm (a signed-zero Im p picks the side of the cut: z = x + i0,
 * x > 0, gives p = −x/2 − i0, the boundary value from C⁺). |p| must stay below ~700 (e^{|p|}).
 *
 * @param gammaOneMinusAlpha Γ(1 − α) (ignored for integer α)
 */
export function gammaStieltjesSeries(alpha: number, p: Complex, gammaOneMinusAlpha: number): Complex {
  const integer = Number.isInteger(alpha);
  const n = alpha - 1;
  const logRe = Math.log(Math.hypot(p.re, p.im));
  const logIm = Math.atan2(p.im, p.re);
  // Σ over k of t_k/(k + 1 − α), t_k = (−p)^k/k!
  let tr = 1;
  let ti = 0;
  let sr = 0;
  let si = 0;
  // the k = n term (integer α): (−p)^n/n!
  let nr = integer && n === 0 ? 1 : 0;
  let ni = 0;
  const radius = Math.hypot(p.re, p.im);
  let k = 0;
  for (; k < 20000; k++) {
    if (k > 0) {
      const ur = (-p.re * tr + p.im * ti) / k;
      const ui = (-p.re * ti - p.im * tr) / k;
      tr = ur;
      ti = ui;
      if (integer && k === n) {
        nr = tr;
        ni = ti;
      }
    }
    if (!(integer && k === n)) {
      const d = k + 1 - alpha;
      sr += tr / d;
      si += ti / d;
      if (k > radius && (!integer || k > n) && Math.abs(tr) + Math.abs(ti) <= 1e-17 * Math.abs(d) * (Math.abs(sr) + Math.abs(si))) break;
    }
  }
  if (k >= 20000) throw new ConvergenceError("gammaStieltjesSeries", p, NaN, k, `alpha = ${alpha}`);
  let ar: number;
  let ai: number;
  if (integer) {
    // ψ(n + 1) = −γ + H_n
    let psi = -EULER_GAMMA;
    for (let j = 1; j <= n; j++) psi += 1 / j;
    const cr = psi - logRe;
    const ci = -logIm;
    ar = nr * cr - ni * ci - sr;
    ai = nr * ci + ni * cr - si;
  } else {
    // p^{α−1}Γ(1−α) = Γ(1−α)·exp((α − 1)·log p)
    const mag = gammaOneMinusAlpha * Math.exp((alpha - 1) * logRe);
    const ang = (alpha - 1) * logIm;
    ar = mag * Math.cos(ang) - sr;
    ai = mag * Math.sin(ang) - si;
  }
  // ½ e^{p} (ar + i ai)
  const m = 0.5 * Math.exp(p.re);
  const c = Math.cos(p.im);
  const s = Math.sin(p.im);
  return { re: m * (ar * c - ai * s), im: m * (ar * s + ai * c) };
}
