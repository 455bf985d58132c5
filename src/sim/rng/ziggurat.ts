/**
 * Tables of the 256-layer ziggurat for the standard normal (Marsaglia & Tsang, "The Ziggurat
 * Method for Generating Random Variables", J. Stat. Softw. 5(8), 2000), with f(x) = exp(−x²/2).
 *
 * Every layer has area v, the base layer being the rectangle [0, r]×[0, f(r)] plus the tail
 * beyond r: v = r f(r) + ∫_r^∞ f. Layer edges satisfy x₁ = r and
 * x_{i+1} = f⁻¹(v/x_i + f(x_i)); the top layer must close at f(0) = 1, i.e.
 * x₂₅₅ (1 − f(x₂₅₅)) = v. Instead of the 10-digit r published in the paper, r is found here by
 * bisection on that closing condition, so the tables are self-consistent to rounding and the
 * sampler is exact in float64 (rejection sampling has no approximation beyond the arithmetic).
 */

const LAYERS = 256;

const f = (x: number): number => Math.exp(-0.5 * x * x);

/**
 * ∫_r^∞ exp(−t²/2) dt for r ≥ 3, by the Laplace continued fraction of the Mills ratio,
 * R(r) = 1/(r + 1/(r + 2/(r + 3/(r + …)))), evaluated backwards from depth 200 (converged to
 * rounding for r ≥ 3).
 */
function gaussianTailIntegral(r: number): number {
  let t = r;
  for (let k = 200; k >= 1; k--) t = r + k / t;
  return f(r) / t;
}

interface ZigguratTables {
  r: number;
  /** x[0] = v/f(r) (width of the base strip), x[1] = r, …, x[256] = 0. */
  x: Float64Array;
  /** fx[i] = f(x[i]). */
  fx: Float64Array;
}

function buildTables(r: number): { x: Float64Array; closing: number } {
  const v = r * f(r) + gaussianTailIntegral(r);
  const x = new Float64Array(LAYERS + 1);
  x[0] = v / f(r);
  x[1] = r;
  for (let i = 1; i < LAYERS - 1; i++) {
    const y = v / x[i] + f(x[i]);
    // y ≥ 1 means r is too small: the layers reach the top early.
    if (y >= 1) return { x, closing: -1 };
    x[i + 1] = Math.sqrt(-2 * Math.log(y));
  }
  x[LAYERS] = 0;
  return { x, closing: x[LAYERS - 1] * (1 - f(x[LAYERS - 1])) - v };
}

function solveTables(): ZigguratTables {
  // closing(r) < 0 for r below the root, > 0 above it (larger r, thinner layers).
  let lo = 3.5;
  let hi = 3.8;
  for (let it = 0; it < 200 && hi - lo > 0; it++) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) break;
    if (buildTables(mid).closing < 0) lo = mid;
    else hi = mid;
  }
  const r = hi;
  const { x } = buildTables(r);
  const fx = new Float64Array(LAYERS + 1);
  for (let i = 0; i <= LAYERS; i++) fx[i] = f(x[i]);
  return { r, x, fx };
}

/** The 256-layer ziggurat tables, computed once at load. */
export const ZIGGURAT: Readonly<ZigguratTables> = solveTables();
