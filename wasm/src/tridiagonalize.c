/*
 * Blocked reduction of a symmetric matrix to tridiagonal form T = Q^T A Q by Householder
 * reflectors, the LAPACK dsytrd scheme (uplo = 'L'): panels of LSP_NB columns are reduced by
 * lsp_panel_reduce (dlatrd), then the trailing block gets one rank-2nb update (dsyr2k).
 * References: LAPACK Working Note 2 (Dongarra, Sorensen, Hammarling 1989); Golub & Van Loan,
 * "Matrix Computations", 4th ed., Algorithm 8.3.1 and Section 8.3.1 (blocked version).
 * Backward stable: T is exactly similar to A + E with ||E||_2 = O(n eps ||A||_2).
 *
 * Also the power-of-two scaling used by every driver: A is scaled by 2^-k so that
 * max|a_ij| lies in [1/2, 1), which is exact and keeps sums of squares far from over/underflow.
 */
#include "kernels.h"

/* Doubles of workspace lsp_tridiagonalize_packed needs for order n. */
LSP_EXPORT(lsp_tridiagonalize_work_size)
int lsp_tridiagonalize_work_size(int n) { return 6 * (n + 4) * LSP_NB + n + 64; }

void lsp_tridiagonalize_packed(int n, double *ap, double *d, double *e, double *work) {
  if (n <= 0) return;
  int ld = n;
  double *vp = work, *wp = vp + (size_t)ld * LSP_NB;
  double *ppack = wp + (size_t)ld * LSP_NB;            /* 4-row slivers of [V W]: 2 NB (n + 4) */
  double *bpack = ppack + (size_t)2 * (n + 4) * LSP_NB; /* 4-column slivers of [W V]: 2 NB (n + 4) */
  double *y2 = bpack + (size_t)2 * (n + 4) * LSP_NB;    /* second half of the split symv: n */
  int i = 0;
  while (i < n - 1) {
    int nb = n - 1 - i < LSP_NB ? n - 1 - i : LSP_NB;
    lsp_panel_reduce(n, i, nb, ap, d, e, vp, wp, ld, y2);
    lsp_trailing_update(n, i, i + nb, nb, ap, vp, wp, ld, ppack, bpack);
    i += nb;
  }
  d[n - 1] = ap[lsp_packed_offset(n, n - 1)];
  e[n - 1] = 0.0;
}

/* x * 2^k, exact unless the result leaves the normal range; k applied in safe steps. */
static double lsp_scale_pow2(double x, int k) {
  while (k != 0) {
    int step = k > 1000 ? 1000 : (k < -1000 ? -1000 : k);
    uint64_t bits = (uint64_t)(step + 1023) << 52;
    double f;
    __builtin_memcpy(&f, &bits, sizeof f);
    x *= f;
    k -= step;
  }
  return x;
}

/* Exponent k with max|x| * 2^-k in [1/2, 1) (frexp), 0 for x = 0. */
static int exponent_of(double amax) {
  if (amax == 0.0) return 0;
  int adjust = 0;
  if (amax < LSP_SAFMIN) {
    amax *= 18446744073709551616.0; /* 2^64 */
    adjust = -64;
  }
  uint64_t bits;
  __builtin_memcpy(&bits, &amax, sizeof bits);
  return (int)((bits >> 52) & 0x7ff) - 1022 + adjust;
}

/*
 * Scale the packed matrix by 2^-k (k returned) and reduce it to tridiagonal (d, e[0..n-2]).
 * Eigenvalues of the original matrix are those of the tridiagonal times 2^k.
 */
LSP_EXPORT(lsp_reduce_packed)
int lsp_reduce_packed(int n, double *ap, double *d, double *e, double *work) {
  size_t len = lsp_packed_offset(n, n - 1) + 1;
  double amax = 0.0;
  for (size_t t = 0; t < len; ++t) amax = lsp_max(amax, lsp_abs(ap[t]));
  int k = exponent_of(amax);
  if (k != 0)
    for (size_t t = 0; t < len; ++t) ap[t] = lsp_scale_pow2(ap[t], -k);
  lsp_tridiagonalize_packed(n, ap, d, e, work);
  return k;
}

/* All eigenvalues (ascending) of the packed symmetric matrix; the matrix is destroyed.
 * Returns 0, or the number of off-diagonals that failed to converge in lsp_tridiagonal_eigenvalues. */
LSP_EXPORT(lsp_eigvalsh_packed)
int lsp_eigvalsh_packed(int n, double *ap, double *w, double *e, double *work) {
  int k = lsp_reduce_packed(n, ap, w, e, work);
  int info = lsp_tridiagonal_eigenvalues(n, w, e);
  if (k != 0)
    for (int t = 0; t < n; ++t) w[t] = lsp_scale_pow2(w[t], k);
  return info;
}
