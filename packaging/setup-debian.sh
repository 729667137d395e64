#!/usr/bin/env bash
# Installs the Debian packages Ratings Workbench needs, only those that are missing, and makes
# OpenBLAS the BLAS behind Debian's LibTorch. Idempotent and quiet when all is in place.
#   bash packaging/setup-debian.sh           # build, test and run
#   bash packaging/setup-debian.sh --test    # also what the test command needs (Slurm, munge)
#   bash packaging/setup-debian.sh --bench   # also what bench/notebook_vs_workbench.sh needs
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqcustomplot-dev qt6-tools-dev
  qt6-l10n-tools qt6-translations-l10n
  libyaml-cpp-dev libfast-float-dev libcli11-dev nlohmann-json3-dev libtorch-dev libopenblas0-openmp
  xvfb xauth locales clang-format help2man
)
# The test command's extras: a single-node Slurm for the sweep's Slurm round trip; what
# packaging/check-package.sh needs to build and check the .deb (dpkg-shlibdeps, file, the
# desktop-entry and AppStream validators); npm for the workflow validator (check-workflows.sh).
if [[ "${1:-}" == "--test" ]]; then
  packages+=(slurm-wlm munge dpkg-dev file desktop-file-utils appstream)
  # Debian's npm, unless an npm is there already (e.g. NodeSource's nodejs, which conflicts
  # with Debian's npm package).
  command -v npm >/dev/null || packages+=(npm)
fi
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(python3 python3-torch python3-pandas python3-sklearn python3-numpy time)
fi

sudo=""
if [[ "$(id -u)" -ne 0 ]]; then sudo="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian's LibTorch calls whatever provides libblas.so.3. The reference BLAS is about 3x
# slower than OpenBLAS; the OpenMP build of OpenBLAS follows torch::set_num_threads.
arch="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)"
want="/usr/lib/${arch}/openblas-openmp/libblas.so.3"
current="$(update-alternatives --query "libblas.so.3-${arch}" 2>/dev/null | awk '/^Value:/ {print $2}')"
if [[ -e "$want" && "$current" != "$want" ]]; then
  echo "setup: selecting OpenBLAS (OpenMP) for libblas.so.3"
  $sudo update-alternatives --set "libblas.so.3-${arch}" "$want"
fi

# The test command runs the suite again under a German and a Spanish locale (decimal commas):
# generate them when they are missing.
wanted_locales=(de_DE.UTF-8 es_ES.UTF-8)
missing_locales=()
for l in "${wanted_locales[@]}"; do
  if ! locale -a 2>/dev/null | grep -qix "${l/UTF-8/utf8}"; then missing_locales+=("$l"); fi
done
if ((${#missing_locales[@]} > 0)); then
  echo "setup: generating the locales ${missing_locales[*]}"
  for l in "${missing_locales[@]}"; do
    $sudo sed -i "s/^# *\(${l} UTF-8\)/\1/" /etc/locale.gen
    grep -q "^${l} UTF-8" /etc/locale.gen || echo "${l} UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
  done
  $sudo locale-gen >/dev/null
fi
