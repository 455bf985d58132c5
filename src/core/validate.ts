import type { Complex } from "./complex.js";

/** Argument checks that throw a RangeError/TypeError naming the argument and its value. */

const show = (v: unknown): string => {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "string") return JSON.stringify(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

export function requireNumber(name: string, v: unknown): number {
  if (typeof v !== "number") throw new TypeError(`${name} must be a number, got ${show(v)}`);
  if (!Number.isFinite(v)) throw new RangeError(`${name} must be finite, got ${show(v)}`);
  return v;
}

export function requirePositive(name: string, v: unknown): number {
  const x = requireNumber(name, v);
  if (!(x > 0)) throw new RangeError(`${name} must be > 0, got ${show(v)}`);
  return x;
}

export function requireNonNegative(name: string, v: unknown): number {
  const x = requireNumber(name, v);
  if (!(x >= 0)) throw new RangeError(`${name} must be ≥ 0, got ${show(v)}`);
  return x;
}

export function requireInteger(name: string, v: unknown, min = -Infinity): number {
  const x = requireNumber(name, v);
  if (!Number.isInteger(x)) throw new RangeError(`${name} must be an integer, got ${show(v)}`);
  if (x < min) throw new RangeError(`${name} must be ≥ ${min}, got ${show(v)}`);
  return x;
}

export function requireInRange(name: string, v: unknown, lo: number, hi: number): number {
  const x = requireNumber(name, v);
  if (!(x >= lo && x <= hi)) throw new RangeError(`${name} must lie in [${lo}, ${hi}], got ${show(v)}`);
  return x;
}

/** A point of the closed upper half plane (Im z = 0 asks for the boundary value s(x + i0)). */
export function requireClosedUpperHalfPlane(name: string, z: Complex): Complex {
  if (z === null || typeof z !== "object" || typeof z.re !== "number" || typeof z.im !== "number")
    throw new TypeError(`${name} must be a complex number {re, im}, got ${show(z)}`);
  if (!Number.isFinite(z.re) || !Number.isFinite(z.im))
    throw new RangeError(`${name} must be finite, got ${show(z)}`);
  if (z.im < 0) throw new RangeError(`${name} must lie in the closed upper half plane (Im ≥ 0), got ${show(z)}`);
  return z;
}

/** Relative tolerance used to decide that weights sum to one. */
export const MASS_TOLERANCE = 1e-9;

export function requireWeights(name: string, w: readonly number[]): void {
  let total = 0;
  w.forEach((wi, i) => {
    requireNonNegative(`${name}[${i}]`, wi);
    total += wi;
  });
  if (Math.abs(total - 1) > MASS_TOLERANCE)
    throw new RangeError(`${name} must sum to 1 (a probability measure), got total ${total}`);
}
