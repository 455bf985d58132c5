"""s_Q(z) at large d through the exact identity of docs/math/ntk-quadratic.md §3 (cost O(d³) instead
of O((dp)³)), to show how the law of Q converges in d for a non-constant a² and δ ≠ 0:
a² two-point {0.5, 1.5} (quantile design) and a² = χ²₁ quantiles, c = α², δ of φ = step (ReLU′),
γ₂ = 1. Also prints the finite-size deterministic equivalent sizes used by the library (d = 24, 40).
Run: python3 scripts/research/q_identity_large_d.py   (about a minute)
"""
import numpy as np
from math import sqrt, pi
from statistics import NormalDist
exec(open(__file__.replace('q_identity_large_d.py', 'q_identity.py')).read().split('rng = np.random.default_rng(1)')[0])

c, delta = 1 / (2 * pi), 0.25 - 1 / (2 * pi)
zs = [0.1 + 0.2j, 0.4 + 0.2j, 1.0 + 0.2j]
designs = {
    'two-point': lambda p: np.array([0.5 if l % 2 == 0 else 1.5 for l in range(p)]),
    'chi2_1 quantiles': lambda p: np.array([NormalDist().inv_cdf(0.5 + 0.5 * (l + 0.5) / p) ** 2 for l in range(p)]),
}
rng = np.random.default_rng(2026)
for name, a2f in designs.items():
    print(name)
    for d in [24, 40, 100, 200, 400]:
        p = d
        a2 = a2f(p)
        reps = 3 if d <= 100 else 1
        vals = np.zeros(len(zs), complex)
        for r in range(reps):
            W = rng.standard_normal((d, p))
            vals += np.array([identity_side(W, a2, c, delta, z) for z in zs]) / reps
        print(f"  d = p = {d:4d}: " + "  ".join(f"{v.real:+.4f}{v.imag:+.4f}i" for v in vals))
