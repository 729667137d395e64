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
# Every page in both languages at a large and at the smallest supported window size: the
# English 1600x1000 set is the README's (resources/screenshots/*.png), the others go into
# resources/screenshots/<language>-<size>/.
for language in en es; do
  for size in 1600x1000 1024x700; do
    shots="$workspace/shots-$language-$size"
    run=(build/app/ratings-workbench --language "$language" --window-size "$size"
         --workspace "$workspace/ws-$language-$size" --screenshots "$shots"
         --screenshot-epochs 30 --screenshot-sweep-trials 6 resources/sample/ml-sample)
    if [[ -n "${DISPLAY:-}" ]]; then "${run[@]}"; else xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"; fi
    if [[ "$language-$size" == en-1600x1000 ]]; then target="$out"; else target="$out/$language-$size"; fi
    mkdir -p "$target"
    cp "$shots"/*.png "$target/"
  done
done
echo "screenshots in $out"
