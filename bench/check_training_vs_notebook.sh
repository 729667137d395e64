#!/usr/bin/env bash
# Trains the notebook script (../shared/anchors/seed_baseline.py) and this project's LibTorch
# autograd step with the same torch seed, one thread and the notebook's validation batches,
# on the same data, and prints the per-epoch losses side by side: they agree to the last
# digit when everything — split, factorisation, initialisation, shuffling, dropout, Adam,
# BatchNorm, the plateau scheduler — is reproduced exactly.
#   bash bench/check_training_vs_notebook.sh [--data DIR] [--epochs N] [--seed N]
set -euo pipefail
cd "$(dirname "$0")/.."
data=resources/sample/ml-sample
epochs=3
seed=0
notebook=../shared/anchors/seed_baseline.py
while (($# > 0)); do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --epochs) epochs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --notebook) notebook="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
bash packaging/setup-debian.sh --bench
bash packaging/build.sh >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export OMP_WAIT_POLICY=passive
/usr/bin/python3 "$notebook" --data "$data" --epochs "$epochs" --device cpu --threads 1 --seed "$seed" \
  --json "$work/notebook.json" --ckpt "$work/nb.pth" --log-every 0 > "$work/notebook.log"
build/app/ratings-workbench-cli train --data "$data" --workspace "$work/ws" --quiet --json \
  --set runtime.training_step=autograd --set runtime.threads=1 --set runtime.device=cpu \
  --set training.seed="$seed" --set evaluation.batch_size=512 --set training.max_epochs="$epochs" \
  --set early_stopping.patience="$((epochs + 1))" > "$work/ours.json"
/usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
nb = json.load(open(f"{work}/notebook.json"))
ours = json.load(open(f"{work}/ours.json"))
print("| epoch | notebook train | ours train | notebook validation | ours validation |")
print("| ---: | ---: | ---: | ---: | ---: |")
worst = 0.0
for e, h in enumerate(ours["history"]):
    a, b = nb["train_losses"][e], nb["val_losses"][e]
    worst = max(worst, abs(a - h["train_loss"]), abs(b - h["validation_loss"]))
    print(f"| {e + 1} | {a:.17g} | {h['train_loss']:.17g} | {b:.17g} | {h['validation_loss']:.17g} |")
print(f"\nlargest difference: {worst:.3g}")
m, n = ours["metrics"], nb["metrics"]
for key, other in (("rmse", "rmse"), ("mae", "mae"), ("r2", "r2"), ("precision_at_k", "precision_at_10"), ("ndcg_at_k_notebook", "ndcg_at_10")):
    print(f"test {key}: notebook {n[other]:.6f}, ours {m[key]:.6f}")
PY
