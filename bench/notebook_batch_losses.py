#!/usr/bin/env python3
"""Runs the notebook script (seed_baseline.py) for one epoch and records the loss of each of
the first batches, the figures the trainer test pins (tests/core/tst_trainer.cpp).

A batch loss before rounding differences can compound depends only on the random streams
(initial weights, the first shuffle, the first dropout masks) and the arithmetic of one
forward pass, so it matches to float tolerance on every CPU and BLAS kernel.

  /usr/bin/python3 bench/notebook_batch_losses.py NOTEBOOK_SCRIPT DATA_DIR SEED BATCHES OUT.json
"""
import json
import sys

script, data, seed, batches, out = sys.argv[1:6]
source = open(script, encoding="utf-8").read()
hook = "running_train_loss += loss.item() * len(ratings_batch)"
if source.count(hook) != 1:
    sys.exit(f"{script}: the training loop's loss line was not found; update this hook")
record = (hook + "\n            if epoch == 0 and bi < " + str(int(batches)) +
          ": result.setdefault('batch_losses', []).append(loss.item())")
source = source.replace(hook, record)
sys.argv = [script, "--data", data, "--epochs", "1", "--device", "cpu", "--threads", "1",
            "--seed", seed, "--json", out, "--ckpt", out + ".pth", "--log-every", "0"]
exec(compile(source, script, "exec"), {"__name__": "__main__", "__file__": script})
