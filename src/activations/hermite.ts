/**
 * Normalised probabilists' Hermite polynomials h_k = He_k/√(k!), orthonormal for N(0, 1):
 * E h_j(z) h_k(z) = δ_jk. Recurrence √(k+1) h_{k+1}(x) = x h_k(x) − √k h_{k−1}(x)
 * (from He_{k+1} = x He_k − k He_{k−1}, Abramowitz & Stegun 22.7.14 in the He normalisation).
 */

/** h_k(x) = He_k(x)/√(k!) by the stable three-term recurrence. */
export function normalizedHermite(k: number, x: number): number {
  let prev = 0;
  let cur = 1;
  for (let j = 0; j < k; j++) {
    const next = (x * cur - Math.sqrt(j) * prev) / Math.sqrt(j + 1);
    prev = cur;
    cur = next;
  }
  return cur;
}

/** Writes h_0(x) … h_K(x) into out[0..K]. */
export function normalizedHermiteAll(K: number, x: number, out: Float64Array): void {
  out[0] = 1;
  if (K >= 1) out[1] = x;
  for (let j = 1; j < K; j++) out[j + 1] = (x * out[j] - Math.sqrt(j) * out[j - 1]) / Math.sqrt(j + 1);
}

/**
 * Coefficients c_0..c_k of h_k(x) = Σ c_j x^j:
 * He_k(x) = k! Σ_m (−1)^m x^{k−2m} / (m! (k−2m)! 2^m)  (A&S 22.3.11), divided by √(k!).
 */
export function normalizedHermiteCoefficients(k: number): number[] {
  const c = new Array<number>(k + 1).fill(0);
  let lead = 1;
  for (let j = 2; j <= k; j++) lead /= Math.sqrt(j);
  // c_{k−2(m+1)} / c_{k−2m} = −(k−2m)(k−2m−1) / (2(m+1))
  let term = lead;
  for (let m = 0; 2 * m <= k; m++) {
    c[k - 2 * m] = term;
    term *= -((k - 2 * m) * (k - 2 * m - 1)) / (2 * (m + 1));
  }
  return c;
}
