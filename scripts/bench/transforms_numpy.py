#!/usr/bin/env python3
"""Baseline and reference for scripts/bench/transforms.ts.

Reads a JSON job on stdin: {"cases": [{"name", "kind", "x", ...}], "eta": 1e-6}.
For each case it runs
  * the classic approach: a vectorised NumPy fixed-point iteration of the self-consistent equation
    at z = x + i·eta (eta = 1e-6), until the largest change is < 1e-13 or 100000 iterations,
    timed with time.perf_counter;
  * an independent reference: the same equation on the real axis solved with mpmath at 40 digits
    (Newton from the limspec value passed in, branch Im s >= 0), or the closed form where there is one.
Writes {"name": {"numpy": [...densities], "numpy_seconds", "numpy_iterations", "reference": [...]}}.
"""
import json
import sys
import time

import mpmath
import numpy as np

mpmath.mp.dps = 40


def mp_stieltjes_np(z, ratio):
    """Stieltjes transform of mp(ratio) (variance 1) at complex z (numpy), branch Im s > 0."""
    a = (1 - np.sqrt(ratio)) ** 2
    b = (1 + np.sqrt(ratio)) ** 2
    r = np.sqrt(z - a) * np.sqrt(z - b)
    return (1 - ratio - z + r) / (2 * ratio * z)


def fixed_point(update, s0, max_iter=100000, tol=1e-13):
    s = s0
    for it in range(1, max_iter + 1):
        new = update(s)
        if np.max(np.abs(new - s)) < tol * np.max(np.abs(new)):
            return new, it
        s = new
    return s, max_iter


def run_case(case, eta):
    x = np.array(case["x"], dtype=float)
    z = x + 1j * eta
    kind = case["kind"]
    t0 = time.perf_counter()
    if kind == "mp":
        g = case["ratio"]
        # s = 1/(-z + 1/(1 + g s))  (MP equation, companion convention with nu = delta_1)
        s, its = fixed_point(lambda s: 1 / (-z + 1 / (1 + g * s)), -1 / z)
    elif kind == "mpMapAtoms":
        g = case["gamma"]
        t = np.array(case["t"])[:, None]
        w = np.array(case["w"])[:, None]
        s, its = fixed_point(lambda s: 1 / (-z + np.sum(w * t / (1 + g * t * s[None, :]), axis=0)), -1 / z)
    elif kind == "semicircleFreeAddMp":
        v = case["variance"]
        g = case["ratio"]
        # s = s_nu(z + v s) for semicircle(v) ⊞ nu (subordination with a semicircular factor)
        s, its = fixed_point(lambda s: mp_stieltjes_np(z + v * s, g), -1 / z)
    else:
        raise ValueError(kind)
    seconds = time.perf_counter() - t0
    numpy_density = (s.imag / np.pi).tolist()
    reference = [float(v) for v in reference_density(case, case["limspec_s"])]
    return {"numpy": numpy_density, "numpy_seconds": seconds, "numpy_iterations": its, "reference": reference}


def mp_stieltjes_mp(z, ratio):
    ratio = mpmath.mpf(ratio)
    a = (1 - mpmath.sqrt(ratio)) ** 2
    b = (1 + mpmath.sqrt(ratio)) ** 2
    r = mpmath.sqrt(z - a) * mpmath.sqrt(z - b)
    return (1 - ratio - z + r) / (2 * ratio * z)


def reference_density(case, limspec_s):
    kind = case["kind"]
    out = []
    for xi, (sr, si) in zip(case["x"], limspec_s):
        x = mpmath.mpf(xi)
        if kind == "mp":
            g = mpmath.mpf(case["ratio"])
            a = (1 - mpmath.sqrt(g)) ** 2
            b = (1 + mpmath.sqrt(g)) ** 2
            d = mpmath.sqrt((b - x) * (x - a)) / (2 * mpmath.pi * g * x) if a < x < b else mpmath.mpf(0)
            out.append(d)
            continue
        if kind == "mpMapAtoms":
            g = mpmath.mpf(case["gamma"])
            ts = [mpmath.mpf(v) for v in case["t"]]
            ws = [mpmath.mpf(v) for v in case["w"]]
            f = lambda s: s * (-x + sum(wi * ti / (1 + g * ti * s) for ti, wi in zip(ts, ws))) - 1
        else:
            v = mpmath.mpf(case["variance"])
            f = lambda s: s - mp_stieltjes_mp(x + v * s, case["ratio"])
        s0 = mpmath.mpc(sr, si)
        s = mpmath.findroot(f, s0, tol=mpmath.mpf(10) ** -35, maxsteps=200)
        out.append(max(s.imag, 0) / mpmath.pi)
    return out


def main():
    job = json.load(sys.stdin)
    result = {c["name"]: run_case(c, job["eta"]) for c in job["cases"]}
    result["_numpy"] = {"version": np.__version__, "mpmath": mpmath.__version__}
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
