#!/usr/bin/env bash
# Runs the test suite under each OpenBLAS kernel family this CPU can execute, and under the
# reference BLAS: float32 GEMM rounding differs in the last bits between kernels, and no test
# may depend on which one a machine picks. Called by packaging/test.sh; needs a built tree.
#   bash packaging/test-blas-kernels.sh [ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen OMP_WAIT_POLICY=passive

flags="$(grep -m1 '^flags' /proc/cpuinfo || true)"
coretypes=(Prescott)                                # SSE3: every x86-64 CPU
if [[ "$flags" == *" avx2"* ]]; then coretypes+=(Haswell Zen); fi
if [[ "$flags" == *" avx512f"* ]]; then coretypes+=(SkylakeX); fi

arch="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)"
reference="/usr/lib/${arch}/blas/libblas.so.3"

status=0
run() {  # run LABEL [ENV=VALUE...]
  local label="$1"; shift
  local start=$SECONDS
  if env "$@" ctest --test-dir build --output-on-failure --timeout 900 "${ctest_args[@]}" > "$log" 2>&1; then
    echo "blas: $label passed ($((SECONDS - start)) s)"
  else
    echo "blas: $label FAILED ($((SECONDS - start)) s)"; cat "$log"; status=1
  fi
}
ctest_args=("$@")
log="$(mktemp)"
libdir="$(mktemp -d)"
trap 'rm -rf "$log" "$libdir"' EXIT

for t in "${coretypes[@]}"; do run "OpenBLAS kernel $t" OPENBLAS_CORETYPE="$t"; done
if [[ -e "$reference" ]]; then
  # The reference BLAS ahead of the selected alternative, for these runs only.
  ln -s "$reference" "$libdir/libblas.so.3"
  run "reference BLAS" LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
else
  echo "blas: the reference BLAS ($reference) is not installed; skipped"
fi
exit $status
