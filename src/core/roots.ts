/**
 * Bracketing root finders for real functions of one variable: Brent's method and bisection.
 * Both require f(a), f(b) of opposite signs (or a zero at an end), throw a RangeError otherwise,
 * and a ConvergenceError when the iteration budget runs out.
 */
import { ConvergenceError } from "./errors.js";
import { requireInteger, requireNonNegative, requireNumber } from "./validate.js";

export interface RootOptions {
  /** Absolute tolerance on the root; the bracket is shrunk below 4·ε·|x| + xTol. Default 0 (machine precision). */
  xTol?: number;
  /** Iteration budget; default 200 for brent, 2100 for bisect (enough to exhaust a double bracket). */
  maxIterations?: number;
}

const EPS = Number.EPSILON;

function evaluate(f: (x: number) => number, x: number, solver: string): number {
  const y = f(x);
  if (typeof y !== "number" || Number.isNaN(y))
    throw new RangeError(`${solver}: f returned ${String(y)} at x = ${x}`);
  return y;
}

function checkBracket(solver: string, a: number, b: number, fa: number, fb: number): void {
  if ((fa > 0 && fb > 0) || (fa < 0 && fb < 0))
    throw new RangeError(
      `${solver}: f must change sign on [a, b], got f(${a}) = ${fa} and f(${b}) = ${fb} (a = ${a}, b = ${b})`,
    );
}

function readOptions(opts: RootOptions | undefined, defaultIterations: number): { xTol: number; maxIterations: number } {
  const xTol = opts?.xTol === undefined ? 0 : requireNonNegative("opts.xTol", opts.xTol);
  const maxIterations =
    opts?.maxIterations === undefined ? defaultIterations : requireInteger("opts.maxIterations", opts.maxIterations, 1);
  return { xTol, maxIterations };
}

/**
 * Brent's method (R. P. Brent, Algorithms for Minimization without Derivatives, 1973, ch. 4):
 * inverse quadratic interpolation / secant steps safeguarded by bisection, so the bracket always
 * contains a sign change and convergence is superlinear for smooth f and never slower than
 * about twice bisection.
 *
 * @param f continuous real function (a NaN value throws a RangeError)
 * @param a,b finite bracket ends with f(a)·f(b) ≤ 0 (either order)
 * @returns x with |x − x*| ≤ 4ε|x| + xTol for a root x* in the bracket (or f(x) = 0 exactly)
 * @example brent((x) => x * x - 2, 0, 2) // 1.4142135623730951
 */
export function brent(f: (x: number) => number, a: number, b: number, opts?: RootOptions): number {
  requireNumber("a", a);
  requireNumber("b", b);
  const { xTol, maxIterations } = readOptions(opts, 200);
  let fa = evaluate(f, a, "brent");
  let fb = evaluate(f, b, "brent");
  if (fa === 0) return a;
  if (fb === 0) return b;
  checkBracket("brent", a, b, fa, fb);
  // b: best estimate; a: previous b; c: the point with f(c) of the other sign from f(b).
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iter = 1; iter <= maxIterations; iter++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * EPS * Math.abs(b) + 0.5 * xTol;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      // Interpolation: secant when a = c, else inverse quadratic through (a, fa), (b, fb), (c, fc).
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      // Accept the step only if it falls well inside the bracket and shrinks fast enough.
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = evaluate(f, b, "brent");
  }
  throw new ConvergenceError("brent", b, Math.abs(fb), maxIterations, `bracket [${Math.min(b, c)}, ${Math.max(b, c)}]`);
}

/**
 * Bisection: halves the bracket until its half-width is ≤ 2ε|x| + xTol/2. Slow (one bit per
 * step) but needs only continuity and a sign change.
 *
 * @param f continuous real function (a NaN value throws a RangeError)
 * @param a,b finite bracket ends with f(a)·f(b) ≤ 0 (either order)
 * @example bisect(Math.cos, 0, 3) // 1.5707963267948966
 */
export function bisect(f: (x: number) => number, a: number, b: number, opts?: RootOptions): number {
  requireNumber("a", a);
  requireNumber("b", b);
  const { xTol, maxIterations } = readOptions(opts, 2100);
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  let flo = evaluate(f, lo, "bisect");
  const fhi = evaluate(f, hi, "bisect");
  if (flo === 0) return lo;
  if (fhi === 0) return hi;
  checkBracket("bisect", a, b, flo, fhi);
  for (let iter = 1; iter <= maxIterations; iter++) {
    const mid = lo + 0.5 * (hi - lo);
    if (0.5 * (hi - lo) <= 2 * EPS * Math.abs(mid) + 0.5 * xTol || mid === lo || mid === hi) return mid;
    const fm = evaluate(f, mid, "bisect");
    if (fm === 0) return mid;
    if ((fm > 0) === (flo > 0)) {
      lo = mid;
      flo = fm;
    } else {
      hi = mid;
    }
  }
  const mid = lo + 0.5 * (hi - lo);
  throw new ConvergenceError("bisect", mid, Math.abs(f(mid)), maxIterations, `bracket [${lo}, ${hi}]`);
}
