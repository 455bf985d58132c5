import type { Measure } from "../measures/measure.js";
import { evaluateExpression, ExpressionError, type Registry } from "./expression.js";
import { LAW_FUNCTIONS } from "./registry.js";

/** True for values implementing the Measure interface (Stieltjes transform, atoms, support). */
export function isMeasure(v: unknown): v is Measure {
  return (
    v !== null &&
    typeof v === "object" &&
    typeof (v as Measure).stieltjes === "function" &&
    Array.isArray((v as Measure).atoms) &&
    typeof (v as Measure).support === "function"
  );
}

/**
 * Evaluates a law expression and checks that it is a probability measure.
 *
 * @example parseLaw("freeAdd(semicircle(1), mp(0.3))")
 */
export function parseLaw(source: string, registry: Registry = LAW_FUNCTIONS): Measure {
  const value = evaluateExpression(source, registry);
  if (!isMeasure(value))
    throw new ExpressionError(`${JSON.stringify(source)} is not a law (it evaluates to ${typeof value === "object" ? JSON.stringify(value) : String(value)}); e.g. "mp(0.5)"`);
  return value;
}
