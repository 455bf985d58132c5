#!/usr/bin/env bash
# CI check of the committed WebAssembly module: installs Debian's clang/lld toolchain if missing
# (non-interactive, needs root), rebuilds wasm/limspec_linalg.wasm from wasm/src into a temporary
# file and fails if it differs byte-for-byte from the committed one.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v clang >/dev/null 2>&1 || ! command -v wasm-ld >/dev/null 2>&1; then
  echo "wasm/ci-check.sh: installing clang, lld, wasi-libc, libclang-rt-14-dev-wasm32" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq clang lld wasi-libc libclang-rt-14-dev-wasm32 >/dev/null
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bash "$here/build.sh" "$tmp/rebuilt.wasm" >/dev/null
if ! cmp -s "$tmp/rebuilt.wasm" "$here/limspec_linalg.wasm"; then
  echo "wasm/ci-check.sh: rebuilt module differs from the committed wasm/limspec_linalg.wasm" >&2
  echo "  committed: $(sha256sum <"$here/limspec_linalg.wasm")" >&2
  echo "  rebuilt:   $(sha256sum <"$tmp/rebuilt.wasm")" >&2
  echo "  run 'npm run build:wasm' and commit the result" >&2
  exit 1
fi
echo "wasm/ci-check.sh: wasm/limspec_linalg.wasm matches a fresh build ($(clang --version | head -n 1))"
