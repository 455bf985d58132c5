/** Simulation engine: seeded random numbers, random-matrix models, backends, trials, histograms. */
export { PhiloxStream, stream } from "./rng/stream.js";
export { philox4x32, mulhi32 } from "./rng/philox.js";
export { ZIGGURAT } from "./rng/ziggurat.js";
export { haarOrthogonal } from "./haar.js";
export * from "./models/index.js";
export { useGramRoute, EIGEN_WEIGHT } from "./models/route.js";
export { simulate, simulateHistogram, sampleMatrix } from "./simulate.js";
export type { SimulateOptions, SimulationResult, SimulationHistogram, TrialInfo, PhaseTimes } from "./simulate.js";
export { histogram, matrixHistogram, autoBinCount } from "./histogram.js";
export type { Histogram, HistogramOptions } from "./histogram.js";
export { stderrProgress } from "./progress.js";
export type { Progress } from "./progress.js";
export { openBackend, availableBackends } from "./backend/select.js";
export { GpuJsBackend } from "./backend/gpujs.js";
export type { GpuJsMode } from "./backend/gpujs.js";
export { Wasm64Backend } from "./backend/wasm64.js";
export { BACKEND_NAMES } from "./backend/types.js";
export type { BackendName, BackendChoice, MatrixBackend, ElementwiseFunction } from "./backend/types.js";
