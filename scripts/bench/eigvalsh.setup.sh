#!/usr/bin/env bash
# Installs the baseline of scripts/bench/eigvalsh.ts: Debian's NumPy on OpenBLAS (pthreads build).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq python3-numpy libopenblas0-pthread
