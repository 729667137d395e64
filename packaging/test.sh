#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (headless: Qt's offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh --test
bash packaging/check-format.sh
bash packaging/check-workflows.sh
bash packaging/build.sh
export QT_QPA_PLATFORM=offscreen OMP_WAIT_POLICY=passive
# Once in the C locale, then under two decimal-comma locales: every file format must read and
# write the same text whatever the user's locale.
for loc in C.UTF-8 de_DE.UTF-8 es_ES.UTF-8; do
  if ! locale -a | grep -qix "${loc/UTF-8/utf8}"; then
    echo "test: the locale $loc is missing (packaging/setup-debian.sh generates it)" >&2
    exit 1
  fi
  # The Slurm round trip (label slurm: starting daemons, not numbers or text) runs once.
  only_once=()
  [[ "$loc" == C.UTF-8 ]] || only_once=(-LE slurm)
  echo "test: the whole suite under LC_ALL=$loc ${only_once[*]}"
  LC_ALL="$loc" LANG="$loc" ctest --test-dir build --output-on-failure --timeout 900 "${only_once[@]}"
done
# And under each OpenBLAS kernel the CPU can run, and the reference BLAS.
bash packaging/test-blas-kernels.sh -LE slurm
# The Debian package: built, installed into an empty root, run from there, uninstalled.
bash packaging/check-package.sh
