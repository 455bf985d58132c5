import { eigvalsh, initLinalg } from "../linalg/index.js";
import { requireInteger } from "../core/validate.js";
import { openBackend } from "./backend/select.js";
import type { BackendChoice, BackendName, MatrixBackend } from "./backend/types.js";
import { modelByName } from "./models/index.js";
import type { MatrixModel, Phase, Route, SampledMatrix, TrialContext } from "./models/types.js";
import type { Progress } from "./progress.js";
import { matrixHistogram, type Histogram, type HistogramOptions } from "./histogram.js";
import { PhiloxStream } from "./rng/stream.js";

/** Options of {@link simulate} and {@link sampleMatrix}. */
export interface SimulateOptions {
  /** Number of independent trials pooled (default 1). */
  trials?: number;
  /** Seed, an integer in [0, 2⁵³) (default 0). Trial t uses streams (seed, t, ·). */
  seed?: number;
  /** First trial index (default 0): trials firstTrial … firstTrial + trials − 1 are drawn. */
  firstTrial?: number;
  /** Backend name, "auto" (default), or an opened backend (left open afterwards). */
  backend?: BackendChoice | MatrixBackend;
  /** Direct n×n matrix or Gram route (default "auto": the cheaper). */
  route?: Route;
  /** Called after each phase of each trial (see `stderrProgress`). */
  onProgress?: (p: Progress) => void;
}

/** Wall time per phase, milliseconds. */
export type PhaseTimes = Record<Phase, number> & { total: number };

/** One trial of a simulation. */
export interface TrialInfo {
  trial: number;
  route: "direct" | "gram";
  /** Size of the matrix diagonalised (n, or the Gram size). */
  dim: number;
  /** Zeros appended (n − dim). */
  zeros: number;
  /** Trace of the n×n matrix. */
  trace: number;
  /** This trial's n eigenvalues, ascending (the appended zeros merged in). */
  eigenvalues: Float64Array;
  times: PhaseTimes;
}

/** Result of {@link simulate}. */
export interface SimulationResult {
  model: string;
  params: unknown;
  seed: number;
  backend: BackendName;
  precision: "float32" | "float64";
  /** Matrix size n. */
  n: number;
  /** All trials' eigenvalues pooled, ascending (length n·trials), float64. */
  eigenvalues: Float64Array;
  trials: TrialInfo[];
  /** Summed over trials, plus `total` wall time including backend start. */
  times: PhaseTimes;
}

const zeroTimes = (): PhaseTimes => ({ random: 0, formation: 0, eigenvalues: 0, total: 0 });

function resolveModel<P>(model: MatrixModel<P> | string): MatrixModel<P> {
  if (typeof model === "string") return modelByName(model) as unknown as MatrixModel<P>;
  if (model === null || typeof model !== "object" || typeof model.sample !== "function")
    throw new TypeError(`model must be a model name or a MatrixModel, got ${String(model)}`);
  return model;
}

function checkOptions(o: SimulateOptions): { trials: number; seed: number; firstTrial: number; route: Route } {
  const trials = requireInteger("trials", o.trials ?? 1, 1);
  const seed = requireInteger("seed", o.seed ?? 0, 0);
  if (seed > Number.MAX_SAFE_INTEGER) throw new RangeError(`seed must be ≤ 2^53 − 1, got ${seed}`);
  const firstTrial = requireInteger("firstTrial", o.firstTrial ?? 0, 0);
  const route = o.route ?? "auto";
  if (route !== "auto" && route !== "direct" && route !== "gram")
    throw new RangeError(`route must be "auto", "direct" or "gram", got ${JSON.stringify(route)}`);
  return { trials, seed, firstTrial, route };
}

function context(backend: MatrixBackend, seed: number, trial: number, route: Route, times: PhaseTimes): TrialContext {
  return {
    backend,
    seed,
    trial,
    route,
    stream: (matrix) => new PhiloxStream(seed, trial, matrix),
    async timed(phase, f) {
      const t0 = performance.now();
      try {
        return await f();
      } finally {
        times[phase] += performance.now() - t0;
      }
    },
  };
}

async function withBackend<T>(choice: SimulateOptions["backend"], f: (b: MatrixBackend) => Promise<T>): Promise<T> {
  await initLinalg(); // eigenvalues (and the Haar QR) always use the WebAssembly module
  if (choice !== undefined && typeof choice === "object") return f(choice);
  const backend = await openBackend(choice ?? "auto");
  try {
    return await f(backend);
  } finally {
    backend.dispose();
  }
}

/**
 * Draws one trial's matrix without diagonalising it (trial = `firstTrial`, default 0).
 *
 * @example
 * const s = await sampleMatrix("wigner", { n: 100 }, { seed: 1, backend: "wasm64" });
 * // s.matrix is 100×100 row-major, s.route === "direct"
 */
export async function sampleMatrix<P>(model: MatrixModel<P> | string, params: P, options: SimulateOptions = {}): Promise<SampledMatrix> {
  const m = resolveModel(model);
  const { seed, firstTrial, route } = checkOptions(options);
  m.validate(params);
  return withBackend(options.backend, (b) => m.sample(params, context(b, seed, firstTrial, route, zeroTimes())));
}

interface TrialLoop {
  model: MatrixModel<unknown>;
  n: number;
  seed: number;
  backend: MatrixBackend;
  infos: TrialInfo[];
  total: PhaseTimes;
}

