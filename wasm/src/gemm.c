/*
 * Dense float64 matrix products, row-major output: C = L R with L (m x k), R (k x n) given by
 * strides, so one routine serves A B, A^T A (syrk, "gram") and A A^T.
 * Blocked and packed in the GotoBLAS scheme (K. Goto & R. van de Geijn, "Anatomy of
 * high-performance matrix multiplication", ACM TOMS 34(3), 2008): R is packed in KC x 4 slivers,
 * L in 4 x KC slivers of an MC-row block, and a 4x4 f64x2 micro-kernel accumulates in registers.
 * For symmetric results (lower_only) only tiles meeting the lower triangle are computed and the
 * upper triangle is copied from it, halving the work (BLAS dsyrk).
 */
#include <wasm_simd128.h>
#include "lsp.h"
#include "parallel.h"

#define MR 4
#define NR 4
#define KC 256
#define MC 64

LSP_EXPORT(lsp_gemm_work_size)
int lsp_gemm_work_size(int n) { return 2 * MC * KC + KC * (n + NR) + 64; }

static void pack_left(int mc, int kc, const double *a, int rs, int cs, double *dst) {
  for (int t = 0; t * MR < mc; ++t)
    for (int p = 0; p < kc; ++p)
      for (int u = 0; u < MR; ++u) {
        int i = t * MR + u;
        *dst++ = i < mc ? a[(size_t)i * rs + (size_t)p * cs] : 0.0;
      }
}

static void pack_right(int kc, int nc, const double *b, int rs, int cs, double *dst) {
  for (int t = 0; t * NR < nc; ++t)
    for (int p = 0; p < kc; ++p)
      for (int u = 0; u < NR; ++u) {
        int j = t * NR + u;
        *dst++ = j < nc ? b[(size_t)p * rs + (size_t)j * cs] : 0.0;
      }
}

/* tile[u*4 + h] = sum_p pa[p*4+u] * pb[p*4+h] */
static void kernel4x4(int kc, const double *pa, const double *pb, double *c, int ldc, int rows, int cols) {
  v128_t z = wasm_f64x2_splat(0.0);
  v128_t c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z, c30 = z, c31 = z;
  for (int p = 0; p < kc; ++p) {
    v128_t b0 = wasm_v128_load(pb), b1 = wasm_v128_load(pb + 2);
    v128_t a0 = wasm_v128_load64_splat(pa), a1 = wasm_v128_load64_splat(pa + 1);
    v128_t a2 = wasm_v128_load64_splat(pa + 2), a3 = wasm_v128_load64_splat(pa + 3);
    c00 = wasm_f64x2_add(c00, wasm_f64x2_mul(a0, b0));
    c01 = wasm_f64x2_add(c01, wasm_f64x2_mul(a0, b1));
    c10 = wasm_f64x2_add(c10, wasm_f64x2_mul(a1, b0));
    c11 = wasm_f64x2_add(c11, wasm_f64x2_mul(a1, b1));
    c20 = wasm_f64x2_add(c20, wasm_f64x2_mul(a2, b0));
    c21 = wasm_f64x2_add(c21, wasm_f64x2_mul(a2, b1));
    c30 = wasm_f64x2_add(c30, wasm_f64x2_mul(a3, b0));
    c31 = wasm_f64x2_add(c31, wasm_f64x2_mul(a3, b1));
    pa += MR;
    pb += NR;
  }
  if (rows == MR && cols == NR) {
    double *r0 = c, *r1 = c + ldc, *r2 = c + 2 * (size_t)ldc, *r3 = c + 3 * (size_t)ldc;
    wasm_v128_store(r0, wasm_f64x2_add(wasm_v128_load(r0), c00));
    wasm_v128_store(r0 + 2, wasm_f64x2_add(wasm_v128_load(r0 + 2), c01));
    wasm_v128_store(r1, wasm_f64x2_add(wasm_v128_load(r1), c10));
    wasm_v128_store(r1 + 2, wasm_f64x2_add(wasm_v128_load(r1 + 2), c11));
    wasm_v128_store(r2, wasm_f64x2_add(wasm_v128_load(r2), c20));
    wasm_v128_store(r2 + 2, wasm_f64x2_add(wasm_v128_load(r2 + 2), c21));
    wasm_v128_store(r3, wasm_f64x2_add(wasm_v128_load(r3), c30));
    wasm_v128_store(r3 + 2, wasm_f64x2_add(wasm_v128_load(r3 + 2), c31));
    return;
  }
  double tile[16];
  wasm_v128_store(tile, c00), wasm_v128_store(tile + 2, c01);
  wasm_v128_store(tile + 4, c10), wasm_v128_store(tile + 6, c11);
  wasm_v128_store(tile + 8, c20), wasm_v128_store(tile + 10, c21);
  wasm_v128_store(tile + 12, c30), wasm_v128_store(tile + 14, c31);
  for (int u = 0; u < rows; ++u)
    for (int h = 0; h < cols; ++h) c[(size_t)u * ldc + h] += tile[u * 4 + h];
}

