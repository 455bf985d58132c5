import { gemm, gramOuter, initLinalg } from "../../linalg/index.js";
import type { ElementwiseFunction, MatrixBackend } from "./types.js";

function scaleInPlace(a: Float64Array, s: number): Float64Array {
  if (s !== 1) for (let i = 0; i < a.length; i++) a[i] *= s;
  return a;
}

/**
 * The float64 backend: products and Gram matrices from the linalg WebAssembly module (SIMD
 * gemm and A Aᵀ), elementwise work in JavaScript.
 */
export class Wasm64Backend implements MatrixBackend {
  readonly name = "wasm64" as const;
  readonly precision = "float64" as const;

  /** Loads the WebAssembly module (idempotent). */
  static async create(): Promise<Wasm64Backend> {
    await initLinalg();
    return new Wasm64Backend();
  }

  async gemm(a: Float64Array, b: Float64Array, m: number, k: number, n: number, scale = 1): Promise<Float64Array> {
    return scaleInPlace(gemm(a, b, m, k, n), scale);
  }

  async gramRows(a: Float64Array, rows: number, cols: number, scale = 1): Promise<Float64Array> {
    return scaleInPlace(gramOuter(a, rows, cols), scale);
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
    const gx = gramOuter(x, n, dx);
    const gy = gramOuter(y, n, dy);
    const s = sx * sy;
    for (let i = 0; i < gx.length; i++) gx[i] = s * gx[i] * gy[i];
    return gx;
  }

  async kroneckerGram(x: Float64Array, dx: number, y: Float64Array, dy: number, n: number, scale = 1): Promise<Float64Array> {
    // A is (dx·dy)×n with A[(k·dy + l), i] = x[i,k]·y[i,l].
    const rows = dx * dy;
    const a = new Float64Array(rows * n);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < dx; k++) {
        const xik = x[i * dx + k];
        const base = k * dy * n + i;
        for (let l = 0; l < dy; l++) a[base + l * n] = xik * y[i * dy + l];
      }
    }
    return scaleInPlace(gramOuter(a, rows, n), scale);
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
    const c = gemm(x, w, n, k, m);
    const fn = f.fn;
    for (let i = 0; i < c.length; i++) c[i] = fn(scale * c[i]);
    return c;
  }

  dispose(): void {}
}