/**
 * Runs the trials: sample, then `reduce` (timed as "eigenvalues") turns the sampled matrix into
 * this trial's eigenvalues (or null when only counts are kept).
 */
async function runTrials<P>(
  model: MatrixModel<P> | string,
  params: P,
  options: SimulateOptions,
  reduce: (s: SampledMatrix, trialIndex: number) => Float64Array | null,
): Promise<TrialLoop> {
  const start = performance.now();
  const m = resolveModel(model);
  const { trials, seed, firstTrial, route } = checkOptions(options);
  const n = m.validate(params);
  return withBackend(options.backend, async (backend) => {
    const infos: TrialInfo[] = [];
    const total = zeroTimes();
    const report = (trial: number, phase: Progress["phase"]): void =>
      options.onProgress?.({ model: m.name, trial, trials, phase, elapsedMs: performance.now() - start });
    for (let t = 0; t < trials; t++) {
      const times = zeroTimes();
      const t0 = performance.now();
      const ctx = context(backend, seed, firstTrial + t, route, times);
      const s = await m.sample(params, ctx);
      if (s.dim + s.zeros !== n) throw new Error(`internal: model ${m.name} returned ${s.dim} + ${s.zeros} eigenvalues, expected ${n}`);
      report(t, "formation");
      const ev = await ctx.timed("eigenvalues", () => reduce(s, t));
      times.total = performance.now() - t0;
      for (const k of ["random", "formation", "eigenvalues"] as const) total[k] += times[k];
      infos.push({ trial: firstTrial + t, route: s.route, dim: s.dim, zeros: s.zeros, trace: s.trace, eigenvalues: ev ?? new Float64Array(0), times });
      report(t, "eigenvalues");
    }
    total.total = performance.now() - start;
    report(trials - 1, "done");
    return { model: m as MatrixModel<unknown>, n, seed, backend, infos, total };
  });
}

/**
 * Simulates `trials` independent draws of a model and pools their eigenvalues.
 *
 * Reproducible: trial t draws its matrices from the Philox streams (seed, t, 0), (seed, t, 1), …,
 * so the same seed gives the same matrices whatever the backend, and the same eigenvalues bit for
 * bit on one backend (float32 backends differ from wasm64 by float32 rounding of the matrix).
 * Eigenvalues are computed in float64 by the linalg WebAssembly module.
 *
 * @param model a model (see `MODELS`) or its name
 * @param params the model's parameters (checked: RangeError/TypeError naming the bad one)
 * @example
 * const r = await simulate("ntkHadamard", { n: 512, d: 16, p: 16, activation: "relu", a: "rademacher" },
 *                          { trials: 4, seed: 7, backend: "wasm64" });
 * r.eigenvalues.length; // 2048
 */
export async function simulate<P>(
  model: MatrixModel<P> | string,
  params: P,
  options: SimulateOptions = {},
): Promise<SimulationResult> {
  const loop = await runTrials(model, params, options, (s) => {
    const ev = eigvalsh(s.matrix, s.dim);
    const all = new Float64Array(s.dim + s.zeros);
    all.set(ev);
    return all.sort();
  });
  const { n, infos } = loop;
  const pooled = new Float64Array(n * infos.length);
  infos.forEach((t, i) => pooled.set(t.eigenvalues, i * n));
  pooled.sort();
  return {
    model: loop.model.name,
    params,
    seed: loop.seed,
    backend: loop.backend.name,
    precision: loop.backend.precision,
    n,
    eigenvalues: pooled,
    trials: infos,
    times: loop.total,
  };
}

/** Result of {@link simulateHistogram}: as {@link SimulationResult} with counts instead of eigenvalues. */
export interface SimulationHistogram extends Omit<SimulationResult, "eigenvalues"> {
  histogram: Histogram;
}

/**
 * Pooled eigenvalue histogram of `trials` draws without computing the eigenvalues: exact Sturm
 * counts per bin (linalg `eigenvalueCounts`) plus the Gram route's zeros. Cheaper than
 * {@link simulate} when only a histogram is needed (no QL sweeps, no eigenvalue storage); needs
 * explicit edges or a range. Per-trial `eigenvalues` are left empty.
 *
 * @example
 * const h = await simulateHistogram("wigner", { n: 500 }, { trials: 8, bins: 50, range: [-2.5, 2.5] });
 * h.histogram.below + h.histogram.above; // eigenvalues outside [−2.5, 2.5]
 */
export async function simulateHistogram<P>(
  model: MatrixModel<P> | string,
  params: P,
  options: SimulateOptions & HistogramOptions = {},
): Promise<SimulationHistogram> {
  let pooled: Histogram | null = null;
  const loop = await runTrials(model, params, options, (s) => {
    const h = matrixHistogram(s.matrix, s.dim, { bins: options.bins, range: options.range, zeros: s.zeros });
    if (pooled === null) pooled = h;
    else {
      const acc: Histogram = pooled;
      for (let i = 0; i < acc.counts.length; i++) acc.counts[i] += h.counts[i];
      acc.below += h.below;
      acc.above += h.above;
      acc.total += h.total;
    }
    return null;
  });
  const h = pooled as unknown as Histogram;
  for (let i = 0; i < h.counts.length; i++) h.density[i] = h.counts[i] / (h.total * (h.edges[i + 1] - h.edges[i]));
  return {
    model: loop.model.name,
    params,
    seed: loop.seed,
    backend: loop.backend.name,
    precision: loop.backend.precision,
    n: loop.n,
    histogram: h,
    trials: loop.infos,
    times: loop.total,
  };
}
