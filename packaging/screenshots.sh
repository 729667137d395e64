#!/usr/bin/env bash
# Takes the README's screenshots: the real window, driven through the whole flow on the
# bundled sample (load, experiment, 30 training epochs, results, a user's top-10, runs),
# under Xvfb when there is no display. Writes docs-free PNGs into resources/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
bash packaging/build.sh >/dev/null
out="${1:-resources/screenshots}"
workspace="$(mktemp -d)"
trap 'rm -rf "$workspace"' EXIT
export OMP_WAIT_POLICY=passive
run=(build/app/ratings-workbench --language en --workspace "$workspace" --screenshots "$workspace/shots"
     --screenshot-epochs 30 resources/sample/ml-sample)
if [[ -n "${DISPLAY:-}" ]]; then "${run[@]}"; else xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"; fi
mkdir -p "$out"
cp "$workspace"/shots/*.png "$out/"
echo "screenshots in $out"
