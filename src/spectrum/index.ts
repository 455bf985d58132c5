/**
 * Real-axis spectrum of any Measure: density without η smoothing, support edges, atoms, cdf,
 * quantiles, moments and an automatic grid.
 */
export { densityAt, densityOnGrid } from "./density.js";
export type { DensityOnGrid } from "./density.js";
export { autoGrid } from "./grid.js";
export { supportEdges, atomsOf } from "./edges.js";
export { cdf, quantile } from "./cdf.js";
export { moments, numericalMoments } from "./moments.js";
export { totalMass, integrateDensity, integrateOverSupport, smoothPieces } from "./integrals.js";
