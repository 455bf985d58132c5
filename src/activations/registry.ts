/**
 * The activation registry: built-in names (with numeric parameters in parentheses) and custom
 * mathjs expressions.
 */
import { requireInteger, requireNumber } from "../core/validate.js";
import { BUILTINS, MAX_HERMITE_DEGREE } from "./builtins.js";
import { customActivation } from "./custom.js";
import type { Activation, CustomActivationSpec } from "./types.js";

const DEFAULT_LEAKY_SLOPE = 0.01;

/** Names of the built-in activations (parameterised ones are written name(param), e.g. "leakyRelu(0.1)", "hermite(3)"). */
export function activationNames(): string[] {
  return Object.keys(BUILTINS);
}

function listKnown(): string {
  return Object.entries(BUILTINS)
    .map(([n, b]) => (b.params.length ? `${n}(${b.params.join(", ")})` : n))
    .concat(["custom(sigma: <expr in x>)", "custom(phi: <expr in x>)", "{ sigma } / { phi } objects"])
    .join(", ");
}

function parseCustomString(spec: string, inner: string): Activation {
  // "sigma: EXPR", "phi: EXPR" or "sigma: EXPR; phi: EXPR"
  const out: CustomActivationSpec = {};
  for (const part of inner.split(";")) {
    const m = /^\s*(sigma|phi)\s*:(.*)$/s.exec(part);
    if (!m || m[2].trim() === "")
      throw new RangeError(`activation "${spec}": expected custom(sigma: <expr>) or custom(phi: <expr>), got "${part.trim()}"`);
    out[m[1] as "sigma" | "phi"] = m[2].trim();
  }
  return customActivation(out);
}

function parseNumber(spec: string, param: string, text: string): number {
  const t = text.trim();
  const v = t === "" ? NaN : Number(t);
  if (!Number.isFinite(v)) throw new RangeError(`activation "${spec}": ${param} must be a finite number, got "${t}"`);
  return v;
}

/**
 * Looks up or builds an activation.
 *
 * String forms (names case-insensitive): a built-in name — "linear", "relu", "leakyRelu(slope)" (slope defaults to 0.01),
 * "tanh", "sigmoid", "erf", "gelu" (xΦ(x), exact), "silu", "softplus", "sin", "cos", "abs",
 * "quadratic" (x²), "hermite(k)" (He_k/√(k!), 0 ≤ k ≤ 40) — or "custom(sigma: EXPR)",
 * "custom(phi: EXPR)", "custom(sigma: EXPR; phi: EXPR)". Object form: { sigma?, phi?, name?, breakpoints? }
 * with mathjs expressions in x. Every activation's `name` is accepted back by this function
 * (except custom names chosen by the caller).
 *
 * @throws RangeError for an unknown name (listing the known ones) or a bad parameter/expression.
 * @example activation("leakyRelu(0.2)").phi(-1) // 0.2
 * @example activation({ sigma: "x^3" }).phi(2) // 12
 */
export function activation(spec: string | CustomActivationSpec): Activation {
  if (typeof spec !== "string") return customActivation(spec);
  const text = spec.trim();
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*(?:\((.*)\))?$/s.exec(text);
  if (!m) throw new RangeError(`unknown activation ${JSON.stringify(spec)}; known: ${listKnown()}`);
  const [, name, argText] = m;
  if (name.toLowerCase() === "custom") {
    if (argText === undefined) throw new RangeError(`activation "${spec}": custom needs (sigma: <expr>) or (phi: <expr>)`);
    return parseCustomString(spec, argText);
  }
  // Names match case-insensitively ("ReLU", "GELU"); the canonical spelling is the registry's.
  const canonical = Object.keys(BUILTINS).find((k) => k.toLowerCase() === name.toLowerCase());
  const builtin = canonical === undefined ? undefined : BUILTINS[canonical];
  if (!builtin) throw new RangeError(`unknown activation ${JSON.stringify(spec)}; known: ${listKnown()}`);
  const args = argText === undefined || argText.trim() === "" ? [] : argText.split(",");
  if (builtin.params.length === 0) {
    if (args.length > 0) throw new RangeError(`activation "${name}" takes no parameter, got "${spec}"`);
    return builtin.build([]);
  }
  if (args.length > builtin.params.length)
    throw new RangeError(`activation "${name}" takes ${builtin.params.join(", ")}, got "${spec}"`);
  if (canonical === "leakyRelu") {
    const slope = args.length ? parseNumber(spec, "slope", args[0]) : DEFAULT_LEAKY_SLOPE;
    return builtin.build([requireNumber("slope", slope)]);
  }
  if (args.length === 0) throw new RangeError(`activation "${name}" needs ${builtin.params.join(", ")}, e.g. "${name}(3)"`);
  const k = parseNumber(spec, "k", args[0]);
  requireInteger("k", k, 0);
  if (k > MAX_HERMITE_DEGREE) throw new RangeError(`hermite degree k must be ≤ ${MAX_HERMITE_DEGREE}, got ${k}`);
  return builtin.build([k]);
}
