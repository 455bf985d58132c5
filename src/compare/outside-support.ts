import { requireNonNegative } from "../core/validate.js";
import type { Atom } from "../measures/measure.js";
import { defaultAtomTolerance } from "./sample.js";

/** Options for {@link outsideSupport}. */
export interface OutsideSupportOptions {
  /** Absolute distance to the support intervals within which an eigenvalue still counts as inside (default 0). */
  readonly margin?: number;
  /** Eigenvalues within this distance of an atom lie on it (default `defaultAtomTolerance`). */
  readonly atomTolerance?: number;
  /** Most outlying values listed in the result (default 1000). */
  readonly maxListed?: number;
}

/** Eigenvalues off the support of a law. */
export interface OutsideSupport {
  /** Eigenvalues farther than `margin` from every support interval and atom. */
  readonly count: number;
  readonly fraction: number;
  /** Of those, how many lie below the lowest / above the highest support point. */
  readonly below: number;
  readonly above: number;
  /** The absolute margin used. */
  readonly margin: number;
  /** The outlying eigenvalues, sorted (at most `maxListed`). */
  readonly values: readonly number[];
}

/**
 * Counts eigenvalues lying farther than `margin` from the support (the intervals of the
 * continuous part, and the atoms). At finite n the extreme eigenvalues overshoot a soft edge by
 * O(n^{-2/3}) (Tracy–Widom scale), so a small positive margin separates true outliers from edge
 * fluctuations.
 *
 * @example outsideSupport([0.5, 3], { support: [[0, 1]], atoms: [] }, { margin: 0.1 }).count // 1
 */
export function outsideSupport(
  eigenvalues: ArrayLike<number>,
  law: { readonly support: readonly (readonly [number, number])[]; readonly atoms: readonly Atom[] },
  options: OutsideSupportOptions = {},
): OutsideSupport {
  const { support, atoms } = law;
  const margin = requireNonNegative("margin", options.margin ?? 0);
  const atomTolerance = Math.max(margin, requireNonNegative("atomTolerance", options.atomTolerance ?? defaultAtomTolerance(atoms, support)));
  const maxListed = options.maxListed ?? 1000;
  if (eigenvalues.length === 0) throw new RangeError("eigenvalues must not be empty, got length 0");
  let lowest = Infinity;
  let highest = -Infinity;
  for (const [a, b] of support) {
    lowest = Math.min(lowest, a);
    highest = Math.max(highest, b);
  }
  for (const a of atoms) {
    lowest = Math.min(lowest, a.x);
    highest = Math.max(highest, a.x);
  }
  let count = 0;
  let below = 0;
  let above = 0;
  const values: number[] = [];
  for (let i = 0; i < eigenvalues.length; i++) {
    const v = eigenvalues[i];
    let inside = false;
    for (const [a, b] of support) if (v >= a - margin && v <= b + margin) inside = true;
    for (const a of atoms) if (Math.abs(v - a.x) <= atomTolerance) inside = true;
    if (inside) continue;
    count++;
    if (v < lowest) below++;
    else if (v > highest) above++;
    if (values.length < maxListed) values.push(v);
  }
  values.sort((p, q) => p - q);
  return { count, fraction: count / eigenvalues.length, below, above, margin, values };
}
