/** Truncated power series with real coefficients c[0] + c[1]u + … + c[K]u^K. */

export function seriesMul(a: readonly number[], b: readonly number[], K: number): number[] {
  const c = new Array<number>(K + 1).fill(0);
  for (let i = 0; i <= K && i < a.length; i++) {
    if (a[i] === 0) continue;
    for (let j = 0; j + i <= K && j < b.length; j++) c[i + j] += a[i] * b[j];
  }
  return c;
}

/** Compositional inverse of f(u) = f1 u + f2 u² + … (f1 ≠ 0), to order K, by Newton's iteration on coefficients. */
export function seriesReverse(f: readonly number[], K: number): number[] {
  if (!(f[0] === 0 || f[0] === undefined) || !f[1]) throw new RangeError("series reversion needs f(0) = 0 and f'(0) ≠ 0");
  // Lagrange-free order-by-order solve: g = (u − Σ_{k≥2} f_k g^k)/f1.
  let g = new Array<number>(K + 1).fill(0);
  g[1] = 1 / f[1];
  for (let order = 2; order <= K; order++) {
    const next = new Array<number>(K + 1).fill(0);
    next[1] = 1;
    let power = g.slice();
    for (let k = 2; k <= order && k < f.length; k++) {
      power = seriesMul(power, g, K);
      for (let i = 0; i <= K; i++) next[i] -= f[k] * power[i];
    }
    g = next.map((c) => c / f[1]);
  }
  return g;
}

/** Moments m_1..m_K → free cumulants κ_1..κ_K (Speicher's moment–cumulant relation via R(G)).
 * Uses M(u) = 1 + Σ m_k u^k and M(u) = 1 + Σ_s κ_s u^s M(u)^s (Nica–Speicher, Lecture 16). */
export function freeCumulantsFromMoments(m: readonly number[]): number[] {
  const K = m.length;
  const M = [1, ...m];
  const kappa: number[] = [];
  // Coefficient of u^n: m_n = Σ_{s=1}^n κ_s [u^{n−s}] M^s.
  const powers: number[][] = [[1]];
  for (let s = 1; s <= K; s++) powers.push(seriesMul(powers[s - 1], M, K));
  for (let n = 1; n <= K; n++) {
    let rest = 0;
    for (let s = 1; s < n; s++) rest += kappa[s - 1] * (powers[s][n - s] ?? 0);
    kappa.push(M[n] - rest);
  }
  return kappa;
}

/** Free cumulants κ_1..κ_K → moments m_1..m_K (inverse of {@link freeCumulantsFromMoments}). */
export function momentsFromFreeCumulants(kappa: readonly number[]): number[] {
  const K = kappa.length;
  const M = new Array<number>(K + 1).fill(0);
  M[0] = 1;
  for (let n = 1; n <= K; n++) {
    // [u^n] of 1 + Σ κ_s u^s M^s needs M only up to order n − 1.
    let acc = 0;
    let power = [1];
    for (let s = 1; s <= n; s++) {
      power = seriesMul(power, M.slice(0, n), n);
      acc += kappa[s - 1] * (power[n - s] ?? 0);
    }
    M[n] = acc;
  }
  return M.slice(1);
}

/**
 * The exact moment function of a law built from two measures whose moments combine by `combine`
 * (returning m_1..m_K), when both have exact moments; m₀ = 1.
 */
export function pairMoment(
  mu: { moment?: (k: number) => number },
  nu: { moment?: (k: number) => number },
  combine: (mu: (k: number) => number, nu: (k: number) => number, K: number) => number[],
): ((k: number) => number) | undefined {
  const a = mu.moment?.bind(mu);
  const b = nu.moment?.bind(nu);
  if (!a || !b) return undefined;
  return (k: number) => (k === 0 ? 1 : combine(a, b, k)[k - 1]);
}
