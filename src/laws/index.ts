/**
 * Laws from the literature, each a Measure built from the transforms (Stieltjes convention of
 * docs/design.md §1): the quadratic-scaling NTK law of Benigni–Paquette with its outliers, the Hadamard
 * Gram law, linear-width CK and NTK (Pennington–Worah, Fan–Wang), kernel matrices (El Karoui,
 * Cheng–Singer). Derivations: docs/math/ntk-quadratic.md; definitions and validation: docs/laws.md.
 */
export { ntkQuadratic, ntkQuadraticPopulation } from "./ntkQuadratic.js";
export type { NtkQuadraticParams } from "./ntkQuadratic.js";
export { ntkQuadraticOutliers } from "./ntkQuadraticOutliers.js";
export { rowMixtureLaw, RowMixtureLaw, rowNormNodes, type RowClasses, type RowMixtureParams } from "./rowNormMixture.js";
export { ntkQuadraticEdgeExcess, type NtkQuadraticEdgeExcess } from "./ntkQuadraticEdgeExcess.js";
export type { NtkQuadraticOutliers, NtkQuadraticOutlierParams } from "./ntkQuadraticOutliers.js";
export { pairSumLaw } from "./pairSumLaw.js";
export { populationOperatorMatrix, populationOperatorEigenvalues } from "./populationOperator.js";
export type { PopulationOperatorInput } from "./populationOperator.js";
export { populationDeterministicEquivalent, referenceDimensions } from "./deterministicEquivalent.js";
export type { DeterministicEquivalentOptions } from "./deterministicEquivalent.js";
export { hadamardGram, hadamardGramLinear, type HadamardGramParams } from "./hadamardGram.js";
export { conjugateKernel, layerCoefficients } from "./conjugateKernel.js";
export type { ConjugateKernelParams } from "./conjugateKernel.js";
export { ntkLinear } from "./ntkLinear.js";
export type { NtkLinearParams } from "./ntkLinear.js";
export { kernelMatrix, kernelMatrixApproximation, innerProductKernel } from "./kernelMatrix.js";
export type { KernelMatrixParams, KernelMatrixApproximation } from "./kernelMatrix.js";
export type { KernelFunction } from "./kernelFunction.js";
export { ntkCoefficients } from "./coefficients.js";
export type { ActivationInput, NtkCoefficients } from "./coefficients.js";
export type { OutputWeightsLaw } from "./squaredWeights.js";
