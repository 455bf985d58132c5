/** Exact power-of-two scaling shared by the linalg wrappers. */

/** x · 2^k, exact while the result stays normal; k may reach ±1100 (applied in two halves). */
export function scalePow2(x: number, k: number): number {
  if (k === 0) return x;
  const a = Math.trunc(k / 2);
  return x * 2 ** a * 2 ** (k - a);
}

/** Exponent k with max|x| · 2^−k in [1/2, 1) (as C frexp), 0 when every entry is 0. */
export function exponentOfMax(values: ArrayLike<number>): number {
  let amax = 0;
  for (let i = 0; i < values.length; i++) amax = Math.max(amax, Math.abs(values[i]));
  if (amax === 0) return 0;
  let k = Math.floor(Math.log2(amax)) + 1;
  // log2 may be off by one near powers of two; correct so that amax·2^−k ∈ [1/2, 1).
  while (scalePow2(amax, -k) >= 1) k++;
  while (scalePow2(amax, -k) < 0.5) k--;
  return k;
}
