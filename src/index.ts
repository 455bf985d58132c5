/**
 * limspec — limiting spectra of random matrices.
 *
 * Conventions (DESIGN.md §1): Stieltjes transform `s(z) = ∫ dμ(x)/(x − z)` on the upper half plane.
 */
export type { Complex } from "./core/complex.js";
export { complex } from "./core/complex.js";
export { ConvergenceError } from "./core/errors.js";
export type { RandomSource } from "./core/random.js";
export type { Atom, Measure, Support } from "./measures/measure.js";
