#!/usr/bin/env bash
# Trials per hour of a sweep on this machine, for each way of using its cores, side by side in
# one run: the same random sweep (the same trials: random draws do not depend on results) run
# with two one-thread trainings at once (the default), one one-thread training, and one
# two-thread training, each `rounds` times in turn; prints the median trials per hour, the
# ratio to the default, and the overheads per trial (the sweep machinery: wall time not spent
# in a training's run; and a run's time outside training: load, split, test, save).
#   bash bench/sweep_throughput.sh [data-folder] [trials] [epochs] [rounds]
# Defaults: the bundled sample, 8 trials of 12 epochs, 3 rounds. Full size, e.g.:
#   bash bench/sweep_throughput.sh ../shared/data/ml-1m 4 3 1
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-resources/sample/ml-sample}"
trials="${2:-8}"
epochs="${3:-12}"
rounds="${4:-3}"
cli=build/app/ratings-workbench-cli
[[ -x "$cli" ]] || bash packaging/build.sh >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export OMP_WAIT_POLICY=passive

# mode name, concurrency, threads per training
modes=("2x1 2 1" "1x1 1 1" "1x2 1 2")
for round in $(seq "$rounds"); do
  for mode in "${modes[@]}"; do
    read -r name concurrency threads <<<"$mode"
    cat >"$work/spec.yaml" <<EOF
base:
  training: {max_epochs: $epochs}
  early_stopping: {patience: $epochs}
  runtime: {device: cpu, threads: $threads}
parameters:
  model.user_embedding_dim: {values: [16, 32, 64]}
  training.learning_rate: {range: {low: 0.0003, high: 0.003, scale: log}}
  model.dropout: {range: {low: 0.0, high: 0.5}}
strategy: random
trials: $trials
seed: 7
EOF
    ws="$work/ws-$name-$round"
    start=$(date +%s.%N)
    "$cli" sweep "$work/spec.yaml" --data "$data" --workspace "$ws" \
      --concurrency "$concurrency" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$name $concurrency $start $end $(ls -d "$ws"/sweep-*)" >>"$work/results.txt"
  done
done

python3 - "$work/results.txt" "$trials" "$epochs" "$data" <<'EOF'
import json, statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
trials, epochs, data = int(sys.argv[2]), sys.argv[3], sys.argv[4]
by_mode = {}
for name, concurrency, start, end, folder in rows:
    wall = float(end) - float(start)
    state = json.load(open(folder + "/sweep.json"))
    runs = [r for t in state["trials"] for r in t["runs"]]
    assert len(runs) == trials and all(r["state"] == "completed" for r in runs), folder
    run_seconds = sum(r["seconds"] for r in runs)
    outside_training = statistics.median(r["seconds"] - r["training_seconds"] for r in runs)
    # Wall time the trainings' runs did not fill, per trial (process start included).
    machinery = (wall * int(concurrency) - run_seconds) / trials
    by_mode.setdefault(name, []).append((trials / wall * 3600, machinery, outside_training))
print(f"sweep of {trials} trials x {epochs} epochs on {data}, {len(rows) // len(by_mode)} round(s)")
print(f"{'mode':<34}{'trials/h (median)':>18}{'all rounds':>24}{'vs default':>11}"
      f"{'machinery/trial':>17}{'run outside training':>22}")
labels = {"2x1": "2 trainings at once, 1 thread each", "1x1": "1 training, 1 thread",
          "1x2": "1 training, 2 threads"}
default = statistics.median(v[0] for v in by_mode["2x1"])
for name, values in by_mode.items():
    rate = statistics.median(v[0] for v in values)
    every = ", ".join(f"{v[0]:.0f}" for v in values)
    print(f"{labels[name]:<34}{rate:>18.0f}{every:>24}{rate / default:>10.2f}x"
          f"{statistics.median(v[1] for v in values):>15.3f} s"
          f"{statistics.median(v[2] for v in values):>20.3f} s")
EOF
