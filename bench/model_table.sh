#!/usr/bin/env bash
# Every model kind on one dataset and split, trained and tested with the same split, metrics
# and run folders; prints a Markdown table (test RMSE/MAE in stars, R², Precision@10,
# NDCG@10, epochs, training seconds). For the README's model table, on the real MovieLens 1M:
#   bash bench/model_table.sh ../shared/data/ml-1m 42      # the notebook's split
#   bash bench/model_table.sh ../shared/data/ml-1m 7       # another split seed
# Extra arguments are --set options for every run (e.g. --set training.max_epochs=5).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-resources/sample/ml-sample}"
seed="${2:-42}"
shift $(( $# < 2 ? $# : 2 ))
cli=build/app/ratings-workbench-cli
[[ -x "$cli" ]] || bash packaging/build.sh >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export OMP_WAIT_POLICY=passive
kinds=(global_mean biases biased_mf neumf autorec ensemble)
for kind in "${kinds[@]}"; do
  "$cli" train --data "$data" --workspace "$work/ws" --name "$kind" --json \
    --set model.kind="$kind" --set split.seed="$seed" "$@" >"$work/$kind.json"
done
python3 - "$work" "$data" "$seed" "${kinds[@]}" <<'PY'
import json, sys
work, data, seed, kinds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
print(f"{data}, split.seed {seed}\n")
print("| model.kind | test RMSE (stars) | MAE (stars) | R² | Precision@10 | NDCG@10 | epochs (best) | training s |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for kind in kinds:
    result = json.load(open(f"{work}/{kind}.json"))
    m = result["metrics"]
    run = json.load(open(f"{work}/ws/{kind}/run.json"))
    print(f"| {kind} | {m['rmse_stars']:.4f} | {m['mae_stars']:.4f} | {m['r2']:.4f} | "
          f"{m['precision_at_k']:.4f} | {m['ndcg_at_k']:.4f} | {run['epochs']} ({run['best_epoch']}) | "
          f"{run['training_seconds']:.0f} |")
PY
