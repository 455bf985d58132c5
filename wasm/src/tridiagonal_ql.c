/*
 * All eigenvalues of a symmetric tridiagonal matrix (diagonal d[0..n-1], off-diagonal
 * e[0..n-2]) by the root-free QL/QR iteration of Pal, Walker and Kahan, the scheme of LAPACK
 * dsterf: implicit Wilkinson shift, squares of the off-diagonals carried instead of the
 * off-diagonals, QL when the top end is smaller in magnitude, QR otherwise.
 * References: B. N. Parlett, "The Symmetric Eigenvalue Problem", SIAM 1998, Section 8.15
 * (root-free QL, PWK); Golub & Van Loan 4th ed., Section 8.3.5 (implicit symmetric QR step).
 *
 * Splitting criterion |e_m| <= eps sqrt|d_m| sqrt|d_m+1| (relative, as in dsterf).
 * At most 30 n QL/QR sweeps in all; returns the number of off-diagonals still not negligible
 * (0 on success). On success d holds the eigenvalues in ascending order; e is destroyed.
 */
#include "lsp.h"

#define MAX_SWEEPS_PER_EIGENVALUE 30

/* Eigenvalues rt1 >= rt2 (by magnitude ordering of dlae2) of [[a, b], [b, c]]. */
static void eig2x2(double a, double b, double c, double *rt1, double *rt2) {
  double sm = a + c, df = a - c, adf = lsp_abs(df), tb = b + b, ab = lsp_abs(tb);
  double acmx = lsp_abs(a) > lsp_abs(c) ? a : c, acmn = lsp_abs(a) > lsp_abs(c) ? c : a;
  double rt;
  if (adf > ab) {
    double q = ab / adf;
    rt = adf * lsp_sqrt(1.0 + q * q);
  } else if (adf < ab) {
    double q = adf / ab;
    rt = ab * lsp_sqrt(1.0 + q * q);
  } else {
    rt = ab * 1.4142135623730951;
  }
  if (sm < 0.0) {
    *rt1 = 0.5 * (sm - rt);
    *rt2 = (acmx / *rt1) * acmn - (b / *rt1) * b;
  } else if (sm > 0.0) {
    *rt1 = 0.5 * (sm + rt);
    *rt2 = (acmx / *rt1) * acmn - (b / *rt1) * b;
  } else {
    *rt1 = 0.5 * rt;
    *rt2 = -0.5 * rt;
  }
}

static void sort_ascending(int n, double *d) {
  /* Shell sort with Ciura's gaps extended by x2.25 (n up to a few 10^5 is fast enough here). */
  int gaps[40], ng = 0;
  static const int base[] = {1, 4, 10, 23, 57, 132, 301, 701};
  for (int t = 0; t < 8; ++t) gaps[ng++] = base[t];
  while (gaps[ng - 1] < n / 2 && ng < 40) gaps[ng] = (int)(gaps[ng - 1] * 2.25), ++ng;
  for (int g = ng - 1; g >= 0; --g) {
    int h = gaps[g];
    for (int i = h; i < n; ++i) {
      double x = d[i];
      int j = i;
      while (j >= h && d[j - h] > x) d[j] = d[j - h], j -= h;
      d[j] = x;
    }
  }
}

/* max |d|, |e| over rows l..lend (inclusive), dlanst('M'). */
static double max_abs(const double *d, const double *e, int l, int lend) {
  double a = 0.0;
  for (int i = l; i <= lend; ++i) a = lsp_max(a, lsp_abs(d[i]));
  for (int i = l; i < lend; ++i) a = lsp_max(a, lsp_abs(e[i]));
  return a;
}

static void scale_block(double *d, double *e, int l, int lend, double f) {
  for (int i = l; i <= lend; ++i) d[i] *= f;
  for (int i = l; i < lend; ++i) e[i] *= f;
}

