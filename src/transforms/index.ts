/**
 * Transforms of measures. Each returns a Measure, so they compose to any depth
 * (`mpMap(0.5, freeAdd(semicircle(1), mp(0.3)))`). Stieltjes convention of docs/design.md §1.
 */
export { mpMap, mpMapSilverstein, mpMapMoments, MpMapMeasure } from "./mpMap.js";
export { freeAdd, freeAddMoments, FreeAddMeasure } from "./freeAdd.js";
export { freeMul, freeMulMoments, FreeMulMeasure } from "./freeMul.js";
export { SolvedMeasure } from "./solvedMeasure.js";
export type { Solution } from "./solver.js";
export { freeCumulantsFromMoments, momentsFromFreeCumulants } from "./series.js";
export { convolve, convolveMoments, ConvolutionMeasure } from "./convolve.js";
