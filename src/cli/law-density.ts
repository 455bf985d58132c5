import type { Atom, Measure } from "../measures/measure.js";
import { autoGrid, densityOnGrid, supportEdges } from "../spectrum/index.js";

/** A law tabulated for output and plotting. */
export interface TabulatedLaw {
  readonly x: Float64Array;
  readonly density: Float64Array;
  /** Residual of the self-consistent equation at each point (0 for closed forms). */
  readonly residual: Float64Array;
  readonly atoms: readonly Atom[];
  readonly support: [number, number][];
}

/** Density of `mu` on `grid` (default: the automatic grid with `points` points), its atoms and support edges. */
export function tabulate(mu: Measure, grid?: Float64Array, points = 801): TabulatedLaw {
  const support = supportEdges(mu).map(([a, b]) => [a, b] as [number, number]);
  const bad = support.find(([a, b]) => !Number.isFinite(a) || !Number.isFinite(b));
  if (bad) throw new RangeError(`the support of ${mu.expr} has a non-finite edge [${bad[0]}, ${bad[1]}]: cannot tabulate its density`);
  const x = grid ?? autoGrid(mu, points);
  const { density, residual } = densityOnGrid(mu, x);
  return {
    x: Float64Array.from(x),
    density: Float64Array.from(density),
    residual: Float64Array.from(residual),
    atoms: mu.atoms.map((a) => ({ x: a.x, mass: a.mass })),
    support,
  };
}
