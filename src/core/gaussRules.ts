/**
 * Gauss quadrature rules: Gauss–Legendre on [−1, 1] and Gauss–Hermite for the standard normal
 * weight. Rules are computed once per n and cached; the public functions return fresh copies
 * (callers may write to them), `cachedGaussLegendre` the shared cached arrays (read only).
 */
import { requireInteger } from "./validate.js";

export interface GaussRule {
  /** Nodes in increasing order. */
  readonly nodes: Float64Array;
  /** Weights aligned with `nodes`. */
  readonly weights: Float64Array;
}

const MAX_ORDER = 2000;
const legendreCache = new Map<number, GaussRule>();
const hermiteCache = new Map<number, GaussRule>();

/**
 * Legendre values at x = cos θ = 1 − u, u = 2 sin²(θ/2) (full relative accuracy near x = 1):
 * returns [P_n(x), P_{n−1}(x)] from the recurrence (k+1) P_{k+1} = (2k+1) x P_k − k P_{k−1} written
 * for the differences D_k = P_k − P_{k−1}: D_{k+1} = (k D_k − (2k+1) u P_k)/(k+1), P_{k+1} = P_k + D_{k+1}.
 * Writing x = 1 − u avoids the loss of θ's relative precision in cos θ near the ends (weights near
 * ±1 then keep ~1e-15 relative accuracy).
 */
function legendrePair(n: number, u: number): [number, number] {
  if (n === 0) return [1, 0];
  let p = 1 - u; // P_1
  let prev = 1; // P_0
  let d = -u; // D_1
  for (let k = 1; k < n; k++) {
    d = (k * d - (2 * k + 1) * u * p) / (k + 1);
    prev = p;
    p += d;
  }
  return [p, prev];
}

/**
 * n-point Gauss–Legendre rule on [−1, 1] (exact for polynomials of degree ≤ 2n − 1).
 *
 * Nodes are found by Newton's method in the angle θ (x = cos θ) on P_n(cos θ), started from
 * θ_i = π(4i − 1)/(4n + 2) (Szegő, Orthogonal Polynomials, Thm 6.21.3 / Tricomi's asymptotics), which
 * keeps 1 − x² = sin²θ relatively accurate near the ends. Weights
 * w_i = 2(1 − x_i²) / (n P_{n−1}(x_i))² (Abramowitz & Stegun 25.4.29 with (1−x²)P_n' = n(P_{n−1} − xP_n)).
 * Accuracy: nodes and weights to a few ulps (tested: exactness on monomials to 1e-14 relative).
 *
 * @param n number of nodes, integer in [1, 2000]
 * @example const { nodes, weights } = gaussLegendre(5); // Σ weights = 2
 */
export function gaussLegendre(n: number): GaussRule {
  const r = cachedGaussLegendre(n);
  return { nodes: r.nodes.slice(), weights: r.weights.slice() };
}

/** As gaussLegendre, but returns the shared cached arrays: callers must not write to them. */
export function cachedGaussLegendre(n: number): GaussRule {
  requireInteger("n", n, 1);
  if (n > MAX_ORDER) throw new RangeError(`n must be ≤ ${MAX_ORDER}, got ${n}`);
  const cached = legendreCache.get(n);
  if (cached) return cached;
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const half = Math.floor(n / 2);
  for (let i = 1; i <= half; i++) {
    let theta = (Math.PI * (4 * i - 1)) / (4 * n + 2);
    // Newton converges quadratically from this start; one step after |step| < 1e-10·θ reaches round-off.
    let polish = false;
    for (let iter = 0; iter < 50; iter++) {
      const x = Math.cos(theta);
      const s = Math.sin(theta);
      const h = Math.sin(0.5 * theta);
      const [pn, pn1] = legendrePair(n, 2 * h * h);
      // d/dθ P_n(cos θ) = −sin θ P_n'(x) = −n (P_{n−1} − x P_n)/sin θ
      const step = (pn * s) / (n * (pn1 - x * pn));
      theta += step;
      if (polish) break;
      if (Math.abs(step) <= 1e-10 * theta) polish = true;
    }
    const x = Math.cos(theta);
    const s = Math.sin(theta);
    const h = Math.sin(0.5 * theta);
    const [pn, pn1] = legendrePair(n, 2 * h * h);
    const dp = n * (pn1 - x * pn); // (1 − x²) P_n'(x)
    const w = (2 * s * s) / (dp * dp);
    // θ_i increasing ⇒ x decreasing: store −x at the front, +x at the back.
    nodes[i - 1] = -x;
    nodes[n - i] = x;
    weights[i - 1] = w;
    weights[n - i] = w;
  }
  if (n % 2 === 1) {
    const [, pn1] = legendrePair(n, 1);
    nodes[half] = 0;
    weights[half] = 2 / (n * pn1 * (n * pn1));
  }
  const rule = Object.freeze({ nodes, weights });
  legendreCache.set(n, rule);
  return rule;
}

