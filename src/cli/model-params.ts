import { evaluateExpression } from "./expression.js";
import { UsageError } from "./io.js";
import { isMeasure } from "./law.js";
import { LAW_FUNCTIONS } from "./registry.js";

/** Options shared by `simulate` and `compare`. */
export interface ModelOptions {
  n?: string;
  d?: string;
  p?: string;
  N?: string;
  variance?: string;
  activation?: string;
  a?: string;
  param?: string[];
  trials?: string;
  seed?: string;
  backend?: string;
  route?: string;
}

/** Model parameters, their source text (for reports and law expressions), and the run settings. */
export interface ModelRun {
  readonly params: Record<string, unknown>;
  /** Each parameter as text: numbers and strings as given, laws as their expressions. */
  readonly sources: Record<string, string>;
  readonly trials: number;
  readonly seed: number;
  readonly backend: string;
  readonly route: "auto" | "direct" | "gram";
}

const NUMERIC = ["n", "d", "p", "N", "variance"] as const;

function parseNumber(flag: string, value: string): number {
  const v = Number(value);
  if (value.trim() === "" || !Number.isFinite(v)) throw new UsageError(`${flag} must be a number, got ${JSON.stringify(value)}`);
  return v;
}

/** A parameter value written as a law expression: numbers, "strings", [arrays], {objects}, laws. Bare words are strings. */
function parseValue(key: string, text: string): unknown {
  if (/^[A-Za-z_][\w-]*$/.test(text) && !Object.hasOwn(LAW_FUNCTIONS, text)) return text;
  const v = evaluateExpression(text, LAW_FUNCTIONS);
  if (v === undefined) throw new UsageError(`--param ${key}: empty value`);
  return v;
}

/** Reads the model flags (`--n --d --p --N --variance --activation --a --param key=value`) and run settings. */
export function modelRun(o: ModelOptions): ModelRun {
  const params: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  for (const key of NUMERIC) {
    const raw = o[key];
    if (raw !== undefined) {
      params[key] = parseNumber(`--${key}`, raw);
      sources[key] = String(params[key]);
    }
  }
  if (o.activation !== undefined) {
    // A registry name ("relu", "leakyRelu(0.1)", "custom(phi: …)") as is; anything else, such as
    // "x^3", is σ as a mathjs expression in x.
    const text = o.activation.trim();
    const spec = /^[A-Za-z_][A-Za-z0-9_]*\s*(\(.*\))?$/s.test(text) ? text : `custom(sigma: ${text})`;
    params.activation = spec;
    sources.activation = JSON.stringify(spec);
  }
  if (o.a !== undefined) {
    params.a = parseValue("a", o.a);
    sources.a = typeof params.a === "string" ? JSON.stringify(params.a) : o.a;
  }
  for (const item of o.param ?? []) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new UsageError(`--param must be key=value, got ${JSON.stringify(item)}`);
    const key = item.slice(0, eq).trim();
    const text = item.slice(eq + 1).trim();
    if (!/^[A-Za-z_]\w*$/.test(key)) throw new UsageError(`--param key must be a name, got ${JSON.stringify(key)}`);
    params[key] = parseValue(key, text);
    sources[key] = typeof params[key] === "string" ? JSON.stringify(params[key]) : text;
  }
  const trials = o.trials === undefined ? 1 : parseNumber("--trials", o.trials);
  const seed = o.seed === undefined ? 0 : parseNumber("--seed", o.seed);
  if (!Number.isInteger(trials) || trials < 1) throw new UsageError(`--trials must be a positive integer, got ${o.trials}`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError(`--seed must be an integer in [0, 2^53), got ${o.seed}`);
  const route = o.route ?? "auto";
  if (route !== "auto" && route !== "direct" && route !== "gram") throw new UsageError(`--route must be auto, direct or gram, got ${JSON.stringify(route)}`);
  return { params, sources, trials, seed, backend: o.backend ?? "auto", route };
}

/** Parameters as JSON-friendly values: laws replaced by their expressions. */
export function reportParams(run: ModelRun): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(run.params)) out[k] = isMeasure(v) ? run.sources[k] : v;
  return out;
}

/** The model flags, added identically to `simulate` and `compare`. */
export const MODEL_FLAGS: readonly [string, string][] = [
  ["--n <n>", "matrix size (number of data points)"],
  ["--d <d>", "input dimension"],
  ["--p <p>", "hidden width"],
  ["--N <N>", "number of samples (wishart, sampleCovariance)"],
  ["--variance <v>", "variance (wigner)"],
  ["--activation <name>", 'activation σ (registry name like relu, tanh, or an expression such as "x^2")'],
  ["--a <weights>", "second-layer weights: rademacher, gaussian, or an array expression"],
  ["--trials <T>", "independent trials pooled"],
  ["--seed <S>", "seed (integer); same seed, same eigenvalues"],
  ["--backend <name>", "auto, wasm64, webgpu, headlessgl, webasm or cpu"],
  ["--route <r>", "auto, direct (n×n) or gram (smaller Gram matrix plus zeros)"],
];
