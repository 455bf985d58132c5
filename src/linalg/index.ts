/**
 * linalg — WebAssembly LAPACK-style kernels: symmetric eigenvalues (all, in an interval, exact
 * histogram counts), tridiagonal eigenvalues, and float64 matrix products.
 */
export { initLinalg, initLinalgSync, releaseLinalg, linalgMemoryBytes, linalgHelperRunning } from "./module.js";
export { eigvalsh, eigvalshRange, eigenvalueCounts } from "./eigvalsh.js";
export type { EigenvalueCounts, SymmetricOptions } from "./eigvalsh.js";
export { tridiagonalEigenvalues, tridiagonalEigenvalueCounts } from "./tridiagonal.js";
export { gemm, gram, gramOuter, syrk } from "./products.js";
export { SYMMETRY_TOLERANCE } from "./input.js";
export type { SymmetricInput } from "./input.js";
