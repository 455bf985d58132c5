"""How many eigenvalues of the quadratic-scaling NTK leave the bulk? Count, per trial, the
eigenvalues above the bulk's upper edge (bulk = mpMap(γ₁, law of t), |a| = 1, computed here from
the exact structure of docs/design.md §2 by sampling χ), for φ with m0 ≠ 0 and various Hermite h₂.
Run: python3 scripts/research/outlier_count.py
"""
import numpy as np
from math import sqrt
rng = np.random.default_rng(5)
zq = rng.standard_normal(2_000_000)
acts = {
    'relu(step)': lambda x: (x > 0).astype(float),
    'tanh(sech²)': lambda x: 1 / np.cosh(x) ** 2,
    'sin(cos)': np.cos,
    'gelu′': lambda x: 0.5 * (1 + np.vectorize(__import__('math').erf)(x / sqrt(2))) + x * np.exp(-x * x / 2) / sqrt(2 * np.pi),
}
def upper_edge(g1, t):
    # companion MP map upper edge: max over w > max(t) of x(w) critical point: x(w) = (γ−1)w − w² s(w)
    ws = np.linspace(t.max() * 1.0001, t.max() * 50, 20000)
    s = np.array([np.mean(1 / (t - w)) for w in ws])
    x = (g1 - 1) * ws - ws ** 2 * s
    return x.min()
for name, phi in acts.items():
    f = phi(zq); m0 = f.mean(); al = (zq * f).mean(); b2 = (f * f).mean(); de = b2 - m0 ** 2 - al ** 2
    h2 = (f * (zq ** 2 - 1)).mean() / sqrt(2)
    for (d, p, g1) in [(24, 24, 0.5), (16, 32, 0.5)]:
        n = int(g1 * d * p)
        # population t for |a| = 1: α²(λ_i + λ_k)-structure sampled at size 60
        W0 = rng.standard_normal((60, int(60 * p / d)))
        lam = np.linalg.eigvalsh(W0 @ W0.T / 60)
        iu = np.triu_indices(len(lam))
        S = (lam[:, None] + lam[None, :])[iu]
        dp0 = W0.size
        t = np.concatenate([al ** 2 * S + de, np.full(dp0 - len(S), de)])
        edge = upper_edge(g1, t)
        counts = []
        for rep in range(3):
            X = rng.standard_normal((n, d)); W = rng.standard_normal((d, p)); a = np.sign(rng.standard_normal(p))
            Phi = phi(X @ W / sqrt(d))
            Psi = (X[:, :, None] * (Phi * a[None, :])[:, None, :]).reshape(n, d * p) / sqrt(d * p)
            e = np.linalg.svd(Psi, compute_uv=False) ** 2
            counts.append(int(np.sum(e > edge * 1.05)))
        print(f"{name:12s} m0={m0:.3f} α={al:.3f} h2={h2:+.3f} d={d} p={p} n={n}: bulk edge {edge:.3f}, above: {counts} (d={d}, d+p={d+p})")