/**
 * Orthonormal probabilists' Hermite values scaled by e^{−x²/4}: returns [ψ_n, ψ_{n−1}] with
 * ψ_k = e^{−x²/4} He_k(x)/√(k!), from √(k+1) p_{k+1} = x p_k − √k p_{k−1} (no overflow for |x| < 60).
 */
function hermitePair(n: number, x: number): [number, number] {
  let p0 = 0;
  let p1 = Math.exp(-0.25 * x * x);
  for (let k = 0; k < n; k++) {
    const p2 = (x * p1 - Math.sqrt(k) * p0) / Math.sqrt(k + 1);
    p0 = p1;
    p1 = p2;
  }
  return [p1, p0];
}

/** Number of eigenvalues < λ of the Jacobi matrix of He (zero diagonal, off-diagonal √k), by Sturm counts. */
function hermiteCountBelow(n: number, lambda: number): number {
  let count = 0;
  let d = -lambda;
  if (d < 0) count++;
  for (let k = 1; k < n; k++) {
    const dd = d === 0 ? 1e-300 : d;
    d = -lambda - k / dd;
    if (d < 0) count++;
  }
  return count;
}

/**
 * n-point Gauss–Hermite rule for the probabilists' weight e^{−x²/2}/√(2π) (weights sum to 1;
 * exact for polynomials of degree ≤ 2n − 1: Σ w_i x_i^{2k} = (2k − 1)!!).
 *
 * Golub–Welsch idea (Math. Comp. 23, 1969): the nodes are the eigenvalues of the Jacobi matrix
 * (zero diagonal, off-diagonal √k); each is isolated by Sturm-sequence bisection, then polished by
 * Newton on He_n. Weights w_i = 1 / (n p_{n−1}(x_i)²) for orthonormal p_k = He_k/√(k!)
 * (Christoffel–Darboux). Weights below 1e-308 underflow to 0 (n > ~700).
 *
 * @param n number of nodes, integer in [1, 2000]
 * @example const { nodes, weights } = gaussHermite(10); // Σ w x² = 1
 */
export function gaussHermite(n: number): GaussRule {
  const r = cachedGaussHermite(n);
  return { nodes: r.nodes.slice(), weights: r.weights.slice() };
}

/** As gaussHermite, but returns the shared cached arrays: callers must not write to them. */
export function cachedGaussHermite(n: number): GaussRule {
  requireInteger("n", n, 1);
  if (n > MAX_ORDER) throw new RangeError(`n must be ≤ ${MAX_ORDER}, got ${n}`);
  const cached = hermiteCache.get(n);
  if (cached) return cached;
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const bound = 2 * Math.sqrt(n) + 1;
  const half = Math.floor(n / 2);
  // Positive nodes have ranks n − half .. n − 1 (0-based) in increasing order.
  for (let r = n - half; r < n; r++) {
    let lo = 0;
    let hi = bound;
    while (hi - lo > 1e-15 * hi) {
      const mid = 0.5 * (lo + hi);
      if (mid === lo || mid === hi) break;
      if (hermiteCountBelow(n, mid) > r) hi = mid;
      else lo = mid;
    }
    let x = 0.5 * (lo + hi);
    for (let iter = 0; iter < 3; iter++) {
      const [pn, pn1] = hermitePair(n, x);
      // p_n' = √n p_{n−1} (the e^{−x²/4} factor cancels in the ratio)
      x -= pn / (Math.sqrt(n) * pn1);
    }
    const [, pn1] = hermitePair(n, x);
    const w = Math.exp(-0.5 * x * x) / (n * pn1 * pn1);
    nodes[r] = x;
    nodes[n - 1 - r] = -x;
    weights[r] = w;
    weights[n - 1 - r] = w;
  }
  if (n % 2 === 1) {
    const [, pn1] = hermitePair(n, 0);
    nodes[half] = 0;
    weights[half] = 1 / (n * pn1 * pn1);
  }
  const rule = Object.freeze({ nodes, weights });
  hermiteCache.set(n, rule);
  return rule;
}
