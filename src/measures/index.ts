/**
 * Closed-form probability measures (docs/design.md §1 Stieltjes convention s(z) = ∫ dμ(x)/(x − z)) and the
 * elementary operations on them (mixture, scale, shift, affine).
 */
export type { Atom, Measure, Support } from "./measure.js";
export { atoms, dirac, empirical } from "./atoms.js";
export { mp } from "./mp.js";
export { semicircle } from "./semicircle.js";
export { uniform } from "./uniform.js";
export { affine, scale, shift } from "./affine.js";
export { mixture, mergeIntervals } from "./mixture.js";
export type { MixtureOptions } from "./mixture.js";
export { chiSquare } from "./chiSquare.js";
export { faddeeva, erfcx } from "./faddeeva.js";
