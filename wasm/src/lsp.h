/*
 * limspec WebAssembly kernels: shared declarations.
 *
 * Freestanding C (no libc): the JavaScript wrapper owns all memory and passes byte offsets of
 * the buffers each kernel needs. Symmetric matrices are held in packed lower-triangular,
 * column-major storage ("packed lower", LAPACK 'L'/AP layout): element (r, j) with r >= j is at
 * ap[lsp_packed_offset(n, j) + (r - j)], so each column of the lower triangle is contiguous.
 */
#ifndef LSP_H
#define LSP_H

#include <stddef.h>
#include <stdint.h>

#define LSP_EXPORT(name) __attribute__((export_name(#name), visibility("default")))

/* IEEE double: unit roundoff (2^-53), smallest normal, largest finite. */
#define LSP_EPS 1.1102230246251565e-16
#define LSP_ULP 2.220446049250313e-16
#define LSP_SAFMIN 2.2250738585072014e-308
#define LSP_SAFMAX 1.7976931348623157e+308

static inline double lsp_abs(double x) { return __builtin_fabs(x); }
static inline double lsp_sqrt(double x) { return __builtin_sqrt(x); }
static inline double lsp_max(double a, double b) { return a > b ? a : b; }
static inline double lsp_min(double a, double b) { return a < b ? a : b; }
static inline double lsp_copysign(double a, double b) { return __builtin_copysign(a, b); }

/* Offset of the diagonal element of column j in packed lower storage of order n. */
static inline size_t lsp_packed_offset(int n, int j) {
  return (size_t)j * (size_t)n - ((size_t)j * (size_t)(j - 1)) / 2;
}

/* sqrt(a^2 + b^2) without destructive overflow or underflow (LAPACK dlapy2 scheme). */
static inline double lsp_hypot(double a, double b) {
  double x = lsp_abs(a), y = lsp_abs(b);
  double w = lsp_max(x, y), z = lsp_min(x, y);
  if (z == 0.0 || w > LSP_SAFMAX) return w;
  double q = z / w;
  return w * lsp_sqrt(1.0 + q * q);
}

/* Panel width of the blocked tridiagonal reduction (dsytrd's NB). */
#define LSP_NB 32

/* Kernels implemented in the translation units (used across files). */
void lsp_tridiagonalize_packed(int n, double *ap, double *d, double *e, double *work);
int lsp_tridiagonal_eigenvalues(int n, double *d, double *e);

#endif
