/**
 * Test matrices rebuilt bit for bit from the recipes of
 * test/fixtures/linalg/make_eigvalsh_fixtures.py (MINSTD generator, dyadic / small-integer entries),
 * plus small helpers for the property tests.
 */
const MOD = 2147483647;

export class Minstd {
  private x: number;
  constructor(seed: number) {
    this.x = seed % MOD || 1;
  }
  next(): number {
    this.x = (48271 * this.x) % MOD; // product < 2^47: exact in float64
    return this.x;
  }
}

export function symmetricDyadic(n: number, seed: number): Float64Array {
  const g = new Minstd(seed);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      const v = ((g.next() % 2 ** 21) - 2 ** 20) / 2 ** 20;
      a[i * n + j] = v;
      a[j * n + i] = v;
    }
  return a;
}

export function wishartInteger(n: number, m: number, seed: number): Float64Array {
  const g = new Minstd(seed);
  const x = new Float64Array(n * m);
  for (let t = 0; t < n * m; t++) x[t] = (g.next() % 17) - 8;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += x[i * m + k] * x[j * m + k];
      a[i * n + j] = s / 64;
    }
  return a;
}

export function graded(n: number, seed: number): Float64Array {
  const a = symmetricDyadic(n, seed);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] *= 2 ** -Math.floor((i + j) / 4);
  return a;
}

export interface FixtureCase {
  name: string;
  kind: "symmetric" | "wishart" | "graded";
  n: number;
  m?: number;
  seed: number;
  checksum: number;
  eigenvalues: number[];
}

export function buildFixtureMatrix(c: FixtureCase): Float64Array {
  if (c.kind === "symmetric") return symmetricDyadic(c.n, c.seed);
  if (c.kind === "wishart") return wishartInteger(c.n, c.m as number, c.seed);
  return graded(c.n, c.seed);
}

/** Spectral norm bound used for tolerances: max |λ| of the reference eigenvalues. */
export function spectralNorm(w: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s = Math.max(s, Math.abs(w[i]));
  return s;
}

/** a ← H a H for the reflector H = I − 2 v vᵀ/‖v‖² (an orthogonal similarity). */
export function reflectSimilarity(a: Float64Array, n: number, v: ArrayLike<number>): void {
  let vv = 0;
  for (let i = 0; i < n; i++) vv += v[i] * v[i];
  const beta = 2 / vv;
  // p = beta A v, K = beta/2 vᵀp, w = p − K v; A ← A − v wᵀ − w vᵀ  (Golub & Van Loan §5.1)
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[i * n + j] * v[j];
    p[i] = beta * s;
  }
  let vp = 0;
  for (let i = 0; i < n; i++) vp += v[i] * p[i];
  const kk = (beta / 2) * vp;
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = p[i] - kk * v[i];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] -= v[i] * w[j] + w[i] * v[j];
}

/** Q diag(values) Qᵀ with Q a product of reflectors drawn from `normal`. */
export function withSpectrum(values: ArrayLike<number>, normal: () => number, reflectors = 3): Float64Array {
  const n = values.length;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) a[i * n + i] = values[i];
  for (let r = 0; r < reflectors; r++) {
    const v = Array.from({ length: n }, normal);
    reflectSimilarity(a, n, v);
  }
  symmetrize(a, n);
  return a;
}

/** Average a with its transpose (removes rounding asymmetry). */
export function symmetrize(a: Float64Array, n: number): void {
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) {
      const m = 0.5 * (a[i * n + j] + a[j * n + i]);
      a[i * n + j] = m;
      a[j * n + i] = m;
    }
}

/** Box–Muller normal sampler on a seeded MINSTD stream. */
export function normalSampler(seed: number): () => number {
  const g = new Minstd(seed);
  return () => {
    const u1 = (g.next() + 0.5) / MOD, u2 = (g.next() + 0.5) / MOD;
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
}

export const EPS = Number.EPSILON;
