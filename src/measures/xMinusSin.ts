/**
 * x − sin x without cancellation: the Taylor series Σ_{n≥1} (−1)^{n+1} x^{2n+1}/(2n+1)! for |x| < 1,
 * the direct difference otherwise (where it loses at most a factor 1/(1 − sin 1) ≈ 6.3 in ulps).
 */
export function xMinusSin(x: number): number {
  if (Math.abs(x) >= 1) return x - Math.sin(x);
  const x2 = x * x;
  let term = (x * x2) / 6;
  let sum = term;
  for (let n = 2; n < 20; n++) {
    term *= -x2 / ((2 * n) * (2 * n + 1));
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}
