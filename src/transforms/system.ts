import type { Complex } from "../core/complex.js";

/** Residual r(u; z), its Jacobian ∂r/∂u (row-major, dim×dim) and the size of the terms in r. */
export interface Evaluation {
  readonly r: Complex[];
  readonly J: Complex[];
  /** Sum of the magnitudes of the terms of r, so that |r| / scale is a relative residual. */
  readonly scale: number;
}

/**
 * A self-consistent equation r(u; z) = 0 whose solution u(z) (a few complex unknowns: a
 * Stieltjes value or subordination functions) gives the Stieltjes transform s(z) of a law.
 * The generic solver (solver.ts) continues it from far in C⁺ down to the real axis.
 */
export interface SelfConsistentSystem {
  readonly dim: number;
  /** Residual and Jacobian at u. May throw a RangeError when u leaves the domain. */
  evaluate(z: Complex, u: readonly Complex[]): Evaluation;
  /** ∂r/∂z at u (to differentiate s by implicit differentiation). */
  dz(z: Complex, u: readonly Complex[]): Complex[];
  /** A good starting point when Im z is large compared with the support. */
  start(z: Complex): Complex[];
  /** Branch condition in the closed upper half plane (apart from the Im s ≥ 0 check). */
  admissible(z: Complex, u: readonly Complex[]): boolean;
  /**
   * Extra condition for a real solution at real z to be the boundary value (outside the
   * support), given du/dz; the solver already requires ds/dx > 0.
   */
  admissibleOnAxis?(z: Complex, u: readonly Complex[], du: readonly Complex[]): boolean;
  /** s(z) from the solution u. */
  value(z: Complex, u: readonly Complex[]): Complex;
  /** ds/dz given du/dz. */
  valueDerivative(z: Complex, u: readonly Complex[], du: readonly Complex[]): Complex;
}
