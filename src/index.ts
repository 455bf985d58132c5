/**
 * limspec — limiting spectra of random matrices.
 *
 * Conventions (docs/design.md §1; docs/conventions.md): the Stieltjes transform is
 * `s(z) = ∫ dμ(x)/(x − z)` on the upper half plane, the density is `Im s(x + i0)/π`, and
 * `mpMap(γ, ν)` is the companion-convention MP map (law of `(1/N) Z D Zᵀ`, n/N → γ).
 *
 * - measures: closed-form laws (`mp`, `semicircle`, `atoms`, `chiSquare`, …) and their mixtures,
 *   scalings and shifts.
 * - transforms: `mpMap`, `mpMapSilverstein`, `freeAdd`, `freeMul`, `convolve` — each returns a
 *   Measure, so they compose.
 * - spectrum: real-axis density (no η smoothing), support edges, cdf, quantiles, moments.
 * - laws: the Benigni–Paquette quadratic-scaling NTK law and the other kernel laws.
 * - sim (namespace): seeded random-matrix models and trials; linalg: WebAssembly eigenvalues.
 * - compare, plot: distances between a law and eigenvalues; density-over-histogram figures.
 * - `limspec/testing`: fast-check arbitraries and the `toMatchSpectrum` matcher.
 */
export type { Complex } from "./core/complex.js";
export { complex } from "./core/complex.js";
export { ConvergenceError, SingularPointError } from "./core/errors.js";
export type { RandomSource } from "./core/random.js";
export { gaussLegendre, gaussHermite } from "./core/gaussRules.js";
export type { GaussRule } from "./core/gaussRules.js";
export { integrate, integrateComplex, integrateVector, integrateSqrtEndpoints } from "./core/quadrature.js";
export type { QuadratureOptions, QuadratureResult, VectorQuadratureResult } from "./core/quadrature.js";
export { brent, bisect } from "./core/roots.js";
export type { RootOptions } from "./core/roots.js";
export { erf, erfc, normalCdf, normalPdf } from "./core/special.js";

export * from "./measures/index.js";
export * from "./transforms/index.js";
export * from "./spectrum/index.js";
export * from "./activations/index.js";
export * from "./laws/index.js";
export * from "./linalg/index.js";
export * from "./compare/index.js";
export * from "./plot/index.js";
export * as sim from "./sim/index.js";
