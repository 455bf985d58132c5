/** Closed intervals [a, b] on the extended real line (a may be −∞, b may be +∞). */
export type Interval = [number, number];

/** Sorted union of intervals (overlapping or touching intervals merge). */
export function unionOf(intervals: readonly (readonly [number, number])[]): Interval[] {
  const sorted = intervals.map(([a, b]) => [a, b] as Interval).sort((p, q) => p[0] - q[0]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Closure of the complement in ℝ of a union of intervals, as sorted intervals. */
export function complementOf(intervals: readonly (readonly [number, number])[]): Interval[] {
  const u = unionOf(intervals);
  const out: Interval[] = [];
  let cursor = -Infinity;
  for (const [a, b] of u) {
    if (a > cursor) out.push([cursor, a]);
    cursor = Math.max(cursor, b);
  }
  if (cursor < Infinity) out.push([cursor, Infinity]);
  return out.filter(([a, b]) => b > a);
}

/** Minkowski sum of two sorted interval lists (for classical convolution), merged. */
export function minkowskiSum(p: readonly (readonly [number, number])[], q: readonly (readonly [number, number])[]): Interval[] {
  const out: Interval[] = [];
  for (const [a, b] of p) for (const [c, d] of q) out.push([a + c, b + d]);
  return unionOf(out);
}
