/**
 * The matrix-formation work of the simulation models: products, Gram matrices, Hadamard
 * products of Gram matrices, and activations of products. Inputs and outputs are row-major
 * Float64Array; a float32 backend rounds its inputs and computes in float32.
 */

/** Backends by name. `wasm64` is float64 (the linalg WebAssembly gemm/Gram); the others are
 * gpu.js modes with float32 inputs and outputs: `webgpu` (WGSL compute shaders on f32 storage
 * buffers), `headlessgl` (GLSL fragment shaders via the optional `gl` package), `webasm` (gpu.js's
 * WebAssembly f32x4 SIMD backend, f32 arithmetic, worker threads under its async contract),
 * `cpu` (gpu.js's JavaScript kernels: float32-rounded inputs and outputs, sums accumulated in
 * JavaScript doubles). */
export type BackendName = "wasm64" | "webgpu" | "headlessgl" | "webasm" | "cpu";

/** A backend request: a name, or "auto" (the best gpu.js mode present, see `resolveBackend`). */
export type BackendChoice = BackendName | "auto";

export const BACKEND_NAMES: readonly BackendName[] = ["wasm64", "webgpu", "headlessgl", "webasm", "cpu"];

/** Elementwise function for `activatedProduct`: a JS function, and optionally the same function
 * as a JavaScript expression in `x` that a gpu.js kernel can compile. */
export interface ElementwiseFunction {
  fn: (x: number) => number;
  source?: string;
}

export interface MatrixBackend {
  readonly name: BackendName;
  readonly precision: "float32" | "float64";
  /** C = scale · A B with A m×k, B k×n; returns m×n. */
  gemm(a: Float64Array, b: Float64Array, m: number, k: number, n: number, scale?: number): Promise<Float64Array>;
  /** G = scale · A Aᵀ with A rows×cols; returns rows×rows. */
  gramRows(a: Float64Array, rows: number, cols: number, scale?: number): Promise<Float64Array>;
  /** K = (sx · X Xᵀ) ⊙ (sy · Y Yᵀ) with X n×dx, Y n×dy; returns n×n. */
  hadamardGram(
    x: Float64Array,
    dx: number,
    y: Float64Array,
    dy: number,
    n: number,
    sx: number,
    sy: number,
  ): Promise<Float64Array>;
  /**
   * G = scale · Σᵢ (xᵢ xᵢᵀ) ⊗ (yᵢ yᵢᵀ), the (dx·dy)×(dx·dy) matrix A Aᵀ where A has columns
   * xᵢ ⊗ yᵢ (row index k·dy + l); X n×dx, Y n×dy.
   */
  kroneckerGram(x: Float64Array, dx: number, y: Float64Array, dy: number, n: number, scale?: number): Promise<Float64Array>;
  /** F = f(scale · X W) elementwise, X n×k, W k×m; returns n×m. */
  activatedProduct(
    x: Float64Array,
    w: Float64Array,
    n: number,
    k: number,
    m: number,
    scale: number,
    f: ElementwiseFunction,
  ): Promise<Float64Array>;
  /** Releases kernels and contexts. */
  dispose(): void;
}
