#!/usr/bin/env bash
# Configures and builds into build/ (Release). Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
if command -v ninja >/dev/null; then generator=(-G Ninja); fi
if [[ ! -f build/CMakeCache.txt ]]; then
  cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
elif (($# > 0)); then
  cmake -S . -B build "$@" >/dev/null
fi
# Each LibTorch translation unit needs ~1.2 GB to compile: cap parallel jobs by memory.
jobs=$(nproc)
mem_gb=$(awk '/MemAvailable/ {print int($2 / 1048576)}' /proc/meminfo)
if ((mem_gb / 2 < jobs)); then jobs=$((mem_gb / 2 > 0 ? mem_gb / 2 : 1)); fi
cmake --build build --parallel "$jobs"
