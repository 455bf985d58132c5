import type { Complex } from "../core/complex.js";
import type { RandomSource } from "../core/random.js";
import { requireClosedUpperHalfPlane, requireNumber } from "../core/validate.js";
import { requireMomentOrder, requireProbability, requireSampleSize } from "./atoms.js";
import { formatNumber } from "./format.js";
import type { Atom, Measure, Support } from "./measure.js";

/** Checks that `mu` looks like a Measure (has a stieltjes method and atoms). */
export function requireMeasure(name: string, mu: unknown): Measure {
  const m = mu as Measure;
  if (m === null || typeof m !== "object" || typeof m.stieltjes !== "function" || !Array.isArray(m.atoms))
    throw new TypeError(`${name} must be a Measure, got ${String(mu)}`);
  return m;
}

/**
 * Builds the law of c·X + b (c ≠ 0) from the law μ of X. With w = (z − b)/c:
 *   s(z) = (1/c)·s_μ(w)                       for c > 0,
 *   s(z) = (1/c)·conj(s_μ(conj w))            for c < 0 (w ∈ C⁻; s_μ(w̄) = conj s_μ(w) for real μ),
 * where conj w = ((x − b) − i y)/c lies in the closed upper half plane. Boundary values carry over:
 * s(x + i0) = (1/c)·conj s_μ((x − b)/c + i0) when c < 0.
 */
function affineMeasure(mu: Measure, c: number, b: number, expr: string): Measure {
  const flip = c < 0;
  const absC = Math.abs(c);
  const inner = (z: Complex): Complex => ({ re: (z.re - b) / c, im: z.im / absC });
  // (+ 0 turns a −0 location into 0)
  const mapAtoms: Atom[] = mu.atoms.map((a) => ({ x: c * a.x + b + 0, mass: a.mass }));
  if (flip) mapAtoms.reverse();
  const merged: Atom[] = [];
  for (const a of mapAtoms) {
    const last = merged[merged.length - 1];
    if (last && last.x === a.x) merged[merged.length - 1] = { x: a.x, mass: last.mass + a.mass };
    else merged.push(a);
  }
  const atoms = Object.freeze(merged.map((a) => Object.freeze(a)));
  const h0 = c * mu.hull[0] + b;
  const h1 = c * mu.hull[1] + b;
  const hull = Object.freeze(flip ? [h1, h0] : [h0, h1]) as readonly [number, number];
  const atomMassAt = (x: number): number => atoms.find((a) => a.x === x)?.mass ?? 0;

  const m: Measure = {
    expr,
    atoms,
    continuousMass: mu.continuousMass,
    hull,
    stieltjes(z: Complex): Complex {
      requireClosedUpperHalfPlane("z", z);
      const s = mu.stieltjes(inner(z));
      return flip ? { re: s.re / c, im: -s.im / c } : { re: s.re / c, im: s.im / c };
    },
    stieltjesDerivative(z: Complex): Complex {
      requireClosedUpperHalfPlane("z", z);
      const d = mu.stieltjesDerivative(inner(z));
      const c2 = c * c;
      return flip ? { re: d.re / c2, im: -d.im / c2 } : { re: d.re / c2, im: d.im / c2 };
    },
    support(): Support {
      const s = mu.support();
      const iv = s.intervals.map(([lo, hi]) => {
        const p = c * lo + b;
        const q = c * hi + b;
        return Object.freeze(flip ? [q, p] : [p, q]) as readonly [number, number];
      });
      if (flip) iv.reverse();
      if (!s.breakpoints) return { intervals: iv, exact: s.exact };
      const breakpoints = s.breakpoints.map((x) => c * x + b + 0).sort((p, q) => p - q);
      return { intervals: iv, exact: s.exact, breakpoints };
    },
  };
  const muMoment = mu.moment?.bind(mu);
  if (muMoment) {
    /** E(cX + b)ᵏ = Σ_j C(k, j) cʲ m_j b^{k−j}. */
    m.moment = (k: number): number => {
      requireMomentOrder(k);
      if (b === 0) return c ** k * muMoment(k);
      let sum = 0;
      let binom = 1;
      for (let j = 0; j <= k; j++) {
        sum += binom * c ** j * muMoment(j) * b ** (k - j);
        binom = (binom * (k - j)) / (j + 1);
      }
      return sum;
    };
  }
  const muDensity = mu.density?.bind(mu);
  if (muDensity) m.density = (x: number): number => muDensity((requireNumber("x", x) - b) / c) / absC;
  const muCdf = mu.cdf?.bind(mu);
  if (muCdf)
    m.cdf = (x: number): number => {
      if (Number.isNaN(x)) throw new RangeError(`x must be a number, got NaN`);
      const y = (x - b) / c;
      // c < 0: P(cX + b ≤ x) = P(X ≥ y) = 1 − F(y) + μ({y})
      return flip ? Math.min(1, Math.max(0, 1 - muCdf(y) + atomMassAt(x))) : muCdf(y);
    };
  const muQuantile = mu.quantile?.bind(mu);
  if (muQuantile)
    m.quantile = (p: number): number => {
      requireProbability(p);
      if (!flip) return c * muQuantile(p) + b + 0;
      // inf{x : P(cX + b ≤ x) ≥ p} = c·q⁺(1 − p) + b with q⁺(r) = inf{y : F(y) > r}
      const r = 1 - p;
      let y = muQuantile(r);
      if (muCdf && r < 1 && muCdf(y) <= r) y = muQuantile(Math.min(1, r + 4 * Number.EPSILON));
      return c * y + b + 0;
    };
  const muSample = mu.sample?.bind(mu);
  if (muSample)
    m.sample = (n: number, rng: RandomSource): Float64Array => {
      const out = muSample(requireSampleSize(n), rng);
      for (let i = 0; i < out.length; i++) out[i] = c * out[i] + b;
      return out;
    };
  return m;
}

/**
 * The law of c·X + b for X ~ mu (c ≠ 0; c < 0 reflects). Stieltjes transform (docs/design.md §1),
 * derivative, atoms, hull, support, and—where mu has them—moments, density, cdf, quantile and
 * sampling derive from mu's; accuracy is mu's.
 * @example affine(semicircle(), 2, 1) // semicircle(4, 1) as a law
 */
export function affine(mu: Measure, c: number, b: number): Measure {
  requireMeasure("mu", mu);
  requireNumber("c", c);
  requireNumber("b", b);
  if (c === 0) throw new RangeError(`c must be ≠ 0, got ${c}`);
  return affineMeasure(mu, c, b, `affine(${mu.expr}, ${formatNumber(c)}, ${formatNumber(b)})`);
}

/**
 * The law of c·X for X ~ mu (c ≠ 0; c < 0 reflects): s(z) = (1/c)·s_mu(z/c), using the conjugate
 * symmetry of real measures when c < 0.
 * @example scale(mp(0.5), 2).moment(1) // 2
 */
export function scale(mu: Measure, c: number): Measure {
  requireMeasure("mu", mu);
  requireNumber("c", c);
  if (c === 0) throw new RangeError(`c must be ≠ 0, got ${c}`);
  return affineMeasure(mu, c, 0, `scale(${mu.expr}, ${formatNumber(c)})`);
}

/**
 * The law of X + b for X ~ mu: s(z) = s_mu(z − b).
 * @example shift(dirac(0), 3).atoms // [{ x: 3, mass: 1 }]
 */
export function shift(mu: Measure, b: number): Measure {
  requireMeasure("mu", mu);
  requireNumber("b", b);
  return affineMeasure(mu, 1, b, `shift(${mu.expr}, ${formatNumber(b)})`);
}
