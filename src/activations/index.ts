/** Activations: the registry (σ and φ = σ′), custom mathjs expressions, Gaussian moments. */
export type { Activation, CustomActivationSpec, GaussianMoments } from "./types.js";
export { activation, activationNames } from "./registry.js";
export { customActivation } from "./custom.js";
export { gaussianMoments, phiMoments, sigmaMoments, DEFAULT_HERMITE_ORDER } from "./moments.js";
export type { GaussianMomentOptions } from "./moments.js";
export { normalizedHermite, normalizedHermiteAll, normalizedHermiteCoefficients } from "./hermite.js";
export { logistic, softplus } from "./builtins.js";
