/*
 * Rank-2nb symmetric update of the trailing block (BLAS dsyr2k, uplo = 'L', the second half of
 * LAPACK dsytrd; Golub & Van Loan 4th ed. Section 8.3.1):
 *   A(r, j) -= sum_q V(r,q) W(j,q) + W(r,q) V(j,q),   s <= j <= r < n.
 * Written as C -= P B^T with P = [V W], B = [W V] (K = 2nb columns) and computed GotoBLAS-style
 * (Goto & van de Geijn, ACM TOMS 34(3), 2008): P packed in 4-row slivers, B in 4-column slivers,
 * a 4x4 register-blocked f64x2 micro-kernel for the full blocks below the diagonal, scalar code
 * for the diagonal blocks and the ragged edges.
 */
#include <wasm_simd128.h>
#include "kernels.h"
#include "parallel.h"

#define MR 4
#define ROW_BLOCK 128

static inline double *elem(double *ap, int n, int r, int j) { return ap + lsp_packed_offset(n, j) + (r - j); }

/* Pack rows s.. of [V W] (or columns s.. of [W V]) into 4-wide slivers: dst[t*4K + k*4 + u]. */
static void pack_slivers(int m, int nb, const double *first, const double *second, int ld, int off, double *dst) {
  int kk = 2 * nb;
  int slivers = (m + MR - 1) / MR;
  for (int t = 0; t < slivers; ++t) {
    double *out = dst + (size_t)t * MR * kk;
    for (int k = 0; k < kk; ++k) {
      const double *src = (k < nb ? first + (size_t)k * ld : second + (size_t)(k - nb) * ld) + off;
      for (int u = 0; u < MR; ++u) {
        int r = t * MR + u;
        out[k * MR + u] = r < m ? src[r] : 0.0;
      }
    }
  }
}

static void kernel4x4(int kk, const double *pa, const double *pb, double *c0, double *c1, double *c2, double *c3) {
  v128_t z = wasm_f64x2_splat(0.0);
  v128_t a00 = z, a01 = z, a10 = z, a11 = z, a20 = z, a21 = z, a30 = z, a31 = z;
  for (int k = 0; k < kk; ++k) {
    v128_t p0 = wasm_v128_load(pa), p1 = wasm_v128_load(pa + 2);
    v128_t b0 = wasm_v128_load64_splat(pb), b1 = wasm_v128_load64_splat(pb + 1);
    v128_t b2 = wasm_v128_load64_splat(pb + 2), b3 = wasm_v128_load64_splat(pb + 3);
    a00 = wasm_f64x2_add(a00, wasm_f64x2_mul(p0, b0));
    a01 = wasm_f64x2_add(a01, wasm_f64x2_mul(p1, b0));
    a10 = wasm_f64x2_add(a10, wasm_f64x2_mul(p0, b1));
    a11 = wasm_f64x2_add(a11, wasm_f64x2_mul(p1, b1));
    a20 = wasm_f64x2_add(a20, wasm_f64x2_mul(p0, b2));
    a21 = wasm_f64x2_add(a21, wasm_f64x2_mul(p1, b2));
    a30 = wasm_f64x2_add(a30, wasm_f64x2_mul(p0, b3));
    a31 = wasm_f64x2_add(a31, wasm_f64x2_mul(p1, b3));
    pa += MR;
    pb += MR;
  }
  wasm_v128_store(c0, wasm_f64x2_sub(wasm_v128_load(c0), a00));
  wasm_v128_store(c0 + 2, wasm_f64x2_sub(wasm_v128_load(c0 + 2), a01));
  wasm_v128_store(c1, wasm_f64x2_sub(wasm_v128_load(c1), a10));
  wasm_v128_store(c1 + 2, wasm_f64x2_sub(wasm_v128_load(c1 + 2), a11));
  wasm_v128_store(c2, wasm_f64x2_sub(wasm_v128_load(c2), a20));
  wasm_v128_store(c2 + 2, wasm_f64x2_sub(wasm_v128_load(c2 + 2), a21));
  wasm_v128_store(c3, wasm_f64x2_sub(wasm_v128_load(c3), a30));
  wasm_v128_store(c3 + 2, wasm_f64x2_sub(wasm_v128_load(c3 + 2), a31));
}

