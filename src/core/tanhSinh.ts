/**
 * Tanh–sinh (double-exponential) quadrature on (a, b) (Takahasi–Mori 1974; Bailey et al. 2005):
 * y = (a+b)/2 + (b−a)/2·tanh(π/2·sinh t), t = kh. Exponentially convergent for integrands that
 * are analytic inside the interval whatever their algebraic or logarithmic endpoint singularities
 * (√, 1/√, x^{−2/3}, log) — the behaviour of spectral densities and Stieltjes boundary values at
 * support edges. The integrand receives y and its exact distances to a and b (no cancellation
 * near the ends); a node that rounds onto an end is skipped (its weight is below rounding for
 * integrable singularities). With h = 1/12 and |t| ≤ 4 (97 nodes) the relative error is ~1e-13
 * for such integrands, x^{−2/3} included.
 */
const STEP = 1 / 12;
const TMAX = 4;

interface Rule {
  readonly lo: Float64Array; // 1 + x: distance to −1
  readonly hi: Float64Array; // 1 − x: distance to +1
  readonly w: Float64Array;
  readonly k: Int32Array; // node index t = k·h
}

function makeRule(step: number, tmax: number): Rule {
  const n = Math.round(tmax / step);
  const lo: number[] = [];
  const hi: number[] = [];
  const w: number[] = [];
  const ks: number[] = [];
  for (let k = -n; k <= n; k++) {
    const t = k * step;
    const u = (Math.PI / 2) * Math.sinh(t);
    const c = Math.cosh(u);
    const l = 2 / (1 + Math.exp(-2 * u));
    const h = 2 / (1 + Math.exp(2 * u));
    if (l < 1e-300 || h < 1e-300) continue;
    lo.push(l);
    hi.push(h);
    w.push((step * (Math.PI / 2) * Math.cosh(t)) / (c * c));
    ks.push(k);
  }
  return { lo: Float64Array.from(lo), hi: Float64Array.from(hi), w: Float64Array.from(w), k: Int32Array.from(ks) };
}

const DEFAULT_RULE = makeRule(STEP, TMAX);

/**
 * ∫_a^b f for vector-valued f of dimension `dim`: f(y, fromA, fromB, out) writes its values into
 * `out` (reused; zeroed before each call). Returns the integrals.
 */
export function tanhSinhVector(
  f: (y: number, fromA: number, fromB: number, out: Float64Array) => void,
  dim: number,
  a: number,
  b: number,
): Float64Array {
  const half = 0.5 * (b - a);
  const { lo, hi, w } = DEFAULT_RULE;
  const total = new Float64Array(dim);
  const out = new Float64Array(dim);
  for (let i = 0; i < w.length; i++) {
    const fromA = half * lo[i];
    const fromB = half * hi[i];
    const y = fromA <= fromB ? a + fromA : b - fromB;
    if (y === a || y === b) continue;
    out.fill(0);
    f(y, fromA, fromB, out);
    for (let k = 0; k < dim; k++) total[k] += w[i] * out[k];
  }
  for (let k = 0; k < dim; k++) total[k] *= half;
  return total;
}

/**
 * ∫_a^b f with an error estimate: the rule at step h against the same rule at 2h (its even
 * nodes). Since the error falls doubly exponentially with 1/h, |I_h − I_2h| bounds the error
 * of I_h generously.
 */
export function tanhSinhWithError(f: (y: number, fromA: number, fromB: number) => number, a: number, b: number): { value: number; error: number } {
  const half = 0.5 * (b - a);
  const { lo, hi, w, k } = DEFAULT_RULE;
  let fine = 0;
  let coarse = 0;
  for (let i = 0; i < w.length; i++) {
    const fromA = half * lo[i];
    const fromB = half * hi[i];
    const y = fromA <= fromB ? a + fromA : b - fromB;
    if (y === a || y === b) continue;
    const v = w[i] * f(y, fromA, fromB);
    fine += v;
    if (k[i] % 2 === 0) coarse += 2 * v;
  }
  return { value: fine * half, error: Math.abs(fine - coarse) * half };
}
