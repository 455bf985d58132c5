#ifndef LSP_KERNELS_H
#define LSP_KERNELS_H
#include "lsp.h"
/* y = A(s:n, s:n) v (packed lower); y2: n - s doubles of scratch. */
void lsp_symv_packed_lower(int n, int s, const double *ap, const double *v, double *y, double *y2);
void lsp_symv_job(const int32_t *args);
void lsp_panel_reduce(int n, int i, int nb, double *ap, double *d, double *e, double *vp, double *wp, int ld,
                      double *y2);
void lsp_trailing_update(int n, int i, int s, int nb, double *ap, const double *vp, const double *wp, int ld,
                         double *ppack, double *bpack);
void lsp_trailing_job(const int32_t *args);
void lsp_gemm_job(const int32_t *args);
#endif
