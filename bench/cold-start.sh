#!/usr/bin/env bash
# Cold start of `./upright extract` on the sample compilation: a new JVM each run, median of N runs.
# Usage: bench/cold-start.sh [N]   (run from the repository root; builds the jar first if needed)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-10}"
./upright extract samples/A_HRC_WG.6_7_KAZ_2.txt >/dev/null   # build the jar and the class-data archive
times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  ./upright extract samples/A_HRC_WG.6_7_KAZ_2.txt >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold ./upright extract, $runs runs: median ${sorted[$((runs / 2))]} ms, min ${sorted[0]} ms, max ${sorted[$((runs - 1))]} ms"
