#!/usr/bin/env bash
# Builds wasm/limspec_linalg.wasm from wasm/src/*.c with Debian's clang/lld (wasm32, freestanding,
# SIMD128 + threads: atomics and an imported shared memory of 2 MiB initial / 4 GiB maximum;
# no libc: the JavaScript wrapper owns the memory). Deterministic: fixed file order, no debug
# info, no build paths in the output.
# Usage: bash wasm/build.sh [output.wasm]   (default: wasm/limspec_linalg.wasm)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/limspec_linalg.wasm}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
CC="${CC:-clang}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$here/src"
mapfile -t sources < <(LC_ALL=C ls -- *.c | LC_ALL=C sort)
"$CC" --target=wasm32 -O3 -msimd128 -mbulk-memory -matomics -mmutable-globals -mnontrapping-fptoint -msign-ext \
  -ffreestanding -nostdlib -fno-ident -ffile-prefix-map="$here"=. \
  -Wall -Wextra -Werror -Wno-unused-parameter \
  -Wl,--no-entry -Wl,--export=__heap_base -Wl,--export=__stack_pointer \
  -Wl,--shared-memory -Wl,--import-memory \
  -Wl,--initial-memory=2097152 -Wl,--max-memory=4294967296 -Wl,--stack-first -Wl,-z,stack-size=262144 \
  -Wl,--strip-all \
  -o "$tmp/out.wasm" "${sources[@]}"
cp "$tmp/out.wasm" "$out"
echo "built $out ($(wc -c <"$out") bytes)"
