"""Check the exact finite-size identity for the population operator Q of docs/design.md §2.

Q(Y) = Y (c VᵀV/d + δ D²) + (c/d) V Yᵀ V on R^{d×p}, V = W D, c = α².
Claim (Woodbury + Lyapunov structure, docs/math/ntk-quadratic.md §3):
  (1/dp) Tr (Q − z)⁻¹ = (1/p) Σ_l 1/(δ a_l² − z)
                        − (1/dp) Σ_{i≤k} (ϑ_i′ + ϑ_k′) / (1/c + ϑ_i + ϑ_k)
where ϑ_i(z) are the eigenvalues of Γ(z) = (1/d) W diag(a_l²/(δ a_l² − z)) Wᵀ (complex symmetric)
and ϑ_i′ = u_iᵀ Γ′(z) u_i with uᵀu = 1 (Γ′ = (1/d) W diag(a_l²/(δa_l² − z)²) Wᵀ).
Run: python3 scripts/research/q_identity.py
"""
import numpy as np

def q_matrix(W, a2, c, delta):
    d, p = W.shape
    V = W * np.sqrt(a2)[None, :]
    B = c * V.T @ V / d + delta * np.diag(a2)
    # vec(Y) column-major index k + d*l ; Q = (Bᵀ ⊗ I_d) + (c/d)(V ⊗ V)·Π
    # column by column: Q e_(m,n) = vec(E_mn B + (c/d) V E_mnᵀ V)
    Q2 = np.zeros((d * p, d * p))
    for m in range(d):
        for n in range(p):
            Y = np.zeros((d, p)); Y[m, n] = 1.0
            QY = Y @ B + (c / d) * V @ Y.T @ V
            Q2[:, m + d * n] = QY.reshape(-1, order='F')
    return Q2

def identity_side(W, a2, c, delta, z):
    d, p = W.shape
    tau = a2 / (delta * a2 - z)
    G = (W * tau) @ W.T / d
    Gp = (W * (tau / (delta * a2 - z))) @ W.T / d
    th, U = np.linalg.eig(G)
    nrm = np.sqrt(np.sum(U * U, axis=0))  # complex-orthogonal normalisation uᵀu = 1
    U = U / nrm
    thp = np.einsum('ki,kl,li->i', U, Gp, U)
    S = th[:, None] + th[None, :]
    Sp = thp[:, None] + thp[None, :]
    iu = np.triu_indices(d)
    corr = np.sum(Sp[iu] / (1.0 / c + S[iu]))
    return np.mean(1.0 / (delta * a2 - z)) - corr / (d * p)

rng = np.random.default_rng(1)
for (d, p) in [(8, 6), (7, 12), (10, 10)]:
    W = rng.standard_normal((d, p))
    a2 = rng.standard_normal(p) ** 2
    c, delta = 0.35, 0.6
    Q = q_matrix(W, a2, c, delta)
    assert np.allclose(Q, Q.T)
    ev = np.linalg.eigvalsh(Q)
    for z in [0.7 + 0.3j, 2.0 + 0.05j, -0.4 + 1.0j]:
        lhs = np.mean(1.0 / (ev - z))
        rhs = identity_side(W, a2, c, delta, z)
        print(f"d={d} p={p} z={z}: direct {lhs:.12f}  identity {rhs:.12f}  |diff| {abs(lhs-rhs):.2e}")
