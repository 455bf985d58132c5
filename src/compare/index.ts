/** Distances between eigenvalues and a limiting law (KS, Wasserstein-1, histogram L¹, off-support counts). */
export { type LawDistribution, tabulatedLaw, closedFormLaw, atomMassUpTo } from "./law-distribution.js";
export { ksDistance, type KsResult, type SampleOptions } from "./ks.js";
export { wasserstein1, type Wasserstein1Options } from "./wasserstein.js";
export { histogramL1, type HistogramL1Options, type HistogramL1Result } from "./histogram-l1.js";
export { densityHistogram, defaultBinCount, type DensityHistogram } from "./histogram.js";
export { outsideSupport, type OutsideSupport, type OutsideSupportOptions } from "./outside-support.js";
export { defaultAtomTolerance, prepareSample } from "./sample.js";
export { compareSpectrum, type CompareOptions, type SpectrumComparison } from "./compare.js";
export { lawDistribution, type LawDistributionOptions } from "./from-measure.js";
