import type { Complex } from "../core/complex.js";
import { complex, sub } from "../core/complex.js";
import { tanhSinhVector } from "../core/tanhSinh.js";
import { requireClosedUpperHalfPlane } from "../core/validate.js";
import { requireMeasure } from "../measures/affine.js";
import type { Atom, Measure, Support } from "../measures/measure.js";
import { requireBoundedSupport } from "./requireBounded.js";
import { minkowskiSum, unionOf } from "../core/intervals.js";
import { pairMoment } from "./series.js";

/** Edges of the support intervals of a measure's continuous part. */
function edgesOf(m: Measure): number[] {
  return m.support().intervals.flatMap(([a, b]) => [a, b]);
}

/** Classical convolution μ * ν. See {@link convolve}. */
export class ConvolutionMeasure implements Measure {
  readonly expr: string;
  readonly atoms: readonly Atom[];
  readonly hull: readonly [number, number];
  readonly continuousMass: number;
  readonly moment?: (k: number) => number;
  private supportCache: Support | null = null;

  /** μ is read through its Stieltjes transform, ν through its density (the factor integrated over). */
  constructor(
    readonly mu: Measure,
    readonly nu: Measure,
  ) {
    this.expr = `convolve(${mu.expr}, ${nu.expr})`;
    this.hull = [mu.hull[0] + nu.hull[0], mu.hull[1] + nu.hull[1]];
    const byX = new Map<number, number>();
    for (const p of mu.atoms) for (const q of nu.atoms) byX.set(p.x + q.x, (byX.get(p.x + q.x) ?? 0) + p.mass * q.mass);
    this.atoms = [...byX].map(([x, mass]) => ({ x, mass })).sort((p, q) => p.x - q.x);
    this.continuousMass = Math.max(0, 1 - this.atoms.reduce((t, a) => t + a.mass, 0));
    const moment = pairMoment(mu, nu, convolveMoments);
    if (moment) this.moment = moment;
  }

  /** s_{μc}(w) and s_{μc}′(w): μ's continuous part (mass continuousMass, not normalised). */
  private continuousPair(w: Complex): { s: Complex; ds: Complex } {
    const p = this.mu.stieltjesWithDerivative ? this.mu.stieltjesWithDerivative(w) : { s: this.mu.stieltjes(w), ds: this.mu.stieltjesDerivative(w) };
    let sr = p.s.re;
    let si = p.s.im;
    let dr = p.ds.re;
    let di = p.ds.im;
    for (const a of this.mu.atoms) {
      // δ_a contributes 1/(a − w) and 1/(a − w)² (times its mass).
      const xr = a.x - w.re;
      const xi = -w.im;
      const d2 = xr * xr + xi * xi;
      sr -= (a.mass * xr) / d2;
      si -= (a.mass * -xi) / d2;
      const qr = xr * xr - xi * xi;
      const qi = 2 * xr * xi;
      const q2 = qr * qr + qi * qi;
      dr -= (a.mass * qr) / q2;
      di -= (a.mass * -qi) / q2;
    }
    return { s: complex(sr, si), ds: complex(dr, di) };
  }

  /** Density of ν's continuous part at y (closed form when ν has one). */
  private nuDensity(y: number): number {
    if (this.nu.density) return this.nu.density(y);
    return Math.max(0, this.nu.stieltjes(complex(y, 0)).im / Math.PI);
  }

  /** s(z) and s′(z) in one pass over the quadrature nodes. */
  stieltjesWithDerivative(z: Complex): { s: Complex; ds: Complex } {
    requireClosedUpperHalfPlane("z", z);
    let sr = 0;
    let si = 0;
    let dr = 0;
    let di = 0;
    const addScaled = (p: { s: Complex; ds: Complex }, c: number) => {
      sr += c * p.s.re;
      si += c * p.s.im;
      dr += c * p.ds.re;
      di += c * p.ds.im;
    };
    // μ_atoms * ν: shifts of ν.
    for (const a of this.mu.atoms) {
      const w = sub(z, complex(a.x));
      addScaled(this.nu.stieltjesWithDerivative ? this.nu.stieltjesWithDerivative(w) : { s: this.nu.stieltjes(w), ds: this.nu.stieltjesDerivative(w) }, a.mass);
    }
    if (this.mu.continuousMass > 0) {
      // μ_cont * ν_atoms: shifts of μ's continuous part.
      for (const b of this.nu.atoms) addScaled(this.continuousPair(sub(z, complex(b.x))), b.mass);
      // μ_cont * ν_cont: ∫ s_{μc}(z − y) ρ_ν(y) dy, split where z − y crosses an edge of μ.
      if (this.nu.continuousMass > 0) {
        // A kink k = Re z − e is kept with its edge e, so that z − y = e ∓ (distance to k) exactly.
        const kinks = edgesOf(this.mu).map((e) => ({ at: z.re - e, edge: e }));
        for (const [c, d] of this.nu.support().intervals) {
          // A kink on an end of ν's interval lends that end its edge.
          const at = (x: number) => kinks.find((k) => k.at === x)?.edge ?? NaN;
          const cuts = [
            { at: c, edge: at(c) },
            ...kinks.filter((k) => k.at > c && k.at < d).sort((p, q) => p.at - q.at),
            { at: d, edge: at(d) },
          ];
          for (let i = 0; i + 1 < cuts.length; i++) {
            const [left, right] = [cuts[i], cuts[i + 1]];
            const v = tanhSinhVector(
              (y, fromA, fromB, out) => {
                const rho = this.nuDensity(y);
                if (rho === 0) return;
                const w = fromA <= fromB && !Number.isNaN(left.edge) ? left.edge - fromA : !Number.isNaN(right.edge) ? right.edge + fromB : z.re - y;
                // A node within rounding of the kink itself: its weight is below the rounding level.
                if (z.im === 0 && (w === left.edge || w === right.edge)) return;
                const p = this.continuousPair(complex(w, z.im));
                out[0] = rho * p.s.re;
                out[1] = rho * p.s.im;
                out[2] = rho * p.ds.re;
                out[3] = rho * p.ds.im;
              },
              4,
              left.at,
              right.at,
            );
            sr += v[0];
            si += v[1];
            dr += v[2];
            di += v[3];
          }
        }
      }
    }
    if (!Number.isFinite(sr) || !Number.isFinite(si)) throw new RangeError(`${this.expr}: the Stieltjes transform is infinite at ${z.re}+${z.im}i`);
    return { s: complex(sr, si), ds: complex(dr, di) };
  }

