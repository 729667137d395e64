#!/usr/bin/env bash
# Validates the CI workflow files (.github/workflows) against GitHub's workflow schema with
# action-validator (npm package @action-validator/cli, pinned below; npm comes from Debian's
# npm package, see setup-debian.sh --test), and checks that the validator does reject a broken
# copy, so that a validator that accepts anything cannot pass.
set -euo pipefail
cd "$(dirname "$0")/.."
version=0.6.0
tools="build/tools"
validator="$tools/node_modules/.bin/action-validator"
if [[ ! -x "$validator" ]] || ! grep -q "\"version\": \"$version\"" \
  "$tools/node_modules/@action-validator/cli/package.json" 2>/dev/null; then
  echo "workflows: installing @action-validator/cli@$version into $tools"
  mkdir -p "$tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" "@action-validator/cli@$version" >/dev/null
fi
shopt -s nullglob
files=(.github/workflows/*.yml .github/workflows/*.yaml)
((${#files[@]} > 0)) || { echo "workflows: none found" >&2; exit 1; }
for f in "${files[@]}"; do
  "$validator" "$f" || { echo "workflows: $f is not a valid workflow" >&2; exit 1; }
  echo "workflows: $f is valid"
done
broken="$(mktemp --suffix=.yml)"
trap 'rm -f "$broken"' EXIT
sed '0,/runs-on:/s//runs_on:/' "${files[0]}" >"$broken"
if "$validator" "$broken" >/dev/null 2>&1; then
  echo "workflows: the validator accepted a job without runs-on" >&2
  exit 1
fi
