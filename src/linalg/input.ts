/**
 * Validation of symmetric-matrix input and its transfer into packed lower storage
 * (column j of the lower triangle, rows j..n−1, contiguous; = row j of the upper triangle of a
 * row-major matrix), the layout the WebAssembly kernels work on.
 */
import type { NdArray } from "ndarray";

/** A square matrix: row-major Float64Array (n×n) or a 2-d ndarray. */
export type SymmetricInput = Float64Array | NdArray;

/** Default relative tolerance of the symmetry check: |a_ij − a_ji| ≤ tol · max|a|. */
export const SYMMETRY_TOLERANCE = 1e-10;

/** Element accessor and order of a validated square input. */
export interface SquareMatrix {
  n: number;
  /** row-major Float64Array when the input is one (fast path), else null */
  dense: Float64Array | null;
  get(i: number, j: number): number;
}

function isNdArray(a: unknown): a is NdArray {
  return (
    typeof a === "object" && a !== null && Array.isArray((a as NdArray).shape) &&
    Array.isArray((a as NdArray).stride) && typeof (a as NdArray).offset === "number" && "data" in a
  );
}

/** Order of the matrix and an accessor, after checking shape and type (not values). */
export function squareMatrix(name: string, a: unknown, n?: number): SquareMatrix {
  if (a instanceof Float64Array) {
    const size = n ?? Math.round(Math.sqrt(a.length));
    if (n !== undefined && (!Number.isInteger(n) || n < 0))
      throw new RangeError(`n must be a non-negative integer, got ${n}`);
    if (size * size !== a.length)
      throw new RangeError(
        `${name} must hold n×n entries: length ${a.length} is ${n === undefined ? "not a perfect square" : `not ${n}×${n}`}`,
      );
    if (size === 0) throw new RangeError(`${name} is empty (n = 0)`);
    return { n: size, dense: a, get: (i, j) => a[i * size + j] };
  }
  if (isNdArray(a)) {
    if (a.shape.length !== 2 || a.shape[0] !== a.shape[1])
      throw new RangeError(`${name} must be a square 2-d ndarray, got shape [${a.shape.join(", ")}]`);
    const size = a.shape[0];
    if (n !== undefined && n !== size) throw new RangeError(`n = ${n} does not match ${name}'s shape [${size}, ${size}]`);
    if (size === 0) throw new RangeError(`${name} is empty (n = 0)`);
    const [s0, s1] = a.stride;
    const off = a.offset;
    if (a.data instanceof Float64Array && s0 === size && s1 === 1) {
      const dense = a.data.subarray(off, off + size * size);
      return { n: size, dense, get: (i, j) => dense[i * size + j] };
    }
    const data = a.data as unknown as ArrayLike<number> & { get?: (k: number) => number };
    if (typeof data.get === "function" && !(ArrayBuffer.isView(data) || Array.isArray(data)))
      return { n: size, dense: null, get: (i, j) => Number(a.get(i, j)) };
    return { n: size, dense: null, get: (i, j) => data[off + i * s0 + j * s1] };
  }
  throw new TypeError(`${name} must be a row-major Float64Array or a 2-d ndarray, got ${Object.prototype.toString.call(a)}`);
}

/**
 * Check every entry is finite and |a_ij − a_ji| ≤ tol · max|a| (blocked for cache reuse).
 * Throws RangeError naming the first offending entry.
 */
export function requireSymmetricFinite(name: string, m: SquareMatrix, tol = SYMMETRY_TOLERANCE): void {
  const { n, get } = m;
  const d = m.dense;
  let amax = 0;
  if (d) {
    for (let t = 0; t < d.length; t++) {
      const x = d[t];
      if (!Number.isFinite(x))
        throw new RangeError(`${name}[${Math.floor(t / n)}][${t % n}] must be finite, got ${x}`);
      const ax = Math.abs(x);
      if (ax > amax) amax = ax;
    }
  } else {
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const x = get(i, j);
        if (typeof x !== "number" || !Number.isFinite(x))
          throw new RangeError(`${name}[${i}][${j}] must be a finite number, got ${x}`);
        const ax = Math.abs(x);
        if (ax > amax) amax = ax;
      }
  }
  const bound = tol * amax;
  const B = 64;
  for (let ib = 0; ib < n; ib += B)
    for (let jb = ib; jb < n; jb += B) {
      const ie = Math.min(ib + B, n), je = Math.min(jb + B, n);
      for (let i = ib; i < ie; i++)
        for (let j = Math.max(jb, i + 1); j < je; j++) {
          const x = d ? d[i * n + j] : get(i, j);
          const y = d ? d[j * n + i] : get(j, i);
          if (Math.abs(x - y) > bound)
            throw new RangeError(
              `${name} is not symmetric: a[${i}][${j}] = ${x} but a[${j}][${i}] = ${y} ` +
                `(|difference| > ${tol} · max|a| = ${bound})`,
            );
        }
    }
}

/** Offset (in doubles) of column j's diagonal in packed lower storage of order n. */
export function packedOffset(n: number, j: number): number {
  return j * n - (j * (j - 1)) / 2;
}

/** Write the upper triangle of the row-major matrix (= lower, column-major) into `packed`. */
export function packLower(m: SquareMatrix, packed: Float64Array): void {
  const { n, dense, get } = m;
  for (let j = 0; j < n; j++) {
    const off = packedOffset(n, j);
    if (dense) packed.set(dense.subarray(j * n + j, j * n + n), off);
    else for (let r = j; r < n; r++) packed[off + r - j] = get(j, r);
  }
}
