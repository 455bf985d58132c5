/**
 * Custom activations from mathjs expressions in x: σ given (φ = σ′ by symbolic differentiation),
 * φ given (σ(x) = ∫₀ˣ φ, by quadrature: σ is fixed by σ(0) = 0), or both (checked for consistency).
 */
import { integrate } from "../core/quadrature.js";
import { requireNumber } from "../core/validate.js";
import { compileExpression, differentiateExpression } from "./expression.js";
import type { Activation, CustomActivationSpec } from "./types.js";

/** Points where the consistency of a given σ and φ is checked by central differences. */
const CHECK_POINTS = [-2.1, -0.7, 0.45, 1.3, 2.9];

function checkConsistency(sigma: (x: number) => number, phi: (x: number) => number, spec: CustomActivationSpec, bps: readonly number[]): void {
  for (const x of CHECK_POINTS) {
    const h = 1e-4;
    if (bps.some((b) => Math.abs(b - x) < 2 * h)) continue;
    // Fourth-order central difference, error O(h⁴ σ⁽⁵⁾).
    const fd = (8 * (sigma(x + h) - sigma(x - h)) - (sigma(x + 2 * h) - sigma(x - 2 * h))) / (12 * h);
    const p = phi(x);
    if (!Number.isFinite(fd) || !Number.isFinite(p)) continue;
    if (Math.abs(fd - p) > 1e-6 * (1 + Math.abs(p)))
      throw new RangeError(
        `phi = "${spec.phi}" is not the derivative of sigma = "${spec.sigma}": at x = ${x}, phi = ${p} but dσ/dx ≈ ${fd}`,
      );
  }
}

/**
 * Builds an Activation from `{ sigma?, phi?, name?, breakpoints? }` (mathjs expressions in x).
 * @throws RangeError/TypeError for a missing/invalid expression, other variables, unknown functions,
 *   σ that mathjs cannot differentiate, or σ and φ that disagree.
 */
export function customActivation(spec: CustomActivationSpec): Activation {
  if (spec === null || typeof spec !== "object") throw new TypeError(`activation spec must be a string or an object, got ${String(spec)}`);
  const known = new Set(["sigma", "phi", "name", "breakpoints"]);
  for (const key of Object.keys(spec))
    if (!known.has(key)) throw new RangeError(`activation spec has unknown key "${key}"; allowed: sigma, phi, name, breakpoints`);
  if (spec.sigma === undefined && spec.phi === undefined)
    throw new RangeError("custom activation needs sigma (an expression in x) or phi = σ′ (an expression in x)");
  const breakpoints = (spec.breakpoints ?? []).map((b, i) => requireNumber(`breakpoints[${i}]`, b));
  if (spec.name !== undefined && (typeof spec.name !== "string" || spec.name.trim() === ""))
    throw new RangeError(`name must be a non-empty string, got ${JSON.stringify(spec.name)}`);
  const sigmaExpr = spec.sigma !== undefined ? compileExpression("sigma", spec.sigma) : undefined;
  const phiExpr = spec.phi !== undefined ? compileExpression("phi", spec.phi) : differentiateExpression(sigmaExpr!);
  const parts: string[] = [];
  if (spec.sigma !== undefined) parts.push(`sigma: ${spec.sigma}`);
  if (spec.phi !== undefined) parts.push(`phi: ${spec.phi}`);
  const name = spec.name ?? `custom(${parts.join("; ")})`;
  const phi = phiExpr.evaluate;
  let sigma: (x: number) => number;
  if (sigmaExpr) sigma = sigmaExpr.evaluate;
  else
    sigma = (x: number) =>
      x === 0 ? 0 : integrate(phi, 0, x, { breakpoints, relTol: 1e-13, absTol: 1e-15 }).value;
  if (sigmaExpr && spec.phi !== undefined) checkConsistency(sigma, phi, spec, breakpoints);
  return Object.freeze({
    name,
    sigma,
    phi,
    breakpoints: Object.freeze([...breakpoints]),
    phiSource: phiExpr.source,
    sigmaSource: sigmaExpr?.source,
  });
}
