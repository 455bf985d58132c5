import type { Complex } from "../core/complex.js";
import { complex, sub } from "../core/complex.js";
import { tanhSinhComplex } from "../core/tanhSinh.js";
import { requireClosedUpperHalfPlane } from "../core/validate.js";
import { requireMeasure } from "../measures/affine.js";
import type { Atom, Measure, Support } from "../measures/measure.js";
import { minkowskiSum, unionOf } from "./intervals.js";

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
    const m1 = mu.moment?.bind(mu);
    const m2 = nu.moment?.bind(nu);
    if (m1 && m2) this.moment = (k: number) => convolveMoments(m1, m2, k)[k - 1];
  }

  /** s_{μc}(w): the Stieltjes transform of μ's continuous part (mass continuousMass, not normalised). */
  private continuousStieltjes(w: Complex, derivative: boolean): Complex {
    const s = derivative ? this.mu.stieltjesDerivative(w) : this.mu.stieltjes(w);
    let re = s.re;
    let im = s.im;
    for (const a of this.mu.atoms) {
      // δ_a contributes 1/(a − w), derivative 1/(a − w)²
      const dr = a.x - w.re;
      const di = -w.im;
      const d2 = dr * dr + di * di;
      if (!derivative) {
        re -= (a.mass * dr) / d2;
        im -= (a.mass * -di) / d2;
      } else {
        const qr = dr * dr - di * di;
        const qi = 2 * dr * di;
        const q2 = qr * qr + qi * qi;
        re -= (a.mass * qr) / q2;
        im -= (a.mass * -qi) / q2;
      }
    }
    return complex(re, im);
  }

  /** Density of ν's continuous part at y (closed form when ν has one). */
  private nuDensity(y: number): number {
    if (this.nu.density) return this.nu.density(y);
    return Math.max(0, this.nu.stieltjes(complex(y, 0)).im / Math.PI);
  }

  private evaluate(z: Complex, derivative: boolean): Complex {
    requireClosedUpperHalfPlane("z", z);
    const stNu = (w: Complex) => (derivative ? this.nu.stieltjesDerivative(w) : this.nu.stieltjes(w));
    let re = 0;
    let im = 0;
    // μ_atoms * ν: shifts of ν.
    for (const a of this.mu.atoms) {
      const v = stNu(sub(z, complex(a.x)));
      re += a.mass * v.re;
      im += a.mass * v.im;
    }
    const muCont = this.mu.continuousMass > 0;
    if (muCont) {
      // μ_cont * ν_atoms: shifts of μ's continuous part.
      for (const b of this.nu.atoms) {
        const v = this.continuousStieltjes(sub(z, complex(b.x)), derivative);
        re += b.mass * v.re;
        im += b.mass * v.im;
      }
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
            const v = tanhSinhComplex(
              (y, fromA, fromB) => {
                const rho = this.nuDensity(y);
                if (rho === 0) return complex(0, 0);
                const w = fromA <= fromB && !Number.isNaN(left.edge) ? left.edge - fromA : !Number.isNaN(right.edge) ? right.edge + fromB : z.re - y;
                // A node within rounding of the kink itself: its weight is below the rounding level.
                if (z.im === 0 && (w === left.edge || w === right.edge)) return complex(0, 0);
                const s = this.continuousStieltjes(complex(w, z.im), derivative);
                return complex(rho * s.re, rho * s.im);
              },
              left.at,
              right.at,
            );
            re += v.re;
            im += v.im;
          }
        }
      }
    }
    if (!Number.isFinite(re) || !Number.isFinite(im)) throw new RangeError(`${this.expr}: the Stieltjes transform is infinite at ${z.re}+${z.im}i`);
    return complex(re, im);
  }

  stieltjes(z: Complex): Complex {
    return this.evaluate(z, false);
  }

  stieltjesDerivative(z: Complex): Complex {
    return this.evaluate(z, true);
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
  // Integrate over the factor with a closed-form density when only one has it.
  if (!nu.density && mu.density) return new ConvolutionMeasure(nu, mu);
  return new ConvolutionMeasure(mu, nu);
}
