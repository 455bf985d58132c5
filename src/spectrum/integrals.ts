import { gaussLegendre } from "../core/gaussRules.js";
import { tanhSinh } from "../core/tanhSinh.js";
import type { Measure } from "../measures/measure.js";
import { densityAt } from "./density.js";

const GL = gaussLegendre(12);

/**
 * ∫_p^q g(x) ρ(x) dx over a piece of the support interval [a, b] of `mu`'s continuous part.
 * Pieces that touch or come close to an edge (where ρ may behave like √, 1/√ or x^{−2/3}) use
 * tanh–sinh; pieces well inside use 12-point Gauss–Legendre.
 */
export function integrateDensity(mu: Measure, g: (x: number) => number, p: number, q: number, a: number, b: number): number {
  if (!(q > p)) return 0;
  const rho = (x: number) => densityAt(mu, x).density;
  const len = q - p;
  if (p - a < 2 * len || b - q < 2 * len) return tanhSinh((x) => g(x) * rho(x), p, q);
  const mid = 0.5 * (p + q);
  const half = 0.5 * len;
  let t = 0;
  for (let i = 0; i < GL.nodes.length; i++) {
    const x = mid + half * GL.nodes[i];
    t += GL.weights[i] * g(x) * rho(x);
  }
  return t * half;
}

/**
 * The support intervals cut at the support's breakpoints: on each piece the density is smooth
 * inside and may be singular only at the ends.
 */
export function smoothPieces(mu: Measure): [number, number][] {
  const sup = mu.support();
  const cuts = sup.breakpoints ?? [];
  const out: [number, number][] = [];
  for (const [a, b] of sup.intervals) {
    const inner = cuts.filter((c) => c > a && c < b);
    const ends = [a, ...inner, b];
    for (let i = 0; i + 1 < ends.length; i++) out.push([ends[i], ends[i + 1]]);
  }
  return out;
}

/** ∫ g ρ over the whole continuous part of `mu`. */
export function integrateOverSupport(mu: Measure, g: (x: number) => number): number {
  let t = 0;
  for (const [a, b] of smoothPieces(mu)) t += integrateDensity(mu, g, a, b, a, b);
  return t;
}

/** Total mass of `mu` (atoms plus the integral of the density); 1 up to the solver's accuracy. */
export function totalMass(mu: Measure): number {
  return mu.atoms.reduce((t, a) => t + a.mass, 0) + integrateOverSupport(mu, () => 1);
}