LSP_EXPORT(lsp_tridiagonal_eigenvalues)
int lsp_tridiagonal_eigenvalues(int n, double *d, double *e) {
  if (n <= 1) return 0;
  const double eps = LSP_ULP * 0.5, eps2 = eps * eps;
  const double ssfmax = lsp_sqrt(LSP_SAFMAX) / 3.0;
  const double ssfmin = lsp_sqrt(LSP_SAFMIN) / eps2;
  const int maxsweeps = MAX_SWEEPS_PER_EIGENVALUE * n;
  int sweeps = 0;
  int l1 = 0;
  while (l1 < n) {
    if (l1 > 0) e[l1 - 1] = 0.0;
    /* Find the end m of the unreduced block starting at l1. */
    int m = l1;
    for (; m < n - 1; ++m) {
      double tst = lsp_abs(e[m]);
      if (tst == 0.0) break;
      if (tst <= lsp_sqrt(lsp_abs(d[m])) * lsp_sqrt(lsp_abs(d[m + 1])) * eps) {
        e[m] = 0.0;
        break;
      }
    }
    int l = l1, lsv = l, lend = m, lendsv = lend;
    l1 = m + 1;
    if (lend == l) continue;
    /* Scale the block into a safe range. */
    double anorm = max_abs(d, e, l, lend), scale = 1.0;
    if (anorm == 0.0) continue;
    if (anorm > ssfmax) scale = ssfmax / anorm;
    if (anorm < ssfmin) scale = ssfmin / anorm;
    if (scale != 1.0) scale_block(d, e, l, lend, scale);
    for (int i = l; i < lend; ++i) e[i] *= e[i];
    /* QL if the top is smaller in magnitude, else QR (reverse roles of l and lend). */
    if (lsp_abs(d[lend]) < lsp_abs(d[l])) {
      lend = lsv;
      l = lendsv;
    }
    if (lend >= l) {
      /* QL iteration: deflate at the top (index l). */
      while (l <= lend) {
        int mm = l;
        for (; mm < lend; ++mm)
          if (lsp_abs(e[mm]) <= eps2 * lsp_abs(d[mm] * d[mm + 1])) break;
        if (mm < lend) e[mm] = 0.0;
        double p = d[l];
        if (mm == l) { /* d[l] is an eigenvalue */
          d[l] = p;
          ++l;
          continue;
        }
        if (mm == l + 1) { /* 2x2 block */
          double rt1, rt2;
          eig2x2(d[l], lsp_sqrt(e[l]), d[l + 1], &rt1, &rt2);
          d[l] = rt1;
          d[l + 1] = rt2;
          e[l] = 0.0;
          l += 2;
          continue;
        }
        if (sweeps == maxsweeps) break;
        ++sweeps;
        /* Wilkinson-type shift from the leading 2x2. */
        double rte = lsp_sqrt(e[l]);
        double sigma = (d[l + 1] - p) / (2.0 * rte);
        double r = lsp_hypot(sigma, 1.0);
        sigma = p - rte / (sigma + lsp_copysign(r, sigma));
        double c = 1.0, s = 0.0, gamma = d[mm] - sigma;
        p = gamma * gamma;
        for (int i = mm - 1; i >= l; --i) {
          double bb = e[i];
          r = p + bb;
          if (i != mm - 1) e[i + 1] = s * r;
          double oldc = c;
          c = p / r;
          s = bb / r;
          double oldgam = gamma, alpha = d[i];
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i + 1] = oldgam + (alpha - gamma);
          p = c != 0.0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l] = s * p;
        d[l] = sigma + gamma;
      }
    } else {
      /* QR iteration: deflate at the bottom (index l, moving down to lend). */
      while (l >= lend) {
        int mm = l;
        for (; mm > lend; --mm)
          if (lsp_abs(e[mm - 1]) <= eps2 * lsp_abs(d[mm] * d[mm - 1])) break;
        if (mm > lend) e[mm - 1] = 0.0;
        double p = d[l];
        if (mm == l) {
          d[l] = p;
          --l;
          continue;
        }
        if (mm == l - 1) {
          double rt1, rt2;
          eig2x2(d[l], lsp_sqrt(e[l - 1]), d[l - 1], &rt1, &rt2);
          d[l] = rt1;
          d[l - 1] = rt2;
          e[l - 1] = 0.0;
          l -= 2;
          continue;
        }
        if (sweeps == maxsweeps) break;
        ++sweeps;
        double rte = lsp_sqrt(e[l - 1]);
        double sigma = (d[l - 1] - p) / (2.0 * rte);
        double r = lsp_hypot(sigma, 1.0);
        sigma = p - rte / (sigma + lsp_copysign(r, sigma));
        double c = 1.0, s = 0.0, gamma = d[mm] - sigma;
        p = gamma * gamma;
        for (int i = mm; i <= l - 1; ++i) {
          double bb = e[i];
          r = p + bb;
          if (i != mm) e[i - 1] = s * r;
          double oldc = c;
          c = p / r;
          s = bb / r;
          double oldgam = gamma, alpha = d[i + 1];
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i] = oldgam + (alpha - gamma);
          p = c != 0.0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l - 1] = s * p;
        d[l] = sigma + gamma;
      }
    }
    /* Undo the scaling of this block. */
    int lo = lsv < lendsv ? lsv : lendsv, hi = lsv < lendsv ? lendsv : lsv;
    if (scale != 1.0)
      for (int i = lo; i <= hi; ++i) d[i] /= scale;
    if (sweeps >= maxsweeps) {
      int bad = 0;
      for (int i = 0; i < n - 1; ++i)
        if (e[i] != 0.0) ++bad;
      return bad;
    }
  }
  sort_ascending(n, d);
  return 0;
}
