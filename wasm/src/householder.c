/*
 * Elementary Householder reflector, the scheme of LAPACK dlarfg
 * (Golub & Van Loan, "Matrix Computations", 4th ed., Section 5.1.2; LAPACK Users' Guide §5.4).
 *
 * Given alpha and x (length m), find beta, tau, v = (1, v2) with
 *   H = I - tau v v^T,  H (alpha, x)^T = (beta, 0)^T,  beta = -sign(alpha) * ||(alpha, x)||.
 * On return x holds v2 = x / (alpha - beta) and the function returns tau (0 when x = 0, H = I).
 */
#include "householder.h"

/* Euclidean norm; one pass of sums of squares, re-done with scaling only if it under/overflows. */
double lsp_norm2(const double *x, int m) {
  double s0 = 0.0, s1 = 0.0;
  int r = 0;
  for (; r + 1 < m; r += 2) {
    s0 += x[r] * x[r];
    s1 += x[r + 1] * x[r + 1];
  }
  if (r < m) s0 += x[r] * x[r];
  double ssq = s0 + s1;
  if (ssq > LSP_SAFMIN / LSP_ULP && ssq < LSP_SAFMAX * LSP_ULP) return lsp_sqrt(ssq);
  double amax = 0.0;
  for (r = 0; r < m; ++r) amax = lsp_max(amax, lsp_abs(x[r]));
  if (amax == 0.0 || amax > LSP_SAFMAX) return amax;
  double sum = 0.0;
  for (r = 0; r < m; ++r) {
    double q = x[r] / amax;
    sum += q * q;
  }
  return amax * lsp_sqrt(sum);
}

double lsp_householder(double *alpha, double *x, int m, double *beta_out) {
  double xnorm = m > 0 ? lsp_norm2(x, m) : 0.0;
  if (xnorm == 0.0) {
    *beta_out = *alpha;
    return 0.0;
  }
  double a = *alpha;
  double beta = -lsp_copysign(lsp_hypot(a, xnorm), a);
  /* If beta is tiny, rescale (alpha, x) by 1/safmin' until it is not (dlarfg's loop). */
  const double small = LSP_SAFMIN / LSP_ULP, rsmall = 1.0 / small;
  int knt = 0;
  if (lsp_abs(beta) < small) {
    do {
      ++knt;
      for (int r = 0; r < m; ++r) x[r] *= rsmall;
      beta *= rsmall;
      a *= rsmall;
    } while (lsp_abs(beta) < small && knt < 20);
    xnorm = lsp_norm2(x, m);
    beta = -lsp_copysign(lsp_hypot(a, xnorm), a);
  }
  double tau = (beta - a) / beta;
  double scale = 1.0 / (a - beta);
  for (int r = 0; r < m; ++r) x[r] *= scale;
  for (int j = 0; j < knt; ++j) beta *= small;
  *alpha = beta;
  *beta_out = beta;
  return tau;
}