  stieltjes(z: Complex): Complex {
    return this.stieltjesWithDerivative(z).s;
  }

  stieltjesDerivative(z: Complex): Complex {
    return this.stieltjesWithDerivative(z).ds;
  }

  /** supp(μ * ν) = supp μ + supp ν (Minkowski sum), continuous part from the three cross terms. */
  support(): Support {
    if (!this.supportCache) {
      const mu = this.mu.support();
      const nu = this.nu.support();
      const pts = (m: Measure) => m.atoms.map((a) => [a.x, a.x] as [number, number]);
      const parts = [
        ...minkowskiSum(mu.intervals, nu.intervals),
        ...minkowskiSum(mu.intervals, pts(this.nu)),
        ...minkowskiSum(pts(this.mu), nu.intervals),
      ];
      const intervals = unionOf(parts);
      // The density is not smooth where an edge (or atom) of μ plus one of ν falls inside.
      const marks = (m: Measure, sup: Support) => [...sup.intervals.flat(), ...(sup.breakpoints ?? []), ...m.atoms.map((a) => a.x)];
      const sums = new Set<number>();
      for (const e of marks(this.mu, mu)) for (const f of marks(this.nu, nu)) sums.add(e + f);
      const breakpoints = [...sums].filter((x) => intervals.some(([a, b]) => x > a && x < b)).sort((p, q) => p - q);
      this.supportCache = { intervals, exact: mu.exact && nu.exact, breakpoints };
    }
    return this.supportCache;
  }
}

/** Moments of μ * ν: m_k = Σ_j C(k, j) m_j(μ) m_{k−j}(ν). Returns m_1..m_K. */
export function convolveMoments(mu: (k: number) => number, nu: (k: number) => number, K: number): number[] {
  const a = [1, ...Array.from({ length: K }, (_, i) => mu(i + 1))];
  const b = [1, ...Array.from({ length: K }, (_, i) => nu(i + 1))];
  const out: number[] = [];
  for (let k = 1; k <= K; k++) {
    let t = 0;
    let binom = 1;
    for (let j = 0; j <= k; j++) {
      t += binom * a[j] * b[k - j];
      binom = (binom * (k - j)) / (j + 1);
    }
    out.push(t);
  }
  return out;
}

/**
 * Classical convolution μ * ν: the law of X + Y for independent X ~ μ, Y ~ ν.
 *   s_{μ*ν}(z) = ∫ s_μ(z − y) dν(y),
 * split into atoms (shifts) and the continuous–continuous part, integrated over ν's density by a
 * tanh–sinh rule on the pieces between ν's edges and the points where z − y crosses μ's edges.
 * Works on the real axis directly (boundary values). Atoms at x + y with mass μ{x}ν{y}; support
 * the Minkowski sum; moments by the binomial formula. Accuracy ~1e-10 for densities with
 * square-root or jump edges (tested against the triangle law).
 *
 * @example
 * convolve(uniform(0, 1), uniform(0, 1)) // triangle law on [0, 2]
 */
export function convolve(mu: Measure, nu: Measure): ConvolutionMeasure {
  requireMeasure("mu", mu);
  requireMeasure("nu", nu);
  requireBoundedSupport("mu", mu);
  requireBoundedSupport("nu", nu);
  // Integrate over the factor with a closed-form density when only one has it.
  if (!nu.density && mu.density) return new ConvolutionMeasure(nu, mu);
  return new ConvolutionMeasure(mu, nu);
}
