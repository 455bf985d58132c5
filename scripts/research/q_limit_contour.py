"""The d → ∞ limit formula of docs/math/ntk-quadratic.md §3, evaluated by contour integrals, against
the exact finite-size identity at d = p = 400 (two-point a² = {0.5, 1.5}, φ = step, γ₂ = 1):

  s_Q(z) = ∫ dν(t)/(δt − z) − (1/(2γ₂)) ∂_z ∬ log(1 + c(ϑ + ϑ′)) dρ_z(ϑ) dρ_z(ϑ′),

ρ_z the limiting spectral distribution of Γ(z) = (1/d) W diag(τ(z)) Wᵀ, τ = a²/(δa² − z), known
through m(ζ) = ∫ dρ_z/(ϑ − ζ), m = 1/(−ζ + γ₂ ∫ τ/(1 + τ m) dν). The double integral is
(1/(2πi))² ∮∮ log(1 + c(ζ + ζ′)) m(ζ) m(ζ′) dζ dζ′ on an ellipse around the (complex) support of ρ_z,
located from the eigenvalues of Γ(z) at d = 400; ∂_z by a central difference (h = 1e-4).
Run: python3 scripts/research/q_limit_contour.py
"""
import numpy as np
from math import pi
exec(open(__file__.replace('q_limit_contour.py', 'q_identity.py')).read().split('rng = np.random.default_rng(1)')[0])

c, delta, g2 = 1 / (2 * pi), 0.25 - 1 / (2 * pi), 1.0
a2_atoms, a2_w = np.array([0.5, 1.5]), np.array([0.5, 0.5])

def m_of(zeta, tau, m0):
    m = m0
    for _ in range(200):
        u = 1 + tau * m
        f = m * (-zeta + g2 * np.sum(a2_w * tau / u)) - 1
        df = (-zeta + g2 * np.sum(a2_w * tau / u)) + m * g2 * np.sum(-a2_w * tau * tau / u ** 2)
        step = f / df
        m = m - step
        if abs(step) < 1e-15 * abs(m):
            break
    return m

def F(z, center, axis, a, b, N=600):
    tau = a2_atoms / (delta * a2_atoms - z)
    t = 2 * pi * (np.arange(N) + 0.5) / N
    zeta = center + axis * (a * np.cos(t) + 1j * b * np.sin(t))
    dzeta = axis * (-a * np.sin(t) + 1j * b * np.cos(t)) * (2 * pi / N)
    # m on the contour: continue from far away along a ray to each point (branch from infinity)
    m = np.empty(N, complex)
    for k in range(N):
        mm = -1 / (zeta[k] * 50)
        for r in [50, 20, 8, 4, 2, 1.5, 1.2, 1.0]:
            zz = center + (zeta[k] - center) * r
            mm = m_of(zz, tau, mm if r < 50 else -1 / zz)
        m[k] = mm
    S = zeta[:, None] + zeta[None, :]
    L = np.log(1 + c * S)
    return np.sum(L * (m * dzeta)[:, None] * (m * dzeta)[None, :]) / (2j * pi) ** 2

rng = np.random.default_rng(3)
d = p = 400
a2 = np.array([0.5 if l % 2 == 0 else 1.5 for l in range(p)])
for z in [0.4 + 0.2j, 1.0 + 0.2j, 0.1 + 0.2j, 0.4 + 0.05j, 0.4 + 0.02j]:
    W = rng.standard_normal((d, p))
    tau = a2 / (delta * a2 - z)
    th = np.linalg.eigvals((W * tau) @ W.T / d)
    # ellipse around the eigenvalues: principal direction from 0 to the farthest eigenvalue
    far = th[np.argmax(abs(th))]
    axis = far / abs(far)
    rot = th / axis
    lo, hi = rot.real.min(), rot.real.max()
    width = max(abs(rot.imag).max(), 1e-3)
    center = axis * (lo + hi) / 2
    a_ = (hi - lo) / 2 + 0.6
    b_ = width + 0.6
    h = 1e-4
    dF = (F(z + h, center, axis, a_, b_) - F(z - h, center, axis, a_, b_)) / (2 * h)
    s_lim = np.sum(a2_w / (delta * a2_atoms - z)) - dF / (2 * g2)
    s_fin = identity_side(W, a2, c, delta, z)
    print(f"z = {z}: limit formula {s_lim:.5f}   identity at d = 400 {s_fin:.5f}   |diff| {abs(s_lim - s_fin):.2e}")
