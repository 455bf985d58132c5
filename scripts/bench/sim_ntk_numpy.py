"""NumPy (OpenBLAS) baseline for scripts/bench/sim-ntk.ts: the ntkHadamard model
K = (1/d) X Xᵀ ⊙ (1/p) φ(XW/√d) D² φ(XW/√d)ᵀ, relu (φ = step), Rademacher a,
timed per phase like limspec's simulate(). Prints one JSON object per repetition.

Usage: python3 scripts/bench/sim_ntk_numpy.py N D P REPEATS [SEED]
"""
import json
import sys
import time

import numpy as np


def run(n, d, p, seed):
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, d))
    w = rng.standard_normal((d, p))
    a = rng.choice([-1.0, 1.0], size=p)
    t1 = time.perf_counter()
    y = (x @ w > 0).astype(float) * a
    k = (x @ x.T / d) * (y @ y.T / p)
    t2 = time.perf_counter()
    ev = np.linalg.eigvalsh(k)
    t3 = time.perf_counter()
    return {"random": (t1 - t0) * 1e3, "formation": (t2 - t1) * 1e3, "eigenvalues": (t3 - t2) * 1e3,
            "total": (t3 - t0) * 1e3, "top": float(ev[-1]), "mean": float(ev.mean())}


def main():
    n, d, p, reps = (int(v) for v in sys.argv[1:5])
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1000
    for r in range(reps):
        print(json.dumps(run(n, d, p, seed + r)), flush=True)


if __name__ == "__main__":
    main()
