#!/usr/bin/env bash
# The window's responsiveness while it trains on full-size data on the CPU: runs the real
# workbench under Xvfb on the full synthetic ml-1m (generated once), trains with the
# notebook's settings for N epochs (default 30) and prints the longest pause of the GUI
# event loop during training (measured by a 5 ms timer; target < 50 ms).
#   bash bench/gui_responsiveness.sh [epochs] [workdir]
set -euo pipefail
cd "$(dirname "$0")/.."
epochs="${1:-30}"
workdir="${2:-${TMPDIR:-/tmp}/rw-bench}"
bash packaging/setup-debian.sh
bash packaging/build.sh >/dev/null
data="$workdir/ml-synthetic-full"
[[ -f "$data/ratings.dat" ]] || build/app/ratings-workbench-cli generate --out "$data" --preset full
workspace="$(mktemp -d)"
trap 'rm -rf "$workspace"' EXIT
export OMP_WAIT_POLICY=passive
xvfb-run -a -s "-screen 0 1600x1000x24" build/app/ratings-workbench --language en --workspace "$workspace" \
  --measure-responsiveness --screenshot-epochs "$epochs" "$data" 2>/dev/null
