/**
 * The built-in activations: σ and φ = σ′ in closed form, computed stably in double precision,
 * with Math.*-only sources for gpu.js kernels.
 */
import { erf, normalCdf, normalPdf } from "../core/special.js";
import { floatLiteral } from "./expression.js";
import { normalizedHermite, normalizedHermiteCoefficients } from "./hermite.js";
import type { Activation } from "./types.js";

const TWO_OVER_SQRT_PI = 1.1283791670955126;

/** Logistic function 1/(1 + e^{−x}) without overflow. */
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** log(1 + eˣ) without overflow or cancellation: max(x, 0) + log1p(e^{−|x|}). */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** e^{−|x|}/(1 + e^{−|x|})² = logistic(x)·logistic(−x), the logistic density. */
function logisticDensity(x: number): number {
  const e = Math.exp(-Math.abs(x));
  return e / ((1 + e) * (1 + e));
}

/**
 * erf for kernel sources: Abramowitz & Stegun 7.1.26, |error| ≤ 1.5e-7 (of the order of float32
 * rounding), built from Math.exp only. Used for the erf and gelu sources; the CPU functions are exact.
 */
function erfApproxSource(arg: string): string {
  const t = `(1.0 / (1.0 + 0.3275911 * Math.abs(${arg})))`;
  const poly = `(${t} * (0.254829592 + ${t} * (-0.284496736 + ${t} * (1.421413741 + ${t} * (-1.453152027 + ${t} * 1.061405429)))))`;
  return `(Math.sign(${arg}) * (1.0 - ${poly} * Math.exp(-(${arg}) * (${arg}))))`;
}

const SIGMOID_SRC = "(1.0 / (1.0 + Math.exp(-x)))";
const LOGISTIC_DENSITY_SRC =
  "(Math.exp(-Math.abs(x)) / ((1.0 + Math.exp(-Math.abs(x))) * (1.0 + Math.exp(-Math.abs(x)))))";

function make(
  name: string,
  sigma: (x: number) => number,
  phi: (x: number) => number,
  sigmaSource: string | undefined,
  phiSource: string | undefined,
  breakpoints: readonly number[] = [],
): Activation {
  return Object.freeze({ name, sigma, phi, breakpoints: Object.freeze([...breakpoints]), sigmaSource, phiSource });
}

/** Horner form of Σ c_j x^j as a source string. */
function polynomialSource(c: readonly number[]): string {
  if (c.length === 0) return "0.0";
  let s = floatLiteral(c[c.length - 1]);
  for (let j = c.length - 2; j >= 0; j--) s = c[j] === 0 ? `(${s} * x)` : `(${s} * x + ${floatLiteral(c[j])})`;
  return s;
}

export const MAX_HERMITE_DEGREE = 40;

/** Builders of the built-in activations by name; parameterised ones take their numeric argument. */
export const BUILTINS: Record<string, { params: string[]; build: (args: number[]) => Activation }> = {
  linear: { params: [], build: () => make("linear", (x) => x, () => 1, "x", "1.0") },
  relu: {
    params: [],
    build: () =>
      make("relu", (x) => (x > 0 ? x : 0), (x) => (x > 0 ? 1 : 0), "(x > 0.0 ? x : 0.0)", "(x > 0.0 ? 1.0 : 0.0)", [0]),
  },
  leakyRelu: {
    params: ["slope"],
    build: ([slope]) => {
      const s = floatLiteral(slope);
      return make(
        `leakyRelu(${slope})`,
        (x) => (x > 0 ? x : slope * x),
        (x) => (x > 0 ? 1 : slope),
        `(x > 0.0 ? x : ${s} * x)`,
        `(x > 0.0 ? 1.0 : ${s})`,
        [0],
      );
    },
  },
  tanh: {
    params: [],
    build: () =>
      make("tanh", Math.tanh, (x) => {
        const c = Math.cosh(x);
        return 1 / (c * c);
      }, "Math.tanh(x)", "(1.0 / (Math.cosh(x) * Math.cosh(x)))"),
  },
  sigmoid: { params: [], build: () => make("sigmoid", logistic, logisticDensity, SIGMOID_SRC, LOGISTIC_DENSITY_SRC) },
  erf: {
    params: [],
    build: () =>
      make("erf", erf, (x) => TWO_OVER_SQRT_PI * Math.exp(-x * x), erfApproxSource("x"), "(1.1283791670955126 * Math.exp(-x * x))"),
  },
  gelu: {
    params: [],
    // σ = xΦ(x), φ = Φ(x) + x·pdf(x)
    build: () => {
      const cdfSrc = `(0.5 * (1.0 + ${erfApproxSource("(x * 0.7071067811865476)")}))`;
      const pdfSrc = "(0.3989422804014327 * Math.exp(-0.5 * x * x))";
      return make(
        "gelu",
        (x) => x * normalCdf(x),
        (x) => normalCdf(x) + x * normalPdf(x),
        `(x * ${cdfSrc})`,
        `(${cdfSrc} + x * ${pdfSrc})`,
      );
    },
  },
  silu: {
    params: [],
    // σ = x·s(x), φ = s(x) + x·s(x)s(−x), s the logistic function
    build: () =>
      make(
        "silu",
        (x) => x * logistic(x),
        (x) => logistic(x) + x * logisticDensity(x),
        `(x * ${SIGMOID_SRC})`,
        `(${SIGMOID_SRC} + x * ${LOGISTIC_DENSITY_SRC})`,
      ),
  },
  softplus: {
    params: [],
    build: () =>
      make(
        "softplus",
        softplus,
        logistic,
        "(Math.max(x, 0.0) + Math.log(1.0 + Math.exp(-Math.abs(x))))",
        SIGMOID_SRC,
      ),
  },
  sin: { params: [], build: () => make("sin", Math.sin, Math.cos, "Math.sin(x)", "Math.cos(x)") },
  cos: { params: [], build: () => make("cos", Math.cos, (x) => -Math.sin(x), "Math.cos(x)", "(-Math.sin(x))") },
  abs: {
    params: [],
    build: () =>
      make("abs", Math.abs, (x) => (x > 0 ? 1 : x < 0 ? -1 : 0), "Math.abs(x)", "(x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : 0.0))", [0]),
  },
  quadratic: { params: [], build: () => make("quadratic", (x) => x * x, (x) => 2 * x, "(x * x)", "(2.0 * x)") },
  hermite: {
    params: ["k"],
    // σ = h_k = He_k/√(k!), φ = h_k′ = √k · h_{k−1}
    build: ([k]) => {
      const c = normalizedHermiteCoefficients(k);
      const dc = c.slice(1).map((cj, j) => (j + 1) * cj);
      const rootK = Math.sqrt(k);
      return make(
        `hermite(${k})`,
        (x) => normalizedHermite(k, x),
        (x) => (k === 0 ? 0 : rootK * normalizedHermite(k - 1, x)),
        polynomialSource(c),
        polynomialSource(dc),
      );
    },
  },
};
