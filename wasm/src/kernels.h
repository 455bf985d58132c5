#ifndef LSP_KERNELS_H
#define LSP_KERNELS_H
#include "lsp.h"
void lsp_symv_packed_lower(int n, int s, const double *ap, const double *v, double *y);
void lsp_panel_reduce(int n, int i, int nb, double *ap, double *d, double *e, double *vp, double *wp, int ld);
void lsp_trailing_update(int n, int i, int s, int nb, double *ap, const double *vp, const double *wp, int ld,
                         double *ppack, double *bpack);
#endif
