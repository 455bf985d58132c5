/**
 * The gamma function for real arguments.
 *
 * log Γ(x), x > 0: Stirling's series (x − ½)log x − x + ½log 2π + Σ_{j=1}^{8} B_{2j}/(2j(2j−1)x^{2j−1})
 * (DLMF 5.11.1) at x + n ≥ 12 (truncation error < 1e-19), shifted down by
 * log Γ(x) = log Γ(x + n) − log Π_{j<n}(x + j). Γ(x) itself uses the product form
 * √(2π)·y^{y−½}·e^{−y}·e^{series} at y = x + n (no large exponent to round) divided by Π(x + j):
 * a few ulps; for x < ½ the reflection Γ(x)Γ(1 − x) = π/sin(πx) (DLMF 5.5.3).
 */

/** B_{2j}/(2j(2j−1)), j = 1…8. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** Σ_j B_{2j}/(2j(2j−1) y^{2j−1}) for y ≥ 12. */
function stirlingCorrection(y: number): number {
  const inv = 1 / y;
  const inv2 = inv * inv;
  let series = 0;
  for (let j = STIRLING.length - 1; j >= 0; j--) series = series * inv2 + STIRLING[j];
  return series * inv;
}

/** log Γ(x) for x > 0 (absolutely accurate to a few ulps of max(1, |log Γ|)). */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`x must be finite and > 0, got ${x}`);
  // below 12 the shifted Stirling form would subtract two numbers near log Γ(12) ≈ 17.5
  if (x < 12) return x >= 0.5 ? Math.log(gammaPositive(x)) : Math.log(gammaPositive(x + 1)) - Math.log(x);
  let shift = 0;
  let product = 1;
  let y = x;
  while (y < 12) {
    product *= y;
    y += 1;
    if (product > 1e280) {
      shift += Math.log(product);
      product = 1;
    }
  }
  shift += Math.log(product);
  return (y - 0.5) * Math.log(y) - y + HALF_LOG_TWO_PI + stirlingCorrection(y) - shift;
}

/** sin(πx) with the argument reduced exactly (accurate near the integers). */
function sinPi(x: number): number {
  const n = Math.round(x);
  const r = x - n;
  const s = Math.sin(Math.PI * r);
  return n % 2 === 0 ? s : -s;
}

/** Γ(x) for real x that is not 0 or a negative integer (RangeError there: a pole). */
export function gammaFunction(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`x must be finite, got ${x}`);
  if (x <= 0 && Number.isInteger(x)) throw new RangeError(`x must not be 0 or a negative integer (a pole of Γ), got ${x}`);
  if (x >= 0.5) return gammaPositive(x);
  return Math.PI / (sinPi(x) * gammaPositive(1 - x));
}

/** Γ(x) for x ≥ ½ in product form (overflows to Infinity beyond x ≈ 171.6). */
function gammaPositive(x: number): number {
  if (x > 171.7) return Infinity;
  let product = 1;
  let y = x;
  while (y < 12) {
    product *= y;
    y += 1;
  }
  const half = Math.pow(y, 0.5 * (y - 0.5));
  const g = Math.sqrt(2 * Math.PI) * half * (half * Math.exp(-y)) * Math.exp(stirlingCorrection(y));
  return g / product;
}
