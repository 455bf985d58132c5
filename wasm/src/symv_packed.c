/*
 * y = A v for the trailing symmetric block A(s:n, s:n) held in packed lower storage
 * (BLAS dspmv, uplo = 'L'), reading each stored element once: column j contributes
 *   y(j) += A(j,j) v(j) + sum_{r>j} A(r,j) v(r)   and   y(r) += A(r,j) v(j), r > j.
 * Two columns are processed together so y is streamed half as often. SIMD: f64x2.
 * v and y are indexed locally (entry r - s).
 */
#include <wasm_simd128.h>
#include "kernels.h"

void lsp_symv_packed_lower(int n, int s, const double *ap, const double *v, double *y) {
  int m = n - s;
  for (int r = 0; r < m; ++r) y[r] = 0.0;
  int j = s;
  for (; j + 1 < n; j += 2) {
    const double *c0 = ap + lsp_packed_offset(n, j);      /* c0[r - j]     = A(r, j)   */
    const double *c1 = ap + lsp_packed_offset(n, j + 1);  /* c1[r - j - 1] = A(r, j+1) */
    double v0 = v[j - s], v1 = v[j + 1 - s];
    /* 2x2 diagonal block. */
    double t0 = c0[0] * v0 + c0[1] * v1;
    double t1 = c0[1] * v0 + c1[0] * v1;
    /* Rows r >= j + 2 shared by both columns. */
    const double *a0 = c0 + 2, *a1 = c1 + 1;
    const double *vv = v + (j + 2 - s);
    double *yy = y + (j + 2 - s);
    int len = n - j - 2, r = 0;
    v128_t sv0 = wasm_f64x2_splat(v0), sv1 = wasm_f64x2_splat(v1);
    v128_t acc0 = wasm_f64x2_splat(0.0), acc1 = acc0, acc2 = acc0, acc3 = acc0;
    for (; r + 3 < len; r += 4) {
      v128_t x0 = wasm_v128_load(a0 + r), x1 = wasm_v128_load(a0 + r + 2);
      v128_t z0 = wasm_v128_load(a1 + r), z1 = wasm_v128_load(a1 + r + 2);
      v128_t w0 = wasm_v128_load(vv + r), w1 = wasm_v128_load(vv + r + 2);
      v128_t y0 = wasm_v128_load(yy + r), y1 = wasm_v128_load(yy + r + 2);
      y0 = wasm_f64x2_add(y0, wasm_f64x2_add(wasm_f64x2_mul(x0, sv0), wasm_f64x2_mul(z0, sv1)));
      y1 = wasm_f64x2_add(y1, wasm_f64x2_add(wasm_f64x2_mul(x1, sv0), wasm_f64x2_mul(z1, sv1)));
      wasm_v128_store(yy + r, y0);
      wasm_v128_store(yy + r + 2, y1);
      acc0 = wasm_f64x2_add(acc0, wasm_f64x2_mul(x0, w0));
      acc1 = wasm_f64x2_add(acc1, wasm_f64x2_mul(x1, w1));
      acc2 = wasm_f64x2_add(acc2, wasm_f64x2_mul(z0, w0));
      acc3 = wasm_f64x2_add(acc3, wasm_f64x2_mul(z1, w1));
    }
    acc0 = wasm_f64x2_add(acc0, acc1);
    acc2 = wasm_f64x2_add(acc2, acc3);
    t0 += wasm_f64x2_extract_lane(acc0, 0) + wasm_f64x2_extract_lane(acc0, 1);
    t1 += wasm_f64x2_extract_lane(acc2, 0) + wasm_f64x2_extract_lane(acc2, 1);
    for (; r < len; ++r) {
      yy[r] += a0[r] * v0 + a1[r] * v1;
      t0 += a0[r] * vv[r];
      t1 += a1[r] * vv[r];
    }
    y[j - s] += t0;
    y[j + 1 - s] += t1;
  }
  if (j < n) y[j - s] += ap[lsp_packed_offset(n, j)] * v[j - s];
}
