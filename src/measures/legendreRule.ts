/**
 * n-point Gauss–Legendre rule on [0, 1] (nodes ascending), by Newton's method on Pₙ from the
 * Tricomi starting values cos(π(i + ¾)/(n + ½)) (Abramowitz & Stegun 25.4.29 for the weights
 * wᵢ = 2/((1 − xᵢ²) Pₙ′(xᵢ)²) on [−1, 1]). Used for short smooth tail integrals.
 */
export function legendreRule(n: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let t = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 1;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = t;
      for (let k = 1; k < n; k++) {
        const p2 = ((2 * k + 1) * t * p1 - k * p0) / (k + 1);
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (t * p1 - p0)) / (t * t - 1);
      const dt = p1 / dp;
      t -= dt;
      if (Math.abs(dt) <= 1e-16) break;
    }
    x[n - 1 - i] = 0.5 * (t + 1);
    w[n - 1 - i] = 1 / ((1 - t * t) * dp * dp);
  }
  return { x, w };
}
