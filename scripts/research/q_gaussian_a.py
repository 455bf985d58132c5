"""Open item of docs/design.md §2: law of Q for Gaussian a (a² ~ χ²₁), ReLU (φ = step), δ ≠ 0.

1. Moments of Q against the free-multiplicative candidate law(P) ⊠ law(a²) (P = Q with D = I).
2. Convergence in d of the averaged ESD of Q (the deterministic-equivalent fallback).
3. NTK bulk: mpMap(γ₁, law Q at size d_ref) against eigenvalues of the full kernel matrix.
Run: python3 scripts/research/q_gaussian_a.py   (about a minute on one core)
"""
import numpy as np
from math import erf, sqrt, pi

rng = np.random.default_rng(7)
m0, alpha, beta2 = 0.5, 1 / sqrt(2 * pi), 0.5          # φ = step (ReLU′)
c, delta = alpha ** 2, beta2 - m0 ** 2 - alpha ** 2

def q_eigs(d, p, a2, W):
    V = W * np.sqrt(a2)[None, :]
    B = c * V.T @ V / d + delta * np.diag(a2)
    # Q = (Bᵀ ⊗ I_d) + (c/d) (V ⊗ V)·Π with vec column-major, Π: vec(Y) -> vec(Yᵀ)
    Q = np.kron(B.T, np.eye(d))
    VV = np.kron(V.T, V)            # (Vᵀ ⊗ V) vec(Yᵀ) = vec(V Yᵀ V)  (vec(AXB) = (Bᵀ⊗A)vec X)
    Pi = np.zeros((d * p, d * p))   # vec(Yᵀ) (p×d, col-major) from vec(Y)
    for k in range(d):
        for l in range(p):
            Pi[l + p * k, k + d * l] = 1.0
    Q += (c / d) * VV @ Pi
    return np.linalg.eigvalsh((Q + Q.T) / 2)

def mp_map_stieltjes(gamma, t, w, z, s0=None):
    """companion MP map: Newton on F(s) = s (−z + Σ w t/(1 + γ t s)) − 1 = 0, branch Im s > 0."""
    s = s0 if s0 is not None else -1 / z
    for _ in range(200):
        u = 1 + gamma * t * s
        h = -z + np.sum(w * t / u)
        hp = -np.sum(w * gamma * t * t / u ** 2)
        F = s * h - 1
        s_new = s - F / (h + s * hp)
        if s_new.imag <= 0:
            s_new = complex(s_new.real, abs(s_new.imag) + 1e-12)
        if abs(s_new - s) < 1e-13 * abs(s):
            return s_new
        s = s_new
    return s

def mp_map_density(gamma, t, w, xs, eta=1e-4):
    out = []
    s = None
    for x in xs:
        # continuation from far above the axis down to x + iη
        s = -1 / complex(x, 1.0) if s is None else s
        for y in [1.0, 0.3, 0.1, 0.03, 0.01, 3e-3, 1e-3, eta]:
            s = mp_map_stieltjes(gamma, t, w, complex(x, y), s)
        out.append(s.imag / np.pi)
    return np.array(out)

gamma2 = 1.0
from statistics import NormalDist
print("1) moments: Q (d=p=30, 4 draws) vs free product law(P) ⊠ law(a²)")
d = p = 30
mom_q = np.zeros(4)
mom_p = np.zeros(4)
for rep in range(4):
    W = rng.standard_normal((d, p))
    a2 = np.array([NormalDist().inv_cdf(0.5 + 0.5 * (l + 0.5) / p) ** 2 for l in range(p)])
    ma = np.array([np.mean(a2 ** k) for k in range(4)])
    e = q_eigs(d, p, a2, W)
    mom_q += np.array([np.mean(e ** k) for k in range(4)]) / 4
    e1 = q_eigs(d, p, np.ones(p), W)
    mom_p += np.array([np.mean(e1 ** k) for k in range(4)]) / 4
# free multiplicative convolution moments: m1 = a1 b1, m2 = a2 b1² + a1² b2 − a1² b1²
free_m2 = mom_p[2] * ma[1] ** 2 + mom_p[1] ** 2 * ma[2] - mom_p[1] ** 2 * ma[1] ** 2
print(f"   m1 Q {mom_q[1]:.4f}  free {mom_p[1]*ma[1]:.4f} | m2 Q {mom_q[2]:.4f}  free {free_m2:.4f}")

print("2) convergence in d of s_Q(z), Gaussian a, γ₂ = 1 (averaged ESD, quantile a²)")
from statistics import NormalDist
zs = [0.1 + 0.2j, 0.4 + 0.2j, 1.0 + 0.2j]
res = {}
for d in [12, 18, 24, 32]:
    p = int(round(gamma2 * d))
    reps = max(1, int(round(3000 / (d * p))))
    ev = []
    for rep in range(reps):
        W = rng.standard_normal((d, p))
        a2 = np.array([NormalDist().inv_cdf(0.5 + 0.5 * (l + 0.5) / p) ** 2 for l in range(p)])
        ev.append(q_eigs(d, p, a2, W))
    ev = np.concatenate(ev)
    res[d] = ev
    print(f"   d={d:3d} reps={reps}: " + "  ".join(f"{np.mean(1/(ev-z)):.4f}" for z in zs))

print("3) NTK bulk vs simulation of the full kernel, γ₁ = 1, Gaussian a")
d = p = 24
n = d * p
ev_ref = res[32]
ks = []
eig_all = []
for rep in range(3):
    X = rng.standard_normal((n, d))
    W = rng.standard_normal((d, p))
    a = rng.standard_normal(p)
    Phi = (X @ W / sqrt(d) > 0).astype(float)
    Psi = (X[:, :, None] * (Phi * a[None, :])[:, None, :]).reshape(n, d * p) / sqrt(d * p)
    sv = np.linalg.svd(Psi, compute_uv=False)
    eig_all.append(sv ** 2)
eig = np.sort(np.concatenate(eig_all))
# drop the m0 outliers (about d per trial)
bulk = eig[: len(eig) - 3 * d]
t = ev_ref
w = np.full(len(t), 1 / len(t))
xs = np.linspace(0, bulk.max() * 1.05, 1201)[1:]
dens = mp_map_density(1.0, t, w, xs)
h = xs[1] - xs[0]
cdf = 2 * dens[0] * h + np.concatenate([[0], np.cumsum((dens[1:] + dens[:-1]) / 2) * h])  # ∫₀^h ≈ 2 h f(h) for a 1/√x edge
emp = np.searchsorted(bulk, xs) / len(eig)
print(f"   KS(theory DE d_ref=32, sim n={n}) = {np.max(np.abs(cdf - emp)):.4f}; theory mass {cdf[-1]:.4f}")
# the ±1 comparison (exact structure) as a calibration of the same distance at this size
