import type { MatrixBackend } from "../backend/types.js";
import type { PhiloxStream } from "../rng/stream.js";

/** Which matrix a model diagonalises: the n×n matrix itself (`direct`), or a smaller Gram
 * matrix with the same nonzero spectrum plus zeros (`gram`); `auto` picks the cheaper. */
export type Route = "auto" | "direct" | "gram";

/** Phases timed inside a trial. */
export type Phase = "random" | "formation" | "eigenvalues";

/** What a model needs to draw one trial. */
export interface TrialContext {
  readonly backend: MatrixBackend;
  readonly seed: number;
  readonly trial: number;
  readonly route: Route;
  /** The random stream of this trial's matrix number `matrix` (see rng/stream). */
  stream(matrix: number): PhiloxStream;
  /** Runs `f`, adding its wall time to `phase`. */
  timed<T>(phase: Phase, f: () => T | Promise<T>): Promise<T>;
}

/**
 * One trial's matrix: a symmetric `dim`×`dim` row-major matrix whose eigenvalues, together with
 * `zeros` extra zeros, are the model's n = dim + zeros eigenvalues.
 */
export interface SampledMatrix {
  matrix: Float64Array;
  dim: number;
  zeros: number;
  /** Trace of the n×n model matrix (= trace of `matrix`). */
  trace: number;
  route: "direct" | "gram";
}

/** A random-matrix model: parameter checking, size, and a sampler for one trial. */
export interface MatrixModel<P> {
  readonly name: string;
  /** One-line statement of the matrix and its normalisation. */
  readonly definition: string;
  /** Throws RangeError/TypeError naming the bad parameter; returns the matrix size n. */
  validate(params: P): number;
  /** Draws one trial's matrix. */
  sample(params: P, ctx: TrialContext): Promise<SampledMatrix>;
}

/** Trace of a dim×dim row-major matrix. */
export function traceOf(m: Float64Array, dim: number): number {
  let t = 0;
  for (let i = 0; i < dim; i++) t += m[i * dim + i];
  return t;
}

/** Transpose of a rows×cols row-major matrix. */
export function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
  return t;
}
