#ifndef LSP_HOUSEHOLDER_H
#define LSP_HOUSEHOLDER_H
#include "lsp.h"
double lsp_norm2(const double *x, int m);
double lsp_householder(double *alpha, double *x, int m, double *beta_out);
#endif
