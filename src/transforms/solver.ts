import type { Complex } from "../core/complex.js";
import { abs, complex, neg } from "../core/complex.js";
import { ConvergenceError } from "../core/errors.js";
import { norm, solveSmall } from "./linear.js";
import type { Evaluation, SelfConsistentSystem } from "./system.js";

/** Outcome of one solve: the unknowns, s(z), and how well the equation is satisfied. */
export interface Solution {
  readonly u: Complex[];
  readonly s: Complex;
  /** Relative residual |r| / scale at the returned point. */
  readonly residual: number;
  readonly iterations: number;
}

const MAX_NEWTON = 80;
const STEP_TOL = 4 * Number.EPSILON;
const RESIDUAL_TOL = 8 * Number.EPSILON;
/** A solve is accepted when the relative residual is below this. */
const ACCEPT_RESIDUAL = 1e-11;
/**
 * On the axis, |Im s| ≤ REAL_TOL·σ is a real boundary value (outside the support), where
 * σ = max(|s|, 1/(radius + |x − centre|)) is the natural size of s there (|s| itself vanishes at
 * zeros of s in gaps).
 */
const REAL_TOL = 1e-13;
/** Below |Im s| ≤ NEAR_REAL·σ an axis solution may be a fold artefact and is re-examined. */
const NEAR_REAL = 1e-5;
/** Residual that proves a real root (outside the support) next to a fold. */
const REAL_ROOT_RESIDUAL = 64 * Number.EPSILON;

interface NewtonResult {
  u: Complex[];
  residual: number;
  iterations: number;
  converged: boolean;
  /** Dimensionless |det J|·Π|u_i|/scale^dim at the last evaluation (0 when singular). */
  conditioning: number;
}

/** Below this conditioning the solution is not locally determined (fold or degenerate point). */
const WELL_CONDITIONED = 1e-7;

function conditioningOf(J: readonly Complex[], u: readonly Complex[], scale: number): number {
  const det =
    J.length === 1
      ? Math.hypot(J[0].re, J[0].im)
      : Math.hypot(J[0].re * J[3].re - J[0].im * J[3].im - (J[1].re * J[2].re - J[1].im * J[2].im), J[0].re * J[3].im + J[0].im * J[3].re - (J[1].re * J[2].im + J[1].im * J[2].re));
  let prod = 1;
  for (const c of u) prod *= Math.hypot(c.re, c.im) / scale;
  return det * prod;
}

/** Errors that mean "no value of the equation here" (a pole, an atom, an inner failure), not a bug. */
const leftDomain = (e: unknown): boolean => e instanceof RangeError || e instanceof ConvergenceError;

/**
 * Damped Newton iteration on r(u; z) = 0. Steps are halved while they increase the residual
 * or leave the domain (evaluate throws).
 */
export function newton(sys: SelfConsistentSystem, z: Complex, u0: readonly Complex[]): NewtonResult {
  let u = u0.slice();
  let ev: Evaluation;
  try {
    ev = sys.evaluate(z, u);
  } catch (e) {
    if (!leftDomain(e)) throw e;
    return { u, residual: Infinity, iterations: 0, converged: false, conditioning: 0 };
  }
  let res = norm(ev.r) / ev.scale;
  const done = (iterations: number): NewtonResult => ({
    u,
    residual: res,
    iterations,
    converged: res <= ACCEPT_RESIDUAL,
    conditioning: conditioningOf(ev.J, u, ev.scale),
  });
  for (let it = 1; it <= MAX_NEWTON; it++) {
    const step = solveSmall(ev.J, ev.r);
    if (!step || !step.every((c) => Number.isFinite(c.re) && Number.isFinite(c.im))) return done(it);
    let lambda = 1;
    let accepted = false;
    for (let k = 0; k < 30; k++) {
      const trial = u.map((x, i) => complex(x.re - lambda * step[i].re, x.im - lambda * step[i].im));
      try {
        const evT = sys.evaluate(z, trial);
        const resT = norm(evT.r) / evT.scale;
        if (Number.isFinite(resT) && (resT <= res * (1 - 1e-4 * lambda) || resT <= RESIDUAL_TOL)) {
          u = trial;
          ev = evT;
          res = resT;
          accepted = true;
          break;
        }
      } catch (e) {
        // Left the domain of the equation (or an inner solve failed there): shorten the step.
        if (!leftDomain(e)) throw e;
      }
      lambda *= 0.5;
    }
    const stepSize = lambda * norm(step);
    if (!accepted) return done(it);
    if (res <= RESIDUAL_TOL || stepSize <= STEP_TOL * (norm(u) + Number.MIN_VALUE)) return done(it);
  }
  return done(MAX_NEWTON);
}

