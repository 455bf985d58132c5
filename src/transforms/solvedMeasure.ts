import type { Complex } from "../core/complex.js";
import { ConvergenceError, SingularPointError } from "../core/errors.js";
import { requireClosedUpperHalfPlane } from "../core/validate.js";
import type { Atom, Measure, Support } from "../measures/measure.js";
import { ContinuationSolver, solutionDerivative, type Solution } from "./solver.js";
import type { SelfConsistentSystem } from "./system.js";

/**
 * A law defined by a self-consistent equation for its Stieltjes transform. Subclasses give the
 * system, atoms, hull and support; this class solves the equation anywhere in the closed upper
 * half plane (see {@link ContinuationSolver}).
 */
export interface SolvedMeasureParts {
  readonly expr: string;
  readonly atoms: readonly Atom[];
  readonly hull: readonly [number, number];
  /** Equivalent formulations, tried in order until one converges at the requested point. */
  readonly systems: readonly SelfConsistentSystem[];
  /** Exact moments, when the inner measures have them. */
  readonly moment?: (k: number) => number;
  /** Points of the real axis, not atoms, where s is infinite (x^(−1/2) hard edges). */
  readonly singularPoints?: readonly number[];
}

export abstract class SolvedMeasure implements Measure {
  readonly expr: string;
  readonly atoms: readonly Atom[];
  readonly hull: readonly [number, number];
  readonly moment?: (k: number) => number;
  protected readonly systems: readonly SelfConsistentSystem[];
  private readonly singularPoints: readonly number[];
  private solverCache: ContinuationSolver[] | null = null;

  constructor(parts: SolvedMeasureParts) {
    this.expr = parts.expr;
    this.atoms = parts.atoms;
    this.hull = parts.hull;
    this.systems = parts.systems;
    this.singularPoints = parts.singularPoints ?? [];
    if (parts.moment) this.moment = parts.moment;
  }
  private supportCache: Support | null = null;

  get continuousMass(): number {
    return Math.max(0, 1 - this.atoms.reduce((t, a) => t + a.mass, 0));
  }

  private get solvers(): ContinuationSolver[] {
    if (!this.solverCache) {
      const [lo, hi] = this.hull;
      const radius = Math.max(0.5 * (hi - lo), 1e-12 * Math.max(1, Math.abs(lo), Math.abs(hi)));
      this.solverCache = this.systems.map((sys) => new ContinuationSolver(sys, 0.5 * (lo + hi), radius, this.expr));
    }
    return this.solverCache;
  }

  private solveWithSystem(z: Complex): { sol: Solution; sys: SelfConsistentSystem } {
    const solvers = this.solvers;
    let lastError: unknown;
    for (let i = 0; i < solvers.length; i++) {
      try {
        return { sol: solvers[i].solve(z), sys: this.systems[i] };
      } catch (e) {
        if (!(e instanceof ConvergenceError)) throw e;
        lastError = e;
      }
    }
    throw lastError;
  }

  /** Solves at z (Im z ≥ 0) and reports the relative residual and the Newton iterations. */
  solveAt(z: Complex): Solution {
    return this.solveChecked(z).sol;
  }

  stieltjes(z: Complex): Complex {
    return this.solveAt(z).s;
  }

  stieltjesDerivative(z: Complex): Complex {
    return this.stieltjesWithDerivative(z).ds;
  }

  /** s(z) and s′(z) from one solve (s′ by implicit differentiation of the system). */
  stieltjesWithDerivative(z: Complex): { s: Complex; ds: Complex } {
    const { sol, sys } = this.solveChecked(z);
    return { s: sol.s, ds: sys.valueDerivative(z, sol.u, solutionDerivative(sys, z, sol.u)) };
  }

  /** Validates z (closed upper half plane, not an atom on the axis), then solves. */
  private solveChecked(z: Complex): { sol: Solution; sys: SelfConsistentSystem } {
    requireClosedUpperHalfPlane("z", z);
    if (z.im === 0) {
      const width = this.hull[1] - this.hull[0];
      for (const a of this.atoms)
        if (Math.abs(z.re - a.x) <= 1e-14 * Math.max(1, Math.abs(a.x), width))
          throw new RangeError(`z = ${z.re} is an atom of ${this.expr}: the Stieltjes transform is infinite there`);
      for (const x0 of this.singularPoints)
        if (Math.abs(z.re - x0) <= 1e-14 * Math.max(1, Math.abs(x0), width)) throw new SingularPointError(x0, this.expr);
    }
    return this.solveWithSystem(z);
  }

  support(): Support {
    if (!this.supportCache) this.supportCache = this.computeSupport();
    return this.supportCache;
  }

  protected abstract computeSupport(): Support;
}
