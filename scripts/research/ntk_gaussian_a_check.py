"""NTK bulk for Gaussian a (ReLU, φ = step): simulated kernel eigenvalues against
mpMap(γ₁, law of Q), compared through Stieltjes transforms at a few points of C⁺ (no grid issues).
law of Q taken (i) from the same W, a as the simulation, (ii) from the deterministic equivalent
(averaged ESD of Q at d_ref with quantile-discretised a²).
Run: python3 scripts/research/ntk_gaussian_a_check.py
"""
import numpy as np
from math import sqrt
from statistics import NormalDist
src = open(__file__.replace('ntk_gaussian_a_check.py', 'q_gaussian_a.py')).read()
exec(src[:src.index('gamma2 = 1.0')])

def mp_map_fp(gamma, t, z, iters=4000):
    s = -1 / z
    for _ in range(iters):
        f = 1 / (-z + np.mean(t / (1 + gamma * t * s)))
        s = 0.5 * s + 0.5 * f
    return s

rng = np.random.default_rng(11)
zs = np.array([0.05 + 0.05j, 0.2 + 0.1j, 0.6 + 0.1j, 1.5 + 0.2j])
for (d, p, g1) in [(20, 20, 1.0), (16, 32, 0.5)]:
    n = int(g1 * d * p)
    eig, tl = [], []
    for rep in range(3):
        X = rng.standard_normal((n, d)); W = rng.standard_normal((d, p)); a = rng.standard_normal(p)
        Phi = (X @ W / sqrt(d) > 0).astype(float)
        Psi = (X[:, :, None] * (Phi * a[None, :])[:, None, :]).reshape(n, d * p) / sqrt(d * p)
        e = np.linalg.svd(Psi, compute_uv=False) ** 2
        e = np.concatenate([e, np.zeros(max(0, n - d * p))])
        eig.append(np.sort(e)[: n - d])          # drop the d outliers of the m0 part
        tl.append(q_eigs(d, p, a ** 2, W))
    eig = np.concatenate(eig); t_same = np.concatenate(tl)
    dr, pr = 28, int(round(28 * p / d))
    tr = []
    for rep in range(2):
        W = rng.standard_normal((dr, pr))
        a2 = np.array([NormalDist().inv_cdf(0.5 + 0.5 * (l + 0.5) / pr) ** 2 for l in range(pr)])
        tr.append(q_eigs(dr, pr, a2, W))
    t_ref = np.concatenate(tr)
    print(f"d={d} p={p} γ₁={g1}")
    for z in zs:
        s_sim = np.mean(1 / (eig - z)) * (n - d) / n
        print(f"  z={z}: sim {s_sim:.4f}  same-W theory {mp_map_fp(g1, t_same, z):.4f}  DE theory {mp_map_fp(g1, t_ref, z):.4f}")
