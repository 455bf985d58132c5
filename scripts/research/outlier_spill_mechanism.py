"""Why the bulk of the quadratic-scaling NTK spills past its limiting edge when h2 != 0
(docs/math/ntk-quadratic.md §5). For alpha = E z phi(z) = 0 (tanh, erf, sin) the limit bulk is
delta * MP(gamma1). Given r_i = |x_i|^2/d, row i of the feature matrix has covariance
r_i * delta(r_i) * I (+ the low-rank spikes), delta(r) the centred variance of phi(sqrt(r) z) - a scale
mixture. This script compares, at gamma1 = 0.625, gamma2 = 2, Rademacher a:
  * the true NTK matrix (bulk = all but the top d eigenvalues),
  * the scale-mixture model  R^{1/2} (delta Z Z^T / N) R^{1/2},  R_i = r_i delta(r_i)/delta(1), same x_i,
  * the x-norm-only model     R^{1/2} (delta Z Z^T / N) R^{1/2},  R_i = r_i,
by the number of eigenvalues above the limit edge delta (1 + sqrt(gamma1))^2 and the largest one.
Run: python3 scripts/research/outlier_spill_mechanism.py   (numpy; about a minute)
"""
import numpy as np
from math import sqrt, pi
from numpy.polynomial.hermite_e import hermegauss

xg, wg = hermegauss(80)
wg = wg / wg.sum()
g1, g2 = 0.625, 2.0
PHI = {
    'tanh': lambda x: 1 / np.cosh(x) ** 2,
    'erf': lambda x: 2 / sqrt(pi) * np.exp(-x * x),
    'sin': np.cos,
}


def centred_variance(phi, r):
    f = phi(sqrt(r) * xg)
    m0, al, b2 = (wg * f).sum(), (wg * f * xg).sum(), (wg * f * f).sum()
    return b2 - m0 * m0 - al * al


for act, phi in PHI.items():
    de = centred_variance(phi, 1.0)
    edge = de * (1 + sqrt(g1)) ** 2
    for d in (20, 40):
        p = int(g2 * d); n = int(g1 * d * p); N = d * p
        rng = np.random.default_rng(7 + d)
        W = rng.standard_normal((d, p)); a = np.sign(rng.standard_normal(p)); X = rng.standard_normal((n, d))
        Phi = phi(X @ W / sqrt(d)) * a
        K = (X @ X.T / d) * (Phi @ Phi.T / p)
        e = np.sort(np.linalg.eigvalsh(K))[::-1][d:]
        r = np.sum(X * X, 1) / d
        Rt = np.array([ri * centred_variance(phi, ri) for ri in r]) / de
        Z = rng.standard_normal((n, N)); G = de * (Z @ Z.T) / N
        em = np.linalg.eigvalsh(np.sqrt(np.outer(Rt, Rt)) * G)
        ex = np.linalg.eigvalsh(np.sqrt(np.outer(r, r)) * G)
        print(f"{act:4s} d={d:2d} n={n:4d}: above edge: true {np.sum(e > edge):3d} (max/edge {e.max() / edge:.3f}), "
              f"scale mixture {np.sum(em > edge):3d} ({em.max() / edge:.3f}), x-norm only {np.sum(ex > edge):3d} ({ex.max() / edge:.3f})")