/** du/dz by implicit differentiation: J du = −∂r/∂z. */
export function solutionDerivative(sys: SelfConsistentSystem, z: Complex, u: readonly Complex[]): Complex[] {
  const ev = sys.evaluate(z, u);
  const du = solveSmall(ev.J, sys.dz(z, u).map(neg));
  if (!du) throw new ConvergenceError("implicit differentiation", z, Infinity, 0, "singular Jacobian (support edge?)");
  return du;
}

/**
 * Solves a self-consistent system at a point of the closed upper half plane, choosing the branch
 * that is the analytic continuation from infinity: first from a nearby cached solution, otherwise by
 * continuation in Im z from far above the support down to the requested height, with Newton
 * at each step; on the real axis the final step goes to Im z = 0 and the boundary value is
 * checked (Im s > 0 inside the support; real s with ds/dx > 0 outside, Silverstein–Choi 1995 Thm 4.1–4.2).
 */
export class ContinuationSolver {
  private lastZ: Complex | null = null;
  private lastU: Complex[] | null = null;

  constructor(
    private readonly sys: SelfConsistentSystem,
    /** Centre and half-width of an interval enclosing the support. */
    private readonly center: number,
    private readonly radius: number,
    private readonly label: string,
  ) {}

  solve(z: Complex): Solution {
    if (this.lastZ && this.lastU) {
      const d = Math.hypot(z.re - this.lastZ.re, z.im - this.lastZ.im);
      if (d <= 0.05 * this.radius + 0.5 * z.im) {
        // A warm start is trusted only where the solution is locally unique (well-conditioned).
        const warm = this.tryFrom(z, this.lastU, WELL_CONDITIONED);
        if (warm) return this.remember(z, warm);
      }
    }
    return this.remember(z, this.descend(z));
  }

  private remember(z: Complex, s: Solution): Solution {
    this.lastZ = z;
    this.lastU = s.u;
    return s;
  }

  /** Newton from u0 at z; the result only if it converged on the admissible branch. */
  private tryFrom(z: Complex, u0: readonly Complex[], minConditioning = 0): Solution | null {
    const nr = newton(this.sys, z, u0);
    if (nr.converged && nr.conditioning >= minConditioning) {
      const ok = this.accept(z, nr);
      if (ok) return ok;
    }
    // Next to a fold (just outside an edge) complex Newton may stall: look for the real root.
    if (z.im === 0 && minConditioning === 0) return this.realRoot(z, nr.u);
    return null;
  }

  private accept(z: Complex, nr: NewtonResult): Solution | null {
    const s = this.sys.value(z, nr.u);
    if (!Number.isFinite(s.re) || !Number.isFinite(s.im)) return null;
    if (!this.sys.admissible(z, nr.u)) return null;
    if (z.im > 0) {
      // Im s > 0 in C⁺; a rounding-level negative value is accepted (poles of a subordination function).
      if (!(s.im > -1e-10 * abs(s))) return null;
      return { u: nr.u, s, residual: nr.residual, iterations: nr.iterations };
    }
    // |s| can vanish in a gap: compare Im s with the natural size of s there, not with |s|.
    const sScale = Math.max(abs(s), 1 / (this.radius + Math.abs(z.re - this.center)));
    const tol = REAL_TOL * sScale;
    if (s.im < -tol) return null;
    if (s.im > NEAR_REAL * sScale) return { u: nr.u, s, residual: nr.residual, iterations: nr.iterations };
    // Near a fold (support edge) the root is only √ε-accurate: decide inside/outside by whether
    // an admissible real root exists next to the real projection of u.
    const real = this.realRoot(z, nr.u);
    if (real) return real;
    if (s.im > tol) return { u: nr.u, s, residual: nr.residual, iterations: nr.iterations };
    return null;
  }

