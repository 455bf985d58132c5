import { activation, type Activation, type CustomActivationSpec } from "../../activations/index.js";
import type { RandomSource } from "../../core/random.js";
import { requireInteger, requireNumber } from "../../core/validate.js";
import type { PhiloxStream } from "../rng/stream.js";

/**
 * A deterministic or random list of `size` real numbers (a diagonal, a population, weights):
 * - an array of length `size`;
 * - a function `(index, size) => value`;
 * - a law with a `quantile(p)`: values quantile((i + ½)/size), i = 0 … size − 1 (deterministic);
 * - a law with `sample(n, rng)` only: `size` independent draws.
 */
export type DiagonalSpec =
  | ArrayLike<number>
  | ((index: number, size: number) => number)
  | { quantile(p: number): number }
  | { sample(n: number, rng: RandomSource): Float64Array };

/** Resolves a DiagonalSpec to `size` finite numbers; `rng` is used only by sampled laws. */
export function resolveDiagonal(name: string, spec: DiagonalSpec, size: number, rng: PhiloxStream): Float64Array {
  const out = new Float64Array(size);
  if (typeof spec === "function") {
    for (let i = 0; i < size; i++) out[i] = spec(i, size);
  } else if (spec !== null && typeof spec === "object" && "quantile" in spec && typeof spec.quantile === "function") {
    for (let i = 0; i < size; i++) out[i] = spec.quantile((i + 0.5) / size);
  } else if (spec !== null && typeof spec === "object" && "sample" in spec && typeof spec.sample === "function") {
    out.set(spec.sample(size, rng));
  } else if (spec !== null && typeof spec === "object" && typeof (spec as ArrayLike<number>).length === "number") {
    const arr = spec as ArrayLike<number>;
    if (arr.length !== size) throw new RangeError(`${name} must have length ${size}, got length ${arr.length}`);
    for (let i = 0; i < size; i++) out[i] = arr[i];
  } else {
    throw new TypeError(`${name} must be an array, a function, or a law with quantile/sample, got ${String(spec)}`);
  }
  for (let i = 0; i < size; i++) requireNumber(`${name}[${i}]`, out[i]);
  return out;
}

/** Checks that `v` is an integer ≥ 1 (a matrix dimension). */
export function requireDimension(name: string, v: unknown): number {
  return requireInteger(name, v, 1);
}

/** An activation from the registry: a name, a mathjs expression, or {sigma, phi}. */
export type ActivationSpec = string | CustomActivationSpec;

/** Resolves an activation spec (TypeError/RangeError from the registry on unknown names). */
export function resolveActivation(name: string, spec: unknown): Activation {
  if (typeof spec !== "string" && (spec === null || typeof spec !== "object"))
    throw new TypeError(`${name} must be an activation name, an expression, or {sigma, phi}, got ${String(spec)}`);
  return activation(spec as ActivationSpec);
}

/** Second-layer weights a of an NTK model: Rademacher ±1, standard Gaussian, or given (length p). */
export type OutputWeights = "rademacher" | "gaussian" | ArrayLike<number>;

export function checkOutputWeights(a: unknown, p: number): void {
  if (a === "rademacher" || a === "gaussian") return;
  if (a !== null && typeof a === "object" && typeof (a as ArrayLike<number>).length === "number") {
    const arr = a as ArrayLike<number>;
    if (arr.length !== p) throw new RangeError(`a must have length p = ${p}, got length ${arr.length}`);
    for (let i = 0; i < p; i++) requireNumber(`a[${i}]`, arr[i]);
    return;
  }
  throw new TypeError(`a must be "rademacher", "gaussian" or an array of length p, got ${JSON.stringify(a)}`);
}

export function drawOutputWeights(a: OutputWeights, p: number, rng: PhiloxStream): Float64Array {
  if (a === "rademacher") return rng.fillRademacher(new Float64Array(p));
  if (a === "gaussian") return rng.fillNormal(new Float64Array(p));
  return Float64Array.from(a as ArrayLike<number>);
}
