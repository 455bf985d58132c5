/**
 * Golden-section search for a minimum of a unimodal g on [lo, hi] (Kiefer 1953): each step keeps
 * the bracket whose interior point is lower. Stops after `maxIterations`, when the bracket is a few
 * ulps wide, or as soon as `stop(g(x))` holds (e.g. a sign the caller is looking for).
 */
export function goldenSectionMin(
  g: (x: number) => number,
  lo: number,
  hi: number,
  options: { maxIterations?: number; stop?: (value: number) => boolean } = {},
): number {
  const r = (Math.sqrt(5) - 1) / 2;
  const maxIterations = options.maxIterations ?? 80;
  let a = lo;
  let b = hi;
  let c = b - r * (b - a);
  let d = a + r * (b - a);
  let gc = g(c);
  let gd = g(d);
  for (let i = 0; i < maxIterations && b - a > 4 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE); i++) {
    if (options.stop && (options.stop(gc) || options.stop(gd))) break;
    if (gc < gd) {
      b = d;
      d = c;
      gd = gc;
      c = b - r * (b - a);
      gc = g(c);
    } else {
      a = c;
      c = d;
      gc = gd;
      d = a + r * (b - a);
      gd = g(d);
    }
  }
  return gc < gd ? c : d;
}
