#!/usr/bin/env bash
# Installs Debian's chromium, which test/plot/html-report.test.ts uses to load the HTML report
# headlessly. Idempotent; needs root (or sudo) and the Debian package archive.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium already installed: $(chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium
chromium --version
