"""NumPy side of scripts/bench/eigvalsh.ts: time numpy.linalg.eigvalsh on a float64 matrix file.

Usage: python3 eigvalsh.numpy.py <matrix.bin> <n> <repetitions>
Prints one JSON line: times (s), peak RSS before/after (bytes), numpy version, the BLAS/LAPACK
shared objects actually loaded (from /proc/self/maps) and OpenBLAS's thread count.
"""
import ctypes
import json
import os
import resource
import sys
import time

import numpy as np


def loaded_blas():
    libs = set()
    with open("/proc/self/maps") as f:
        for line in f:
            path = line.split()[-1] if len(line.split()) >= 6 else ""
            base = os.path.basename(path)
            if any(k in base for k in ("blas", "lapack", "openblas", "mkl", "blis")):
                libs.add(os.path.realpath(path))
    return sorted(libs)


def openblas_threads(libs):
    for lib in libs:
        try:
            handle = ctypes.CDLL(lib)
        except OSError:
            continue
        for name in ("openblas_get_num_threads", "openblas_get_num_threads64_", "scipy_openblas_get_num_threads64_"):
            fn = getattr(handle, name, None)
            if fn is not None:
                config = getattr(handle, name.replace("get_num_threads", "get_config"), None)
                text = None
                if config is not None:
                    config.restype = ctypes.c_char_p
                    text = config().decode()
                return fn(), text
    return None, None


def peak_rss():
    """VmHWM of this process image (getrusage's maxrss would include the parent's, kept across exec)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main():
    path, n, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    np.linalg.eigvalsh(np.eye(4))  # load LAPACK before measuring
    before = peak_rss()
    a = np.fromfile(path, dtype=np.float64).reshape(n, n)
    loaded = peak_rss()
    times = []
    w = None
    for _ in range(reps):
        t0 = time.perf_counter()
        w = np.linalg.eigvalsh(a)
        times.append(time.perf_counter() - t0)
    libs = loaded_blas()
    threads, config = openblas_threads(libs)
    print(json.dumps({
        "times": times, "rssBeforeMatrix": before, "rssWithMatrix": loaded, "peakRss": peak_rss(),
        "numpy": np.__version__, "python": sys.executable, "blasLibraries": libs,
        "openblasThreads": threads, "openblasConfig": config,
        "min": float(w[0]), "max": float(w[-1]), "sum": float(w.sum()),
    }))


if __name__ == "__main__":
    main()
