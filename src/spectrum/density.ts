import type { Complex } from "../core/complex.js";
import { SingularPointError } from "../core/errors.js";
import type { Measure } from "../measures/measure.js";
import type { Solution } from "../transforms/solver.js";

/** Density of the absolutely continuous part on a grid, with the residual of each solve. */
export interface DensityOnGrid {
  readonly x: Float64Array;
  /** Im s(x + i0)/π (0 outside the support and at atoms, which are reported separately). */
  readonly density: Float64Array;
  /**
   * Relative residual |r|/scale of the self-consistent equation at each point (0 where the
   * density is a closed form or a quadrature, or the point lies outside an exact support).
   */
  readonly residual: Float64Array;
}

interface Solvable {
  solveAt(z: Complex): Solution;
}
const isSolvable = (m: Measure): m is Measure & Solvable => typeof (m as Partial<Solvable>).solveAt === "function";

/**
 * Im s(x + i0)/π at one point, with the residual of the solve when the law is defined by an
 * equation; +∞ at a hard edge where s is infinite (SingularPointError).
 */
export function densityAt(mu: Measure, x: number): { density: number; residual: number } {
  try {
    return boundaryDensity(mu, x);
  } catch (e) {
    if (e instanceof SingularPointError) return { density: Infinity, residual: 0 };
    throw e;
  }
}

function boundaryDensity(mu: Measure, x: number): { density: number; residual: number } {
  if (mu.density) return { density: mu.density(x), residual: 0 };
  const z = { re: x, im: 0 };
  if (isSolvable(mu)) {
    const sol = mu.solveAt(z);
    return { density: Math.max(0, sol.s.im) / Math.PI, residual: sol.residual };
  }
  return { density: Math.max(0, mu.stieltjes(z).im) / Math.PI, residual: 0 };
}

/**
 * The density of `mu`'s absolutely continuous part at the points `x`, computed on the real axis
 * itself — the boundary value Im s(x + i0)/π, without η smoothing. Points are visited in
 * ascending order so that each solve starts from its neighbour's solution. Points outside an
 * exact support get 0 without a solve; atoms are excluded (density of the continuous part).
 *
 * @example
 * const { density, residual } = densityOnGrid(mpMap(0.5, atoms([1, 4], [0.5, 0.5])), autoGrid(law));
 */
export function densityOnGrid(mu: Measure, x: ArrayLike<number>): DensityOnGrid {
  const n = x.length;
  const xs = Float64Array.from(x);
  for (let i = 0; i < n; i++) if (!Number.isFinite(xs[i])) throw new RangeError(`x[${i}] must be finite, got ${xs[i]}`);
  const density = new Float64Array(n);
  const residual = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => xs[a] - xs[b]);
  const support = mu.support();
  const [lo, hi] = mu.hull;
  const tiny = 1e-13 * Math.max(1, hi - lo, Math.abs(lo), Math.abs(hi));
  for (const i of order) {
    const xi = xs[i];
    if (support.exact && !support.intervals.some(([a, b]) => xi >= a && xi <= b)) continue;
    if (mu.atoms.some((a) => Math.abs(a.x - xi) <= tiny)) {
      // Continuous part at an atom location: its one-sided limit.
      const d = densityAt(mu, xi + 1e3 * tiny);
      density[i] = d.density;
      residual[i] = d.residual;
      continue;
    }
    const d = densityAt(mu, xi);
    density[i] = d.density;
    residual[i] = d.residual;
  }
  return { x: xs, density, residual };
}
