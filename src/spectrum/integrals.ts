import { integrate } from "../core/quadrature.js";
import { tanhSinhWithError } from "../core/tanhSinh.js";
import type { Measure } from "../measures/measure.js";
import { densityAt } from "./density.js";

/** Accuracy asked of density integrals (mass, cdf, moments): relative, with an absolute floor
 * of ABS_TOL·max|g| since ρ integrates to at most 1. */
const REL_TOL = 1e-12;
const ABS_TOL = 1e-13;

/**
 * ∫_p^q g(x) ρ(x) dx over a piece of the smooth piece [a, b] of `mu`'s continuous part, adaptively:
 * an end of the piece that is an edge (where ρ may behave like √, 1/√ or x^{−2/3}) is handled
 * by tanh–sinh on a short end piece, halved towards the edge until its error estimate is met;
 * the rest by adaptive Gauss–Kronrod. Relative accuracy ~1e-12.
 */
export function integrateDensity(mu: Measure, g: (x: number) => number, p: number, q: number, a: number, b: number): number {
  if (!(q > p)) return 0;
  const f = (x: number) => {
    const v = g(x);
    if (v === 0) return 0;
    const rho = densityAt(mu, x).density;
    // +∞ only at a hard edge itself, where a tanh–sinh node can land by rounding (its weight is ~0).
    return rho === Infinity ? 0 : v * rho;
  };
  const abs = ABS_TOL * Math.max(Math.abs(g(p)), Math.abs(g(q)), Math.abs(g(0.5 * (p + q))), Number.MIN_VALUE);
  return piece(f, p, q, p === a, q === b, abs);
}

function piece(f: (x: number) => number, p: number, q: number, edgeLeft: boolean, edgeRight: boolean, abs: number): number {
  if (edgeLeft && edgeRight) {
    const m = 0.5 * (p + q);
    return piece(f, p, m, true, false, abs) + piece(f, m, q, false, true, abs);
  }
  const len = q - p;
  // Halving stops at 1e-9 of the piece: closer to an edge the density itself is only
  // ~1e-8-accurate (a fold of the equation), and that sliver holds ≲ 1e-4 of the mass.
  const minWidth = 1e-9 * len;
  if (edgeLeft) {
    const cut = p + len / 8;
    return endPiece(f, p, cut, true, abs, minWidth) + interior(f, cut, q, abs);
  }
  if (edgeRight) {
    const cut = q - len / 8;
    return interior(f, p, cut, abs) + endPiece(f, cut, q, false, abs, minWidth);
  }
  return interior(f, p, q, abs);
}

function interior(f: (x: number) => number, p: number, q: number, abs: number): number {
  return integrate(f, p, q, { relTol: REL_TOL, absTol: abs }).value;
}

/** The piece [p, q] with an edge at p (atLeft) or at q, halved towards the edge while needed. */
function endPiece(f: (x: number) => number, p: number, q: number, atLeft: boolean, abs: number, minWidth: number): number {
  const r = tanhSinhWithError(f, p, q);
  if (r.error <= Math.max(REL_TOL * Math.abs(r.value), abs) || q - p <= minWidth) return r.value;
  const m = 0.5 * (p + q);
  return atLeft
    ? endPiece(f, p, m, true, abs, minWidth) + interior(f, m, q, abs)
    : interior(f, p, m, abs) + endPiece(f, m, q, false, abs, minWidth);
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
