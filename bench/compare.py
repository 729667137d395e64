#!/usr/bin/env python3
"""Prints the side-by-side table of bench/notebook_vs_workbench.sh (Markdown)."""
import json
import os
import re
import statistics
import sys

notebook = json.load(open(sys.argv[1]))
ours = json.load(open(sys.argv[2]))
full_time = sys.argv[3] if len(sys.argv) > 3 else ""
full_out = sys.argv[4] if len(sys.argv) > 4 else ""

t = notebook["timings_s"]
nb_pipeline = sum(t[k] for k in ("load_preprocess", "merge", "factorize", "multi_hot", "split", "dataset_build"))
nb_epochs = [e["train_s"] for e in notebook["epochs"]]
nb_val = [e["val_s"] for e in notebook["epochs"]]
fused = ours["runs"]["fused"]
rows = [
    ("load + filter + merge + split (s)", nb_pipeline, ours["pipeline_s"]),
    ("one training epoch, batch 512 (median s)", statistics.median(nb_epochs), statistics.median(fused["epoch_train_s"])),
    ("validation pass (median s)", statistics.median(nb_val), statistics.median(fused["epoch_validation_s"])),
]
if "autograd" in ours["runs"]:
    rows.append(("one epoch, plain LibTorch autograd step (median s)", statistics.median(nb_epochs),
                 statistics.median(ours["runs"]["autograd"]["epoch_train_s"])))

print(f"\nSame data: {ours['sizes']['ratings']:,} ratings after filters; train {ours['sizes']['train']:,}. "
      f"BLAS: {ours['blas']}. Notebook: torch {notebook['env']['torch']}, "
      f"{notebook['env']['torch_threads']} threads; this project: fused step {fused['threads']} thread(s)"
      + (f", autograd step {ours['runs']['autograd']['threads']}" if 'autograd' in ours['runs'] else "") + ".\n")
print("| stage | notebook | this project | speed-up |")
print("| --- | ---: | ---: | ---: |")
for name, a, b in rows:
    print(f"| {name} | {a:.2f} | {b:.3f} | {a / b:.1f}× |")
n = min(len(notebook["val_losses"]), len(fused["validation_loss"]))
print(f"| validation MSE after {n} epochs | {notebook['val_losses'][n - 1]:.4f} | {fused['validation_loss'][n - 1]:.4f} | |")
print(f"| peak memory, these epochs (MiB) | | {ours['peak_rss_mib']:.0f} | |")
if full_time:
    text = open(full_time).read()
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    w = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text)
    if m:
        print(f"| peak memory, full 30-epoch run (MiB) | | {int(m.group(1)) / 1024:.0f} | |")
    if w:
        print(f"| full 30-epoch run incl. start, test metrics, saving (wall) | | {w.group(1)} | |")
if full_out and os.path.exists(full_out):  # absent with --no-full-run
    for line in open(full_out):
        if line.startswith("Best epoch") or "RMSE" in line or "R²" in line:
            print("   ", line.rstrip())
