"""Baseline for scripts/bench/measures-stieltjes.ts: scipy.special.wofz throughput (vectorised, per
point) on the same kind of points, and the chi-square(1) Stieltjes transform built on it.
Run: python3 scripts/bench/measures_wofz_scipy.py
"""
import time

import numpy as np
from scipy.special import wofz

N = 200_000
i = np.arange(N)
x = -2 + 8 * (i + 0.37) / N
y = np.where(i % 2 == 0, 0.0, 0.001 + (i % 7) * 0.3)
z = x + 1j * y
wofz(z[:1000])
t0 = time.perf_counter()
w = wofz(z)
t1 = time.perf_counter()
zeta = np.sqrt(z + 0j)
s = 1j * np.sqrt(np.pi / 2) * wofz(zeta / np.sqrt(2)) / zeta
t2 = time.perf_counter()
print(f"| scipy wofz (vectorised) | {1e9 * (t1 - t0) / N:.0f} |")
print(f"| scipy chi-square(1) Stieltjes (vectorised) | {1e9 * (t2 - t1) / N:.0f} |")
