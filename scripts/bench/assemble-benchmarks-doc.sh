#!/usr/bin/env bash
# Rebuilds docs/benchmarks.md from the per-area fragments: docs/benchmarks/summary/<area>.md holds
# that area's rows of the summary table (issue | target | measured | command), and
# docs/benchmarks/<area>.md its full section (command, machine, load and date of each run).
# Areas appear in the order of ORDER below, then any other fragment in alphabetical order, so a
# new area only adds its two files.
set -euo pipefail
cd "$(dirname "$0")/../.."
ORDER=(transforms eigvalsh sim laws measures activations-quadrature compare-plot)
areas=("${ORDER[@]}")
for f in docs/benchmarks/*.md; do
  a=$(basename "$f" .md)
  [[ " ${ORDER[*]} " == *" $a "* ]] || areas+=("$a")
done
{
  cat <<'HEAD'
# Benchmarks

Every figure below comes from a command in this repository; each section names it, with the
machine (2-core AMD EPYC VM, 23 GiB, Node 20.20.2) and the load at the time. The development machine was shared
with other jobs for most of the day: the summary quotes runs on the near-idle machine where
there is one, and the sections keep the loaded runs too.

| issue | target | measured | command |
|---|---|---|---|
HEAD
  for a in "${areas[@]}"; do
    if [ -f "docs/benchmarks/summary/$a.md" ]; then cat "docs/benchmarks/summary/$a.md"; fi
  done
  for a in "${areas[@]}"; do
    [ -f "docs/benchmarks/$a.md" ] || continue
    echo
    sed 's/^# /## /' "docs/benchmarks/$a.md"
  done
} > docs/benchmarks.md
echo "wrote docs/benchmarks.md"
