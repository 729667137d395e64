#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (headless: Qt's offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
bash packaging/build.sh
export QT_QPA_PLATFORM=offscreen OMP_WAIT_POLICY=passive
ctest --test-dir build --output-on-failure --timeout 900
