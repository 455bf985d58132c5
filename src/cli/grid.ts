import { UsageError } from "./io.js";

/**
 * Parses `--grid a:b:N` into N equally spaced points from a to b (both included).
 *
 * @example parseGrid("0:4:5") // [0, 1, 2, 3, 4]
 */
export function parseGrid(spec: string): Float64Array {
  const parts = spec.split(":");
  const [a, b, n] = parts.map((p) => (p.trim() === "" ? NaN : Number(p)));
  if (parts.length !== 3 || !Number.isFinite(a) || !Number.isFinite(b) || !Number.isInteger(n))
    throw new UsageError(`--grid must be a:b:N (numbers a < b, integer N ≥ 2), got ${JSON.stringify(spec)}`);
  if (!(b > a)) throw new UsageError(`--grid needs a < b, got a = ${a}, b = ${b}`);
  if (n < 2 || n > 10_000_000) throw new UsageError(`--grid needs 2 ≤ N ≤ 10000000 points, got ${n}`);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = a + ((b - a) * i) / (n - 1);
  x[n - 1] = b;
  return x;
}

/** Parses a positive integer option (`--k`, `--points`, `--trials`…). */
export function parsePositiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const v = Number(value);
  if (!Number.isInteger(v) || v < 1) throw new UsageError(`${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return v;
}
