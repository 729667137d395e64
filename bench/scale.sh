#!/usr/bin/env bash
# How each stage's cost grows with the data: synthetic datasets in the CSV releases' layout
# (half stars, no user features) at ml-latest-small's size (100,836 ratings), ml-1m's
# (1,000,209) and ml-25m's (25,000,095 ratings, 162,541 users, 59,047 movies), generated once
# into the work folder. For each: load, filter + prepare, per-user split, one training epoch
# and its validation pass at batch 512 and at batch 4096, the test set's predictions and
# metrics, the peak memory after each stage, and the peak memory and wall time of a whole
# one-epoch `ratings-workbench-cli train` run (load to saved run). Prints a table with the cost
# per rating and its ratio to the smallest size.
#   bash bench/scale.sh [workdir] [sizes]     sizes: any of small,1m,25m (default all three)
set -euo pipefail
cd "$(dirname "$0")/.."
workdir="${1:-${TMPDIR:-/tmp}/rw-scale}"
sizes="${2:-small,1m,25m}"
cli=build/app/ratings-workbench-cli
bench=build/bench/rw_bench
[[ -x "$cli" && -x "$bench" ]] || bash packaging/build.sh >/dev/null
mkdir -p "$workdir"
export OMP_WAIT_POLICY=passive

preset_of() {
  case "$1" in
    small) echo "ml-latest-small" ;;
    1m) echo "full --half-stars" ;;
    25m) echo "ml-25m" ;;
  esac
}

results="$workdir/results"
mkdir -p "$results"
IFS=, read -r -a list <<<"$sizes"
for size in "${list[@]}"; do
  data="$workdir/ml-$size"
  if [[ ! -f "$data/ratings.csv" ]]; then
    # shellcheck disable=SC2046
    /usr/bin/time -f "%e %M" -o "$results/$size.generate" \
      "$cli" generate --out "$data" --layout csv --preset $(preset_of "$size") >&2
  fi
  for batch in 512 4096; do
    echo "== $size, batch $batch" >&2
    "$bench" --data "$data" --epochs 1 --steps fused --batch "$batch" --evaluate yes \
      --json "$results/$size.b$batch.json"
  done
  workspace="$(mktemp -d)"
  /usr/bin/time -f "%e %M" -o "$results/$size.train" \
    "$cli" train --data "$data" --workspace "$workspace" --quiet \
    --set training.max_epochs=1 >/dev/null
  rm -rf "$workspace"
done

python3 - "$results" "$sizes" <<'EOF'
import json, sys, statistics
results, sizes = sys.argv[1], sys.argv[2].split(",")
rows = []
for size in sizes:
    runs = [json.load(open(f"{results}/{size}.b{b}.json")) for b in (512, 4096)]
    r512, r4096 = (r["runs"]["fused"] for r in runs)
    train_s, train_rss = map(float, open(f"{results}/{size}.train").read().split())
    rows.append({
        "size": size,
        "ratings": runs[0]["sizes"]["ratings"],
        "load": statistics.median(r["load_s"] for r in runs),
        "prepare": statistics.median(r["prepare_s"] for r in runs),
        "split": statistics.median(r["split_s"] for r in runs),
        "epoch512": r512["epoch_train_s"][0],
        "val512": r512["epoch_validation_s"][0],
        "epoch4096": r4096["epoch_train_s"][0],
        "val4096": r4096["epoch_validation_s"][0],
        "predict": statistics.median(r["runs"]["fused"]["test_predict_s"] for r in runs),
        "metrics": statistics.median(r["runs"]["fused"]["test_metrics_s"] for r in runs),
        "rss_load": runs[0]["peak_rss_after_load_mib"],
        "rss_split": runs[0]["peak_rss_after_split_mib"],
        "rss_bench": max(r["runs"]["fused"]["peak_rss_after_mib"] for r in runs),
        "train_run_s": train_s,
        "train_run_rss": train_rss / 1024.0,
    })
stages = [("load", "load (read, parse, validate)"), ("prepare", "filter + prepare"),
          ("split", "per-user split"), ("epoch512", "epoch, batch 512"),
          ("val512", "validation pass (batch 512 run)"), ("epoch4096", "epoch, batch 4096"),
          ("val4096", "validation pass (batch 4096 run)"), ("predict", "test predictions"),
          ("metrics", "test metrics"), ("train_run_s", "whole 1-epoch CLI run")]
base = rows[0]
print("| stage | " + " | ".join(f"{r['size']} ({r['ratings']:,} ratings)" for r in rows) +
      " | ns per rating | ratio per rating, largest / smallest |")
print("|---" * (len(rows) + 3) + "|")
for key, name in stages:
    cells = [f"{r[key]:.3f} s" for r in rows]
    per = [r[key] / r["ratings"] * 1e9 for r in rows]
    print(f"| {name} | " + " | ".join(cells) + " | " + " / ".join(f"{p:.0f}" for p in per) +
          f" | {per[-1] / per[0]:.2f} |")
for key, name in [("rss_load", "peak memory after load"), ("rss_split", "peak memory after split"),
                  ("rss_bench", "peak memory, epochs + test"),
                  ("train_run_rss", "peak memory, whole CLI run")]:
    cells = [f"{r[key]:,.0f} MiB" for r in rows]
    per = [r[key] * 1048576 / r["ratings"] for r in rows]
    print(f"| {name} | " + " | ".join(cells) + " | " + " / ".join(f"{p:.0f} B" for p in per) +
          f" | {per[-1] / per[0]:.2f} |")
pipeline = [r["load"] + r["prepare"] + r["split"] for r in rows]
print("\nload + filter + split: " + ", ".join(f"{r['size']} {p:.2f} s" for r, p in zip(rows, pipeline)))
EOF
