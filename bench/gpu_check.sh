#!/usr/bin/env bash
# One prepared GPU check for the device machine (see ../shared/device/README.md): builds the
# GUI-less targets against the machine's PyTorch LibTorch, checks the CUDA path against the
# CPU path on the same synthetic data, and times the notebook (2 epochs, extrapolated), the
# careful PyTorch version and this project in the same call. Prints one table; writes JSON
# under $OUT when set.
#   Here, once:  bash bench/gpu_check.sh --prepare   (downloads the .debs of yaml-cpp, fast_float,
#                CLI11 and nlohmann-json into .gpu-deps/: the device machine has no registry)
#   Device run:  run(command="bash bench/gpu_check.sh", carry=[".gpu-deps"])
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--prepare" ]]; then
  grep -qx '/.gpu-deps/' .git/info/exclude 2>/dev/null || echo /.gpu-deps/ >> .git/info/exclude
  mkdir -p .gpu-deps/debs
  # yaml-cpp, and the header-only fast_float, CLI11 and nlohmann-json, as Debian packages.
  (cd .gpu-deps/debs && apt-get download libyaml-cpp0.7 libyaml-cpp-dev libfast-float-dev libcli11-dev \
     nlohmann-json3-dev)
  for f in .gpu-deps/debs/*.deb; do dpkg -x "$f" .gpu-deps/yaml; done
  echo "prepared .gpu-deps/yaml"
  exit 0
fi
out="${OUT:-/tmp/rw-gpu}"
mkdir -p "$out"
TP=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
cmake -S . -B /tmp/b -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$TP;$PWD/.gpu-deps/yaml/usr" \
  -DRW_BUILD_GUI=OFF -DRW_BUILD_TESTS=OFF > "$out/cmake.log"
cmake --build /tmp/b > "$out/build.log"
export LD_LIBRARY_PATH="$PWD/.gpu-deps/yaml/usr/lib/x86_64-linux-gnu:${LD_LIBRARY_PATH:-}"
data=/tmp/ml-synthetic-full
/tmp/b/app/ratings-workbench-cli generate --out "$data" --preset full > /dev/null
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | tee "$out/gpu.txt"

# Correctness: the CUDA path against the CPU path (same data, config, seed; 3 epochs).
/tmp/b/bench/rw_bench --data "$data" --epochs 3 --steps autograd --device cuda --json "$out/cuda.json" 2> "$out/cuda.log"
/tmp/b/bench/rw_bench --data "$data" --epochs 3 --steps fused --device cpu --threads 16 --json "$out/cpu.json" 2> "$out/cpu.log"
# Larger batch, reported separately.
/tmp/b/bench/rw_bench --data "$data" --epochs 3 --steps autograd --device cuda --batch 4096 --json "$out/cuda_4096.json" 2> "$out/cuda_4096.log"
# A full 30-epoch notebook-config run with test metrics, timed end to end.
/usr/bin/time -f "%e" -o "$out/full_run.s" /tmp/b/app/ratings-workbench-cli train --data "$data" \
  --workspace /tmp/ws --set runtime.device=cuda --json --quiet > "$out/full_run.json"
# The baselines, same call.
python3 ../shared/anchors/seed_baseline.py --data "$data" --epochs 2 --device cuda --seed 0 \
  --json "$out/notebook.json" --ckpt /tmp/nb.pth --log-every 0 > "$out/notebook.log" 2>&1
python3 ../shared/anchors/peer_pytorch.py "$data" 2 cuda > "$out/peer.log" 2>&1
python3 - "$out" <<'PY'
import json, statistics, sys
out = sys.argv[1]
cuda, cpu, big = (json.load(open(f"{out}/{n}.json"))["runs"] for n in ("cuda", "cpu", "cuda_4096"))
nb = json.load(open(f"{out}/notebook.json"))
peer = json.loads(open(f"{out}/peer.log").read().strip().splitlines()[-1])
full = json.load(open(f"{out}/full_run.json"))
full_s = float(open(f"{out}/full_run.s").read())
ours = statistics.median(cuda["autograd"]["epoch_train_s"][1:] or cuda["autograd"]["epoch_train_s"])
nb_epoch = statistics.median(e["train_s"] for e in nb["epochs"])
peer_epoch = statistics.median(peer["epoch_s_bs512"][1:] or peer["epoch_s_bs512"])
print(f"GPU: {open(out + '/gpu.txt').read().strip()}")
print("| pipeline | epoch at batch 512 (s) | vs notebook |")
print("| --- | ---: | ---: |")
print(f"| notebook | {nb_epoch:.2f} | 1× |")
print(f"| careful PyTorch | {peer_epoch:.2f} | {nb_epoch / peer_epoch:.1f}× |")
print(f"| this project | {ours:.3f} | {nb_epoch / ours:.1f}× |")
print(f"| this project, batch 4096 (separate figure) | {statistics.median(big['autograd']['epoch_train_s']):.3f} | |")
print(f"full 30-epoch run incl. test metrics: {full_s:.1f} s; test RMSE {full['metrics']['rmse']:.4f}")
print(f"val loss after 3 epochs: cuda {cuda['autograd']['validation_loss'][-1]:.4f}, cpu {cpu['fused']['validation_loss'][-1]:.4f}")
PY
