import gpujs from "gpu.js";
import { installNodeWebGPU } from "./nodeWebgpu.js";
import type { ElementwiseFunction, MatrixBackend } from "./types.js";

const { GPU } = gpujs;
// gpu.js's typings declare `input` as a type only; at runtime it is the exported factory.
const input = (gpujs as unknown as { input: (value: Float32Array, size: number[]) => unknown }).input;

/** gpu.js modes that limspec drives (all float32). */
export type GpuJsMode = "webgpu" | "headlessgl" | "webasm" | "cpu";

type Kernel = (...args: unknown[]) => unknown;

const toF32 = (a: Float64Array): Float32Array => Float32Array.from(a);

/** Reads a gpu.js 2-D result (rows of Float32Array, or a flat array) into a row-major Float64Array. */
function readMatrix(result: unknown, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  if (Array.isArray(result)) {
    for (let i = 0; i < rows; i++) {
      const row = result[i] as ArrayLike<number>;
      for (let j = 0; j < cols; j++) out[i * cols + j] = row[j];
    }
    return out;
  }
  const flat = result as ArrayLike<number>;
  if (flat.length !== rows * cols) throw new Error(`gpu.js returned ${flat.length} values, expected ${rows * cols}`);
  for (let i = 0; i < out.length; i++) out[i] = flat[i];
  return out;
}

// Kernel sources. x = column index (this.thread.x), y = row index (this.thread.y).
const GEMM = `function(a, b) {
  let s = 0.0;
  for (let l = 0; l < this.constants.K; l++) { s += a[this.thread.y][l] * b[l][this.thread.x]; }
  return this.constants.SCALE * s;
}`;

const GRAM_ROWS = `function(a) {
  let s = 0.0;
  for (let l = 0; l < this.constants.K; l++) { s += a[this.thread.y][l] * a[this.thread.x][l]; }
  return this.constants.SCALE * s;
}`;

const HADAMARD_GRAM = `function(x, y) {
  let sx = 0.0;
  for (let k = 0; k < this.constants.DX; k++) { sx += x[this.thread.y][k] * x[this.thread.x][k]; }
  let sy = 0.0;
  for (let l = 0; l < this.constants.DY; l++) { sy += y[this.thread.y][l] * y[this.thread.x][l]; }
  return (this.constants.SX * sx) * (this.constants.SY * sy);
}`;

const KRONECKER_GRAM = `function(x, y) {
  const k1 = Math.floor(this.thread.y / this.constants.DY);
  const l1 = this.thread.y - k1 * this.constants.DY;
  const k2 = Math.floor(this.thread.x / this.constants.DY);
  const l2 = this.thread.x - k2 * this.constants.DY;
  let s = 0.0;
  for (let i = 0; i < this.constants.N; i++) { s += x[i][k1] * x[i][k2] * (y[i][l1] * y[i][l2]); }
  return this.constants.SCALE * s;
}`;

const activatedProductSource = (expr: string): string => `function(a, b) {
  let s = 0.0;
  for (let l = 0; l < this.constants.K; l++) { s += a[this.thread.y][l] * b[l][this.thread.x]; }
  const x = this.constants.SCALE * s;
  return (${expr});
}`;

/**
 * Matrix formation on gpu.js in float32. Each kernel computes one output cell per thread (a
 * dot product over the shared dimension), so every mode — WebGPU compute shaders, headless GL
 * fragment shaders, the WebAssembly SIMD backend, JavaScript — runs the same arithmetic.
 * Kernels are compiled once per shape and cached. Calls use gpu.js's async contract
 * (`asyncMode: true`), which WebGPU requires and which lets the webasm mode split large outputs
 * across its worker pool (results do not depend on the split).
 */
export class GpuJsBackend implements MatrixBackend {
  readonly precision = "float32" as const;
  private readonly gpu: InstanceType<typeof GPU>;
  private readonly kernels = new Map<string, Kernel>();

  private constructor(readonly name: GpuJsMode) {
    this.gpu = new GPU({ mode: name });
  }

  /** A backend on the given gpu.js mode; throws if that mode is not usable here. */
  static async create(mode: GpuJsMode): Promise<GpuJsBackend> {
    if (mode === "webgpu" && !((await installNodeWebGPU()) && (await GPU.isWebGPUAvailable().catch(() => false))))
      throw new Error(`backend "webgpu" is not available: no WebGPU adapter answered`);
    if (mode === "headlessgl" && !GPU.isHeadlessGLSupported)
      throw new Error(`backend "headlessgl" is not available: the optional "gl" package did not load`);
    if (mode === "webasm" && !GPU.isWebAssemblySupported)
      throw new Error(`backend "webasm" is not available: WebAssembly is not supported`);
    return new GpuJsBackend(mode);
  }

  private kernel(key: string, source: string, output: [number, number], constants: Record<string, number>): Kernel {
    const full = `${key}|${output.join("x")}|${JSON.stringify(constants)}`;
    let k = this.kernels.get(full);
    if (!k) {
      k = this.gpu.createKernel(source, {
        output,
        constants,
        asyncMode: true,
        tactic: "precision",
        dynamicArguments: false,
      } as never) as unknown as Kernel;
      this.kernels.set(full, k);
    }
    return k;
  }

  async gemm(a: Float64Array, b: Float64Array, m: number, k: number, n: number, scale = 1): Promise<Float64Array> {
    const kern = this.kernel("gemm", GEMM, [n, m], { K: k, SCALE: scale });
    const r = await kern(input(toF32(a), [k, m]), input(toF32(b), [n, k]));
    return readMatrix(r, m, n);
  }

  async gramRows(a: Float64Array, rows: number, cols: number, scale = 1): Promise<Float64Array> {
    const kern = this.kernel("gram", GRAM_ROWS, [rows, rows], { K: cols, SCALE: scale });
    const r = await kern(input(toF32(a), [cols, rows]));
    return readMatrix(r, rows, rows);
  }

  async hadamardGram(
    x: Float64Array,
    dx: number,
    y: Float64Array,
    dy: number,
    n: number,
    sx: number,
    sy: number,
  ): Promise<Float64Array> {
    const kern = this.kernel("hadamard", HADAMARD_GRAM, [n, n], { DX: dx, DY: dy, SX: sx, SY: sy });
    const r = await kern(input(toF32(x), [dx, n]), input(toF32(y), [dy, n]));
    return readMatrix(r, n, n);
  }

  async kroneckerGram(x: Float64Array, dx: number, y: Float64Array, dy: number, n: number, scale = 1): Promise<Float64Array> {
    const size = dx * dy;
    const kern = this.kernel("kron", KRONECKER_GRAM, [size, size], { N: n, DY: dy, SCALE: scale });
    const r = await kern(input(toF32(x), [dx, n]), input(toF32(y), [dy, n]));
    return readMatrix(r, size, size);
  }

  async activatedProduct(
    x: Float64Array,
    w: Float64Array,
    n: number,
    k: number,
    m: number,
    scale: number,
    f: ElementwiseFunction,
  ): Promise<Float64Array> {
    if (f.source === undefined) {
      const c = await this.gemm(x, w, n, k, m, scale);
      for (let i = 0; i < c.length; i++) c[i] = f.fn(c[i]);
      return c;
    }
    const kern = this.kernel(`act:${f.source}`, activatedProductSource(f.source), [m, n], { K: k, SCALE: scale });
    const r = await kern(input(toF32(x), [k, n]), input(toF32(w), [m, k]));
    return readMatrix(r, n, m);
  }

  dispose(): void {
    this.kernels.clear();
    this.gpu.destroy();
  }
}