  /** A real solution at real z near u, if one exists and is the boundary value (outside the support). */
  private realRoot(z: Complex, u0: readonly Complex[]): Solution | null {
    const start = u0.map((c) => complex(c.re, 0));
    const nr = newton(this.sys, z, start);
    // Just inside an edge the residual of the nearest real point is ~ the distance to the edge:
    // only a machine-precision residual proves a real root.
    if (!(nr.residual <= REAL_ROOT_RESIDUAL)) return null;
    const u = nr.u.map((c) => (Math.abs(c.im) <= REAL_TOL * abs(c) ? complex(c.re, 0) : c));
    if (u.some((c) => c.im !== 0)) return null;
    const s = this.sys.value(z, u);
    const sScale = Math.max(abs(s), 1 / (this.radius + Math.abs(z.re - this.center)));
    if (!Number.isFinite(s.re) || Math.abs(s.im) > REAL_TOL * sScale) return null;
    let du: Complex[];
    let ds: Complex;
    try {
      du = solutionDerivative(this.sys, z, u);
      ds = this.sys.valueDerivative(z, u, du);
    } catch (e) {
      if (!leftDomain(e)) throw e;
      return null;
    }
    // Outside the support s(x) = ∫dμ/(t − x) is real and increasing (Silverstein–Choi 1995).
    if (!(ds.re > 0)) return null;
    if (this.sys.admissibleOnAxis && !this.sys.admissibleOnAxis(z, u, du)) return null;
    return { u, s: complex(s.re, 0), residual: nr.residual, iterations: nr.iterations };
  }

  /** Continuation in Im z from far above the support. */
  private descend(z: Complex): Solution {
    const H = Math.max(z.im, 8 * this.radius + 2 * Math.abs(z.re - this.center), 1e-300);
    const floor = z.im > 0 ? z.im : 1e-10 * this.radius;
    let eta = H;
    let zEta = complex(z.re, eta);
    const cur = newton(this.sys, zEta, this.sys.start(zEta));
    let good = cur.converged ? this.accept(zEta, cur) : null;
    if (!good) throw new ConvergenceError(this.label, zEta, cur.residual, cur.iterations, "no solution far from the axis");
    let totalIt = good.iterations;
    let ratio = 0.2;
    while (eta > floor) {
      const next = Math.max(eta * ratio, floor);
      const zNext = complex(z.re, next);
      const trial = this.tryFrom(zNext, good.u);
      if (trial) {
        good = trial;
        eta = next;
        totalIt += trial.iterations;
        ratio = Math.max(ratio * ratio, 0.05);
      } else {
        ratio = Math.sqrt(ratio);
        if (ratio > 0.999)
          throw new ConvergenceError(this.label, zNext, Infinity, totalIt, "continuation towards the axis stalled");
      }
    }
    if (z.im > 0) return { ...good, iterations: totalIt };
    const final = this.tryFrom(z, good.u);
    if (final) return { ...final, iterations: totalIt + final.iterations };
    // Very close to an edge (or to a hard edge at 0): keep descending before the last step.
    for (let k = 0; k < 150; k++) {
      const zk = complex(z.re, floor * 100 ** (-k - 1));
      if (zk.im === 0) break;
      const t = this.tryFrom(zk, good.u);
      if (!t) break;
      good = t;
      const f = this.tryFrom(z, good.u);
      if (f) return { ...f, iterations: totalIt + f.iterations };
      // At an edge itself the boundary value is a double root: Im s(x + iη) → 0 like √η.
      const sScale = Math.max(abs(good.s), 1 / (this.radius + Math.abs(z.re - this.center)));
      if (k >= 2 && good.s.im <= 1e-7 * sScale)
        return { u: good.u.map((c) => complex(c.re, 0)), s: complex(good.s.re, 0), residual: good.residual, iterations: totalIt };
    }
    throw new ConvergenceError(this.label, z, good.residual, totalIt, "no admissible boundary value on the real axis");
  }
}