/* Row blocks [ic0, ic1) of one kc-deep step: C(rows, :) += L(rows, pc:pc+kc) Rpacked. */
static void gemm_rows(int m, int n, int kc, const double *a, int ars, int acs, double *c, int lower_only,
                      double *packa, const double *packb, int ic0, int ic1) {
  for (int ic = ic0; ic < ic1; ic += MC) {
    int mc = m - ic < MC ? m - ic : MC;
    pack_left(mc, kc, a + (size_t)ic * ars, ars, acs, packa);
    for (int jr = 0; jr < n; jr += NR) {
      if (lower_only && jr > ic + mc - 1) break;
      int cols = n - jr < NR ? n - jr : NR;
      for (int ir = 0; ir < mc; ir += MR) {
        if (lower_only && jr > ic + ir + MR - 1) continue;
        int rows = mc - ir < MR ? mc - ir : MR;
        kernel4x4(kc, packa + (size_t)ir * kc, packb + (size_t)jr * kc, c + (size_t)(ic + ir) * n + jr, n, rows, cols);
      }
    }
  }
}

void lsp_gemm_job(const int32_t *g) {
  gemm_rows(g[0], g[1], g[2], (const double *)(uintptr_t)g[3], g[4], g[5], (double *)(uintptr_t)g[6], g[7],
            (double *)(uintptr_t)g[8], (const double *)(uintptr_t)g[9], g[10], g[11]);
}

#define PARALLEL_MIN_FLOPS 2000000.0

/* Row blocks split in two fixed halves of equal work (m/2, or m/sqrt 2 for a lower triangle);
 * every entry of C is accumulated in the same order whichever thread computes it. */
static void gemm_strided(int m, int n, int k, const double *a, int ars, int acs, const double *b, int brs, int bcs,
                         double *c, int lower_only, double *work) {
  double *packa = work, *packa2 = work + MC * KC, *packb = work + 2 * MC * KC;
  for (size_t t = 0; t < (size_t)m * n; ++t) c[t] = 0.0;
  int blocks = (m + MC - 1) / MC;
  int split = (int)(blocks * (lower_only ? 0.70710678118654752 : 0.5)) * MC;
  int parallel = (double)m * n * k * (lower_only ? 1.0 : 2.0) >= PARALLEL_MIN_FLOPS && lsp_parallel_available();
  for (int pc = 0; pc < k; pc += KC) {
    int kc = k - pc < KC ? k - pc : KC;
    pack_right(kc, n, b + (size_t)pc * brs, brs, bcs, packb);
    const double *apc = a + (size_t)pc * acs;
    int32_t second[LSP_JOB_ARGS] = {m, n, kc, (int32_t)(uintptr_t)apc, ars, acs, (int32_t)(uintptr_t)c, lower_only,
                                    (int32_t)(uintptr_t)packa2, (int32_t)(uintptr_t)packb, split, m};
    if (parallel) {
      lsp_parallel_post(LSP_JOB_GEMM, second);
      gemm_rows(m, n, kc, apc, ars, acs, c, lower_only, packa, packb, 0, split);
      lsp_parallel_join();
    } else {
      gemm_rows(m, n, kc, apc, ars, acs, c, lower_only, packa, packb, 0, split);
      lsp_gemm_job(second);
    }
  }
  if (lower_only)
    for (int i = 0; i < m; ++i)
      for (int j = i + 1; j < n; ++j) c[(size_t)i * n + j] = c[(size_t)j * n + i];
}

/* C (m x n) = A (m x k) B (k x n), all row-major. */
LSP_EXPORT(lsp_gemm)
void lsp_gemm(int m, int k, int n, const double *a, const double *b, double *c, double *work) {
  gemm_strided(m, n, k, a, k, 1, b, n, 1, c, 0, work);
}

/* C (cols x cols) = A^T A, A row-major rows x cols. */
LSP_EXPORT(lsp_gram)
void lsp_gram(int rows, int cols, const double *a, double *c, double *work) {
  gemm_strided(cols, cols, rows, a, 1, cols, a, cols, 1, c, 1, work);
}

/* C (rows x rows) = A A^T, A row-major rows x cols. */
LSP_EXPORT(lsp_gram_outer)
void lsp_gram_outer(int rows, int cols, const double *a, double *c, double *work) {
  gemm_strided(rows, rows, cols, a, cols, 1, a, 1, cols, c, 1, work);
}
