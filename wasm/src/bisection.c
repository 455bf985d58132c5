/*
 * Sturm counts and bisection for a symmetric tridiagonal matrix T (diagonal d, off-diagonal e),
 * the scheme of LAPACK dstebz/dlaebz (W. Kahan, "Accurate eigenvalues of a symmetric tridiagonal
 * matrix", Stanford CS41, 1966; Golub & Van Loan 4th ed., Section 8.4.1; Demmel, Dhillon & Ren,
 * "On the correctness of some bisection-like parallel eigenvalue algorithms in floating point
 * arithmetic", ETNA 3, 1995).
 *
 * The LDL^T pivots of T - xI are q_0 = d_0 - x, q_i = (d_i - x) - e_{i-1}^2 / q_{i-1};
 * by Sylvester's law of inertia the number of negative q_i is the number of eigenvalues below x.
 * A pivot with |q| <= pivmin is replaced by -pivmin ("at most x" count, eigenvalue equal to x
 * included) or +pivmin ("below x" count), pivmin = safmin * max(1, max e_i^2) as in dstebz.
 */
#include "lsp.h"

/* e2[i] = e[i]^2 (i < n-1); returns pivmin. */
LSP_EXPORT(lsp_sturm_prepare)
double lsp_sturm_prepare(int n, const double *e, double *e2) {
  double emax = 1.0;
  for (int i = 0; i + 1 < n; ++i) {
    e2[i] = e[i] * e[i];
    emax = lsp_max(emax, e2[i]);
  }
  return LSP_SAFMIN * emax;
}

/* Number of eigenvalues < x (below = 1) or <= x (below = 0). */
static int sturm_count(int n, const double *d, const double *e2, double pivmin, double x, int below) {
  double tiny = below ? pivmin : -pivmin;
  double q = d[0] - x;
  if (lsp_abs(q) <= pivmin) q = q < 0.0 ? -pivmin : tiny;
  int count = q < 0.0;
  for (int i = 1; i < n; ++i) {
    q = (d[i] - x) - e2[i - 1] / q;
    if (lsp_abs(q) <= pivmin) q = q < 0.0 ? -pivmin : tiny;
    count += q < 0.0;
  }
  return count;
}

/* counts[t] = number of eigenvalues < xs[t] (strictly below), t < nx. */
LSP_EXPORT(lsp_sturm_counts)
void lsp_sturm_counts(int n, const double *d, const double *e2, double pivmin, const double *xs, int nx,
                      double *counts) {
  for (int t = 0; t < nx; ++t) counts[t] = sturm_count(n, d, e2, pivmin, xs[t], 1);
}

/* Gershgorin interval [lo, hi] containing every eigenvalue, widened as in dstebz. */
LSP_EXPORT(lsp_gershgorin)
void lsp_gershgorin(int n, const double *d, const double *e, double pivmin, double *bounds) {
  double gl = d[0], gu = d[0];
  for (int i = 0; i < n; ++i) {
    double r = (i > 0 ? lsp_abs(e[i - 1]) : 0.0) + (i + 1 < n ? lsp_abs(e[i]) : 0.0);
    gl = lsp_min(gl, d[i] - r);
    gu = lsp_max(gu, d[i] + r);
  }
  double tnorm = lsp_max(lsp_abs(gl), lsp_abs(gu));
  double widen = 2.0 * LSP_ULP * tnorm * n + 2.0 * pivmin;
  bounds[0] = gl - widen;
  bounds[1] = gu + widen;
}

#define STACK_LIMIT 4096

/*
 * Eigenvalues of T in (lo, hi], ascending, written to out; returns how many.
 * Intervals (a, b] with known counts N(a) < N(b) (N = "at most" count) are halved until
 * b - a <= 2 ulp max(|a|,|b|) + abstol + 2 pivmin (dlaebz's tolerance), then their N(b) - N(a) eigenvalues are reported as b,
 * the right end of (a, b] (a multiple eigenvalue, or a cluster narrower than the tolerance, is
 * repeated). Reporting b rather than the midpoint returns an eigenvalue equal to hi, or 0 for a
 * singular T with symmetric bounds, exactly.
 * stack: 4 * STACK_LIMIT doubles of workspace.
 */
LSP_EXPORT(lsp_bisect_range)
int lsp_bisect_range(int n, const double *d, const double *e, const double *e2, double pivmin, double lo,
                     double hi, double abstol, double *out, double *stack) {
  double g[2];
  lsp_gershgorin(n, d, e, pivmin, g);
  double a0 = lo > g[0] ? lo : g[0], b0 = hi < g[1] ? hi : g[1];
  if (!(a0 < b0)) return 0;
  int na0 = lo > g[0] ? sturm_count(n, d, e2, pivmin, a0, 0) : 0;
  int nb0 = hi < g[1] ? sturm_count(n, d, e2, pivmin, b0, 0) : n;
  if (nb0 <= na0) return 0;
  if (abstol <= 0.0) abstol = LSP_ULP * lsp_max(lsp_abs(g[0]), lsp_abs(g[1]));
  int top = 0, found = 0;
  stack[0] = a0, stack[1] = b0, stack[2] = na0, stack[3] = nb0;
  top = 1;
  while (top > 0) {
    --top;
    double a = stack[4 * top], b = stack[4 * top + 1];
    int na = (int)stack[4 * top + 2], nb = (int)stack[4 * top + 3];
    double mid = a + 0.5 * (b - a);
    double tol = 2.0 * LSP_ULP * lsp_max(lsp_abs(a), lsp_abs(b)) + abstol + 2.0 * pivmin;
    if (b - a <= tol || mid <= a || mid >= b || top + 2 > STACK_LIMIT) {
      for (int t = na; t < nb; ++t) out[found++] = b;
      continue;
    }
    int nm = sturm_count(n, d, e2, pivmin, mid, 0);
    if (nm < na) nm = na; /* monotonicity guard (counts are monotone in exact IEEE arithmetic) */
    if (nm > nb) nm = nb;
    /* Push right half first so the left half is processed first: ascending output. */
    if (nb > nm) {
      stack[4 * top] = mid, stack[4 * top + 1] = b, stack[4 * top + 2] = nm, stack[4 * top + 3] = nb;
      ++top;
    }
    if (nm > na) {
      stack[4 * top] = a, stack[4 * top + 1] = mid, stack[4 * top + 2] = na, stack[4 * top + 3] = nm;
      ++top;
    }
  }
  return found;
}
