#!/usr/bin/env bash
# The main job: installs what is missing, builds, and opens the workbench on the bundled
# sample dataset. Without a display it trains headless on the sample and prints the metrics.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
bash packaging/build.sh
# OpenMP threads sleep instead of spinning while waiting: keeps the window responsive while
# training shares the cores with the GUI.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"
sample="resources/sample/ml-sample"
if [[ -x build/app/ratings-workbench && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
  exec build/app/ratings-workbench "$sample" "$@"
fi
echo "run: no display (or no GUI build): training headless on the bundled sample instead"
exec build/app/ratings-workbench-cli train --data "$sample" --workspace workspace "$@"
