import { conjugateKernel } from "./ck.js";
import { freeProduct, freeSum } from "./free.js";
import { hadamardGram } from "./hadamardGram.js";
import { kernelMatrix } from "./kernelMatrix.js";
import { ntkFull, ntkHadamard } from "./ntk.js";
import type { MatrixModel } from "./types.js";
import { wigner } from "./wigner.js";
import { sampleCovariance, wishart } from "./wishart.js";

export { conjugateKernel, freeProduct, freeSum, hadamardGram, kernelMatrix, ntkFull, ntkHadamard, sampleCovariance, wigner, wishart };
export type { ConjugateKernelParams } from "./ck.js";
export type { FreePairParams } from "./free.js";
export type { HadamardGramParams } from "./hadamardGram.js";
export type { KernelMatrixParams } from "./kernelMatrix.js";
export type { NtkParams } from "./ntk.js";
export type { WignerParams } from "./wigner.js";
export type { SampleCovarianceParams, WishartParams } from "./wishart.js";
export type { DiagonalSpec, ActivationSpec, OutputWeights } from "./params.js";
export type { MatrixModel, Route, Phase, SampledMatrix, TrialContext } from "./types.js";

/** All models by name (the names `limspec simulate <model>` accepts). */
export const MODELS = {
  wishart,
  sampleCovariance,
  wigner,
  freeSum,
  freeProduct,
  ntkHadamard,
  ntkFull,
  conjugateKernel,
  hadamardGram,
  kernelMatrix,
} as const;

export type ModelName = keyof typeof MODELS;

/** Looks a model up by name; RangeError listing the known names otherwise. */
export function modelByName(name: string): MatrixModel<never> {
  const m = (MODELS as Record<string, MatrixModel<never>>)[name];
  if (!m) throw new RangeError(`model must be one of ${Object.keys(MODELS).join(", ")}; got ${JSON.stringify(name)}`);
  return m;
}
