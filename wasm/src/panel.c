/*
 * Panel step of the blocked Householder tridiagonalisation, the LAPACK dlatrd scheme
 * (uplo = 'L'): Dongarra, Sorensen & Hammarling, "Block reduction of matrices to condensed forms
 * for eigenvalue computations", J. Comput. Appl. Math. 27 (1989) / LAPACK Working Note 2;
 * Golub & Van Loan, 4th ed., Section 8.3.1 and 5.2.
 *
 * Reduces columns i .. i+nb-1. With reflectors H_q = I - tau_q v_q v_q^T (q < k) already chosen,
 * the trailing matrix after them is  A - V W^T - W V^T  (V = [v_q], W = [w_q]), where
 *   w_k = tau_k (A v_k - V (W^T v_k) - W (V^T v_k)) + alpha_k v_k,
 *   alpha_k = -tau_k/2 * (that bracket)^T v_k * tau_k  (dlatrd: alpha = -1/2 tau w^T v).
 * Only column i+k is updated explicitly before its reflector is formed; the rest of the trailing
 * matrix is updated later by lsp_trailing_update (rank-2nb, syr2k).
 *
 * vp, wp: column-major panels with leading dimension ld, local row index r - i, rows above the
 * reflector's support hold zeros. On return d[i+k] and e[i+k] hold the tridiagonal entries.
 */
#include <wasm_simd128.h>
#include "householder.h"
#include "kernels.h"

/* y -= x * a  over len entries. */
static void axpy_neg(int len, double a, const double *x, double *y) {
  v128_t sa = wasm_f64x2_splat(a);
  int r = 0;
  for (; r + 1 < len; r += 2)
    wasm_v128_store(y + r, wasm_f64x2_sub(wasm_v128_load(y + r), wasm_f64x2_mul(wasm_v128_load(x + r), sa)));
  for (; r < len; ++r) y[r] -= x[r] * a;
}

static double dot(int len, const double *x, const double *y) {
  v128_t a0 = wasm_f64x2_splat(0.0), a1 = a0;
  int r = 0;
  for (; r + 3 < len; r += 4) {
    a0 = wasm_f64x2_add(a0, wasm_f64x2_mul(wasm_v128_load(x + r), wasm_v128_load(y + r)));
    a1 = wasm_f64x2_add(a1, wasm_f64x2_mul(wasm_v128_load(x + r + 2), wasm_v128_load(y + r + 2)));
  }
  a0 = wasm_f64x2_add(a0, a1);
  double s = wasm_f64x2_extract_lane(a0, 0) + wasm_f64x2_extract_lane(a0, 1);
  for (; r < len; ++r) s += x[r] * y[r];
  return s;
}

void lsp_panel_reduce(int n, int i, int nb, double *ap, double *d, double *e, double *vp, double *wp, int ld,
                      double *y2) {
  for (int k = 0; k < nb; ++k) {
    int c = i + k;
    double *col = ap + lsp_packed_offset(n, c); /* col[r - c] = A(r, c) */
    int lc = c - i;                              /* local row of c */
    int len = n - c;                             /* rows c .. n-1 */
    /* A(c:n, c) -= V(c:n, 0:k) W(c, 0:k)^T + W(c:n, 0:k) V(c, 0:k)^T */
    for (int q = 0; q < k; ++q) {
      const double *vq = vp + (size_t)q * ld, *wq = wp + (size_t)q * ld;
      axpy_neg(len, wq[lc], vq + lc, col);
      axpy_neg(len, vq[lc], wq + lc, col);
    }
    d[c] = col[0];
    /* Reflector annihilating A(c+2:n, c). */
    int m = n - c - 1; /* length of (alpha, x) */
    double *vk = vp + (size_t)k * ld, *wk = wp + (size_t)k * ld;
    for (int r = 0; r <= lc; ++r) vk[r] = wk[r] = 0.0;
    if (m <= 0) {
      e[c] = 0.0;
      continue;
    }
    double beta;
    double tau = lsp_householder(&col[1], &col[2], m - 1, &beta);
    e[c] = beta;
    double *v = vk + lc + 1, *w = wk + lc + 1;
    v[0] = 1.0;
    for (int r = 1; r < m; ++r) v[r] = col[1 + r];
    /* w = A22 v with the un-updated trailing block, then the low-rank corrections. */
    lsp_symv_packed_lower(n, c + 1, ap, v, w, y2);
    for (int q = 0; q < k; ++q) {
      const double *vq = vp + (size_t)q * ld + lc + 1, *wq = wp + (size_t)q * ld + lc + 1;
      double t1 = dot(m, wq, v); /* (W^T v)_q */
      double t2 = dot(m, vq, v); /* (V^T v)_q */
      axpy_neg(m, t1, vq, w);
      axpy_neg(m, t2, wq, w);
    }
    for (int r = 0; r < m; ++r) w[r] *= tau;
    double alpha = -0.5 * tau * dot(m, w, v);
    axpy_neg(m, -alpha, v, w);
  }
}
