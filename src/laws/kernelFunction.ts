import type { CustomActivationSpec } from "../activations/index.js";
import { resolveActivation } from "./coefficients.js";

/** A kernel function f: a JavaScript function of one real variable, a registry name (its σ), or a custom spec {sigma: "<mathjs expression in x>"}. */
export type KernelFunction = ((t: number) => number) | string | CustomActivationSpec;

/** f, f′ and f″ at a point: exact σ, σ′ from the registry for strings; for functions, f′ and f″ by central differences. */
export interface KernelJet {
  readonly f: (t: number) => number;
  readonly df: (t: number) => number;
  readonly d2f: (t: number) => number;
}

/** Step of the central differences: error O(h²·|f‴|) ≈ 1e-8 for f′, O(h²·|f⁗|) for f″ (documented accuracy). */
const H = 1e-4;

export function kernelJet(fn: KernelFunction): KernelJet {
  if (typeof fn === "string" || (fn !== null && typeof fn === "object")) {
    const act = resolveActivation(fn);
    return {
      f: (t) => act.sigma(t),
      df: (t) => act.phi(t),
      d2f: (t) => (act.phi(t + H) - act.phi(t - H)) / (2 * H),
    };
  }
  if (typeof fn !== "function") throw new TypeError(`f must be a function or an expression string, got ${JSON.stringify(fn)}`);
  return {
    f: fn,
    df: (t) => (fn(t + H) - fn(t - H)) / (2 * H),
    d2f: (t) => (fn(t + H) - 2 * fn(t) + fn(t - H)) / (H * H),
  };
}

/** Evaluates f at t and throws a RangeError naming f if it is not finite. */
export function finiteValue(name: string, v: number, t: number): number {
  if (!Number.isFinite(v)) throw new RangeError(`${name} must be finite at ${t}, got ${v}`);
  return v;
}
