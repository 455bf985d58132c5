import { requireNonNegative } from "../../core/validate.js";
import { resolveDiagonal, requireDimension, type DiagonalSpec } from "./params.js";
import { traceOf, transpose, type MatrixModel, type SampledMatrix, type TrialContext } from "./types.js";

/** Parameters of {@link wishart}. */
export interface WishartParams {
  /** Matrix size. */
  n: number;
  /** Number of samples (columns of Z). */
  N: number;
  /** Population t₁ … t_N on the diagonal of D (N×N); default all ones. May be signed. */
  population?: DiagonalSpec;
}

/**
 * `wishart`: the n×n matrix (1/N) Z D Zᵀ, Z n×N i.i.d. N(0, 1), D = diag(t₁ … t_N) — the
 * companion convention of docs/design.md §1: its spectrum tends to mpMap(γ, ν) with γ = n/N and
 * ν = law of the t_j (to mp(γ) when D = I). Random matrices: 0 → Z (row-major), 1 → sampled
 * population. Route `gram` (needs t ≥ 0): the N×N matrix (1/N) D^{1/2} Zᵀ Z D^{1/2} plus n − N
 * zeros.
 */
export const wishart: MatrixModel<WishartParams> = {
  name: "wishart",
  definition: "(1/N) Z D Zᵀ, Z n×N standard Gaussian, D = diag(population) (companion MP-map convention, n/N → γ)",
  validate(p) {
    const n = requireDimension("n", p.n);
    requireDimension("N", p.N);
    return n;
  },
  async sample(p, ctx) {
    const { n, N } = p;
    const z = await ctx.timed("random", () => ctx.stream(0).fillNormal(new Float64Array(n * N)));
    const t =
      p.population === undefined ? new Float64Array(N).fill(1) : resolveDiagonal("population", p.population, N, ctx.stream(1));
    const nonNegative = t.every((v) => v >= 0);
    const useGram = chooseGram(ctx, n, N) && (nonNegative || ctx.route === "gram");
    return ctx.timed("formation", () => (useGram ? gramRoute(ctx, z, t, n, N) : directRoute(ctx, z, t, n, N)));
  },
};

function chooseGram(ctx: TrialContext, n: number, N: number): boolean {
  if (ctx.route === "gram") return true;
  if (ctx.route === "direct") return false;
  return N < n;
}

/** (1/N) Z D Zᵀ = (1/N)(Z D₊^{1/2})(Z D₊^{1/2})ᵀ − (1/N)(Z D₋^{1/2})(…)ᵀ. */
async function directRoute(ctx: TrialContext, z: Float64Array, t: Float64Array, n: number, N: number): Promise<SampledMatrix> {
  const scaled = (sign: number): Float64Array => {
    const b = new Float64Array(n * N);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < N; j++) {
        const tj = sign * t[j];
        b[i * N + j] = tj > 0 ? z[i * N + j] * Math.sqrt(tj) : 0;
      }
    return b;
  };
  const k = await ctx.backend.gramRows(scaled(1), n, N, 1 / N);
  if (t.some((v) => v < 0)) {
    const neg = await ctx.backend.gramRows(scaled(-1), n, N, 1 / N);
    for (let i = 0; i < k.length; i++) k[i] -= neg[i];
  }
  return { matrix: k, dim: n, zeros: 0, trace: traceOf(k, n), route: "direct" };
}

async function gramRoute(ctx: TrialContext, z: Float64Array, t: Float64Array, n: number, N: number): Promise<SampledMatrix> {
  if (t.some((v) => v < 0)) throw new RangeError(`route "gram" needs a non-negative population`);
  if (N > n) throw new RangeError(`route "gram" needs N ≤ n, got n = ${n}, N = ${N}`);
  const bt = transpose(z, n, N); // N×n
  for (let j = 0; j < N; j++) {
    const s = Math.sqrt(t[j]);
    for (let i = 0; i < n; i++) bt[j * n + i] *= s;
  }
  const k = await ctx.backend.gramRows(bt, N, n, 1 / N);
  return { matrix: k, dim: N, zeros: n - N, trace: traceOf(k, N), route: "gram" };
}

/** Parameters of {@link sampleCovariance}. */
export interface SampleCovarianceParams {
  n: number;
  N: number;
  /** Population σ₁ … σ_n ≥ 0 on the diagonal of Σ (n×n); default all ones. */
  population?: DiagonalSpec;
}

/**
 * `sampleCovariance`: the n×n matrix (1/N) Σ^{1/2} Z Zᵀ Σ^{1/2}, Z n×N i.i.d. N(0, 1),
 * Σ = diag(σ₁ … σ_n) ≥ 0 — the Silverstein/Bai convention (docs/design.md §1: differs from the
 * companion mpMap unless γ = 1 or Σ = I). Random matrices: 0 → Z, 1 → sampled population.
 * Route `gram`: the N×N matrix (1/N) Zᵀ Σ Z plus n − N zeros.
 */
export const sampleCovariance: MatrixModel<SampleCovarianceParams> = {
  name: "sampleCovariance",
  definition: "(1/N) Σ^{1/2} Z Zᵀ Σ^{1/2}, Z n×N standard Gaussian, Σ = diag(population) ≥ 0 (Silverstein–Bai convention)",
  validate(p) {
    const n = requireDimension("n", p.n);
    requireDimension("N", p.N);
    return n;
  },
  async sample(p, ctx) {
    const { n, N } = p;
    const z = await ctx.timed("random", () => ctx.stream(0).fillNormal(new Float64Array(n * N)));
    const s = p.population === undefined ? new Float64Array(n).fill(1) : resolveDiagonal("population", p.population, n, ctx.stream(1));
    s.forEach((v, i) => requireNonNegative(`population[${i}]`, v));
    for (let i = 0; i < n; i++) {
      const r = Math.sqrt(s[i]);
      for (let j = 0; j < N; j++) z[i * N + j] *= r;
    }
    const useGram = ctx.route === "gram" || (ctx.route === "auto" && N < n);
    return ctx.timed("formation", async () => {
      if (!useGram) {
        const k = await ctx.backend.gramRows(z, n, N, 1 / N);
        return { matrix: k, dim: n, zeros: 0, trace: traceOf(k, n), route: "direct" as const };
      }
      if (N > n) throw new RangeError(`route "gram" needs N ≤ n, got n = ${n}, N = ${N}`);
      const k = await ctx.backend.gramRows(transpose(z, n, N), N, n, 1 / N);
      return { matrix: k, dim: N, zeros: n - N, trace: traceOf(k, N), route: "gram" as const };
    });
  },
};
