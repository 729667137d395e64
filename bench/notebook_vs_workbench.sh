#!/usr/bin/env bash
# The seed notebook (../shared/anchors/seed_baseline.py) and this project, side by side, in one
# run, on the same full-size synthetic ml-1m dataset (generated once), with the same LibTorch,
# the same BLAS, each with its default thread count (PyTorch: all cores; this project: 1
# for the fused step, see README) unless --threads sets both. Prints each stage and ratios.
#
#   bash bench/notebook_vs_workbench.sh [--epochs N] [--threads N] [--notebook PATH]
#                                       [--workdir DIR] [--data DIR] [--no-full-run]
# --data: an ml-1m folder to use instead (e.g. ../shared/data/ml-1m, the real MovieLens 1M).
set -euo pipefail
cd "$(dirname "$0")/.."
epochs=2
threads=0  # 0: each side's default
notebook=../shared/anchors/seed_baseline.py
workdir="${TMPDIR:-/tmp}/rw-bench"
full_run=1
data=""
while (($# > 0)); do
  case "$1" in
    --epochs) epochs="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --notebook) notebook="$2"; shift 2 ;;
    --workdir) workdir="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --no-full-run) full_run=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ ! -f "$notebook" ]]; then
  echo "bench: the notebook script is not at $notebook (use --notebook PATH)" >&2
  exit 2
fi

bash packaging/setup-debian.sh --bench
bash packaging/build.sh >/dev/null
mkdir -p "$workdir"
if [[ -z "$data" ]]; then
  data="$workdir/ml-synthetic-full"
fi
if [[ ! -f "$data/ratings.dat" ]]; then
  build/app/ratings-workbench-cli generate --out "$data" --preset full
fi
export OMP_WAIT_POLICY=passive

echo "bench: this project, $epochs epochs per step kind"
build/bench/rw_bench --data "$data" --epochs "$epochs" --threads "$threads" \
  --json "$workdir/workbench.json"

echo "bench: the notebook, $epochs epochs"
/usr/bin/python3 "$notebook" --data "$data" --epochs "$epochs" --device cpu --threads "$threads" \
  --seed 0 --json "$workdir/notebook.json" --ckpt "$workdir/notebook_best.pth" --log-every 0 \
  > "$workdir/notebook.log"

peak=""
if ((full_run)); then
  echo "bench: a full 30-epoch training run of this project (peak memory)"
  rm -rf "$workdir/ws"
  /usr/bin/time -v build/app/ratings-workbench-cli train --data "$data" --workspace "$workdir/ws" \
    --set runtime.threads="$threads" --quiet > "$workdir/full_run.txt" 2> "$workdir/full_run.time"
  peak="$workdir/full_run.time"
fi

/usr/bin/python3 bench/compare.py "$workdir/notebook.json" "$workdir/workbench.json" "$peak" "$workdir/full_run.txt"
