/*
 * y = A v for the trailing symmetric block A(s:n, s:n) held in packed lower storage
 * (BLAS dspmv, uplo = 'L'), reading each stored element once: column j contributes
 *   y(j) += A(j,j) v(j) + sum_{r>j} A(r,j) v(r)   and   y(r) += A(r,j) v(j), r > j.
 * Columns are processed four (or two) at a time so y is streamed less often. SIMD: f64x2.
 *
 * The columns are split in two fixed halves of equal element count (first m(1 - 1/sqrt 2)
 * columns, rest); the second half accumulates into its own buffer and is added at the end.
 * The split is the same with or without the helper thread, so the result does not depend on it.
 */
#include <wasm_simd128.h>
#include "kernels.h"
#include "parallel.h"

/* Four columns j..j+3 at once: the 4x4 diagonal block in scalar code, rows >= j+4 in f64x2. */
static void symv_quad(int n, int j, int j0, const double *ap, const double *v, double *y) {
  const double *c[4];
  double vc[4], t[4];
  for (int q = 0; q < 4; ++q) {
    c[q] = ap + lsp_packed_offset(n, j + q); /* c[q][r - j - q] = A(r, j+q) */
    vc[q] = v[j + q - j0];
    t[q] = 0.0;
  }
  for (int q = 0; q < 4; ++q) {
    t[q] += c[q][0] * vc[q];
    for (int r = q + 1; r < 4; ++r) {
      double arq = c[q][r - q];
      y[j + r - j0] += arq * vc[q];
      t[q] += arq * v[j + r - j0];
    }
  }
  const double *a0 = c[0] + 4, *a1 = c[1] + 3, *a2 = c[2] + 2, *a3 = c[3] + 1;
  const double *vv = v + (j + 4 - j0);
  double *yy = y + (j + 4 - j0);
  int len = n - j - 4, r = 0;
  v128_t s0 = wasm_f64x2_splat(vc[0]), s1 = wasm_f64x2_splat(vc[1]);
  v128_t s2 = wasm_f64x2_splat(vc[2]), s3 = wasm_f64x2_splat(vc[3]);
  v128_t z = wasm_f64x2_splat(0.0), acc0 = z, acc1 = z, acc2 = z, acc3 = z;
  for (; r + 1 < len; r += 2) {
    v128_t x0 = wasm_v128_load(a0 + r), x1 = wasm_v128_load(a1 + r);
    v128_t x2 = wasm_v128_load(a2 + r), x3 = wasm_v128_load(a3 + r);
    v128_t w = wasm_v128_load(vv + r);
    v128_t yr = wasm_v128_load(yy + r);
    yr = wasm_f64x2_add(yr, wasm_f64x2_add(wasm_f64x2_add(wasm_f64x2_mul(x0, s0), wasm_f64x2_mul(x1, s1)),
                                            wasm_f64x2_add(wasm_f64x2_mul(x2, s2), wasm_f64x2_mul(x3, s3))));
    wasm_v128_store(yy + r, yr);
    acc0 = wasm_f64x2_add(acc0, wasm_f64x2_mul(x0, w));
    acc1 = wasm_f64x2_add(acc1, wasm_f64x2_mul(x1, w));
    acc2 = wasm_f64x2_add(acc2, wasm_f64x2_mul(x2, w));
    acc3 = wasm_f64x2_add(acc3, wasm_f64x2_mul(x3, w));
  }
  t[0] += wasm_f64x2_extract_lane(acc0, 0) + wasm_f64x2_extract_lane(acc0, 1);
  t[1] += wasm_f64x2_extract_lane(acc1, 0) + wasm_f64x2_extract_lane(acc1, 1);
  t[2] += wasm_f64x2_extract_lane(acc2, 0) + wasm_f64x2_extract_lane(acc2, 1);
  t[3] += wasm_f64x2_extract_lane(acc3, 0) + wasm_f64x2_extract_lane(acc3, 1);
  for (; r < len; ++r) {
    yy[r] += a0[r] * vc[0] + a1[r] * vc[1] + a2[r] * vc[2] + a3[r] * vc[3];
    t[0] += a0[r] * vv[r];
    t[1] += a1[r] * vv[r];
    t[2] += a2[r] * vv[r];
    t[3] += a3[r] * vv[r];
  }
  for (int q = 0; q < 4; ++q) y[j + q - j0] += t[q];
}

/* Contributions of columns j0..j1-1; v and y point at entry j0 (local index r - j0), rows to n-1. */
static void symv_columns(int n, int j0, int j1, const double *ap, const double *v, double *y) {
  int j = j0;
  for (; j + 3 < j1; j += 4) symv_quad(n, j, j0, ap, v, y);
  for (; j + 1 < j1; j += 2) {
    const double *c0 = ap + lsp_packed_offset(n, j);      /* c0[r - j]     = A(r, j)   */
    const double *c1 = ap + lsp_packed_offset(n, j + 1);  /* c1[r - j - 1] = A(r, j+1) */
    double v0 = v[j - j0], v1 = v[j + 1 - j0];
    double t0 = c0[0] * v0 + c0[1] * v1;
    double t1 = c0[1] * v0 + c1[0] * v1;
    const double *a0 = c0 + 2, *a1 = c1 + 1;
    const double *vv = v + (j + 2 - j0);
    double *yy = y + (j + 2 - j0);
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
    y[j - j0] += t0;
    y[j + 1 - j0] += t1;
  }
  if (j < j1) { /* one column left */
    const double *c0 = ap + lsp_packed_offset(n, j);
    double v0 = v[j - j0], t0 = c0[0] * v0;
    for (int r = j + 1; r < n; ++r) {
      y[r - j0] += c0[r - j] * v0;
      t0 += c0[r - j] * v[r - j0];
    }
    y[j - j0] += t0;
  }
}

void lsp_symv_job(const int32_t *args) {
  int n = args[0], j0 = args[1], j1 = args[2];
  const double *ap = (const double *)(uintptr_t)args[3], *v = (const double *)(uintptr_t)args[4];
  double *y = (double *)(uintptr_t)args[5];
  for (int r = 0; r < n - j0; ++r) y[r] = 0.0;
  symv_columns(n, j0, j1, ap, v, y);
}

/* Helper threshold: below this trailing order the fork/join costs more than it saves. */
#define PARALLEL_MIN_ORDER 192

void lsp_symv_packed_lower(int n, int s, const double *ap, const double *v, double *y, double *y2) {
  int m = n - s;
  int half = (int)(m * 0.29289321881345248); /* 1 - 1/sqrt(2): equal element counts */
  half &= ~1;
  int jm = s + half;
  int32_t second[LSP_JOB_ARGS] = {n, jm, n, (int32_t)(uintptr_t)ap, (int32_t)(uintptr_t)(v + half),
                                  (int32_t)(uintptr_t)y2};
  int32_t first[LSP_JOB_ARGS] = {n, s, jm, (int32_t)(uintptr_t)ap, (int32_t)(uintptr_t)v, (int32_t)(uintptr_t)y};
  if (m >= PARALLEL_MIN_ORDER && lsp_parallel_available()) {
    lsp_parallel_post(LSP_JOB_SYMV, second);
    lsp_symv_job(first);
    lsp_parallel_join();
  } else {
    lsp_symv_job(first);
    lsp_symv_job(second);
  }
  for (int r = 0; r < n - jm; ++r) y[half + r] += y2[r];
}
