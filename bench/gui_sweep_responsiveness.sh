#!/usr/bin/env bash
# The window's responsiveness while a sweep runs on the Sweeps page: runs the real workbench
# under Xvfb, trains nothing, runs a small TPE sweep (the learning rate on a log range and the
# dropout from a list, median pruning) with the page's live table and plots, and prints the
# longest pause of the GUI event loop while it ran (measured by a 5 ms timer, as
# bench/gui_responsiveness.sh; target < 50 ms). The bundled sample by default: its short epochs
# send the most updates per second; give a data folder (e.g. the full synthetic ml-1m of
# gui_responsiveness.sh) for long epochs.
#   bash bench/gui_sweep_responsiveness.sh [trials] [epochs] [concurrency] [data folder]
set -euo pipefail
cd "$(dirname "$0")/.."
trials="${1:-12}"
epochs="${2:-4}"
concurrency="${3:-0}"  # 0: the page's default (core::sweep::defaultConcurrency)
data="${4:-resources/sample/ml-sample}"
bash packaging/setup-debian.sh
bash packaging/build.sh >/dev/null
workspace="$(mktemp -d)"
trap 'rm -rf "$workspace"' EXIT
export OMP_WAIT_POLICY=passive
xvfb-run -a -s "-screen 0 1600x1000x24" build/app/ratings-workbench --language en \
  --workspace "$workspace" --measure-responsiveness --screenshot-epochs 0 \
  --screenshot-sweep-trials "$trials" --screenshot-sweep-epochs "$epochs" \
  --screenshot-sweep-concurrency "$concurrency" "$data" 2>/dev/null