/* One entry, local row lr and local column lj (both relative to s). */
static void update_scalar(int kk, const double *ppack, const double *bpack, int lr, int lj, double *c) {
  const double *pa = ppack + (size_t)(lr / MR) * MR * kk + lr % MR;
  const double *pb = bpack + (size_t)(lj / MR) * MR * kk + lj % MR;
  double sum = 0.0;
  for (int k = 0; k < kk; ++k) sum += pa[k * MR] * pb[k * MR];
  *c -= sum;
}

/* Column groups g0..g1-1 (4 columns each, local to s) of the update, all their rows. */
static void update_groups(int n, int s, int kk, double *ap, const double *ppack, const double *bpack, int g0, int g1) {
  int m = n - s;
  for (int rb = g0 * MR - (g0 * MR) % ROW_BLOCK; rb < m; rb += ROW_BLOCK) {
    int re = rb + ROW_BLOCK < m ? rb + ROW_BLOCK : m;
    for (int g = g0; g < g1 && g * MR < re; ++g) {
      int j0 = g * MR;
      int full_cols = j0 + MR <= m;
      /* Diagonal block rows j0..j0+3 (lower part) and any rows in a partial column group. */
      int rstart = rb > j0 ? rb : j0;
      int rect_start = j0 + MR > rstart ? j0 + MR : rstart;
      if (!full_cols) rect_start = re;
      for (int lj = j0; lj < j0 + MR && lj < m; ++lj)
        for (int lr = rstart > lj ? rstart : lj; lr < rect_start && lr < re; ++lr)
          update_scalar(kk, ppack, bpack, lr, lj, elem(ap, n, s + lr, s + lj));
      if (rect_start >= re) continue;
      /* Full 4-row slivers. */
      int lr = rect_start;
      const double *pb = bpack + (size_t)g * MR * kk;
      double *c0 = elem(ap, n, s + lr, s + j0), *c1 = elem(ap, n, s + lr, s + j0 + 1);
      double *c2 = elem(ap, n, s + lr, s + j0 + 2), *c3 = elem(ap, n, s + lr, s + j0 + 3);
      for (; lr + MR <= re; lr += MR) {
        kernel4x4(kk, ppack + (size_t)(lr / MR) * MR * kk, pb, c0, c1, c2, c3);
        c0 += MR; c1 += MR; c2 += MR; c3 += MR;
      }
      for (; lr < re; ++lr)
        for (int lj = j0; lj < j0 + MR; ++lj) update_scalar(kk, ppack, bpack, lr, lj, elem(ap, n, s + lr, s + lj));
    }
  }
}

void lsp_trailing_job(const int32_t *args) {
  update_groups(args[0], args[1], args[2], (double *)(uintptr_t)args[3], (const double *)(uintptr_t)args[4],
                (const double *)(uintptr_t)args[5], args[6], args[7]);
}

#define PARALLEL_MIN_ORDER 128

/* Columns split in two halves of equal work (the first G(1 - 1/sqrt 2) groups, the rest);
 * each entry is computed the same way whichever thread does it. */
void lsp_trailing_update(int n, int i, int s, int nb, double *ap, const double *vp, const double *wp, int ld,
                         double *ppack, double *bpack) {
  int m = n - s;
  if (m <= 0) return;
  int kk = 2 * nb;
  int loc = s - i; /* panel rows are local to the panel start i */
  pack_slivers(m, nb, vp, wp, ld, loc, ppack);
  pack_slivers(m, nb, wp, vp, ld, loc, bpack);
  int groups = (m + MR - 1) / MR;
  int gs = (int)(groups * 0.29289321881345248);
  int32_t second[12] = {n, s, kk, (int32_t)(uintptr_t)ap, (int32_t)(uintptr_t)ppack, (int32_t)(uintptr_t)bpack,
                        gs, groups};
  if (m >= PARALLEL_MIN_ORDER && lsp_parallel_available()) {
    lsp_parallel_post(LSP_JOB_TRAILING, second);
    update_groups(n, s, kk, ap, ppack, bpack, 0, gs);
    lsp_parallel_join();
  } else {
    update_groups(n, s, kk, ap, ppack, bpack, 0, gs);
    update_groups(n, s, kk, ap, ppack, bpack, gs, groups);
  }
}
