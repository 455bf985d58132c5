/**
 * `limspec/testing`: fast-check arbitraries for law parameters and the vitest matcher
 * `expect(eigenvalues).toMatchSpectrum(law, { ks: 0.03 })`, so users property-test their own
 * theory against simulation. Needs `vitest` and `fast-check` installed.
 */
export {
  ratioArb,
  varianceArb,
  atomLawArb,
  ntkQuadraticParamsArb,
  ntkDimensions,
  lawExpressionArb,
  NTK_ACTIVATIONS,
  type RatioRange,
  type AtomLawParams,
  type AtomLawOptions,
  type NtkQuadraticParams,
  type NtkParamsOptions,
} from "./arbitraries.js";
export { toMatchSpectrum, setupLimspecMatchers, type SpectrumTolerance } from "./matcher.js";
