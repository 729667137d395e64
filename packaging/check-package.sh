#!/usr/bin/env bash
# The Debian package, end to end: builds it with CPack, checks that its dependencies are
# computed, satisfiable and sufficient, installs it into a fresh root, runs the installed
# programs from there (working directory and home outside the source tree, the source tree
# hidden where the kernel allows it), validates the desktop entry, AppStream metadata and manual
# pages, uninstalls it, and checks that nothing is left behind and the user's workspace is
# untouched. Run by packaging/test.sh after the build; needs root for `unshare` only.
#
# Why a fresh root and not a debootstrap chroot: a chroot would need Qt and LibTorch (about
# 1.5 GB) downloaded and installed on every run. Instead dpkg installs into an empty root with
# its own database (--root), the programs run from there against this system's libraries, and
# the dependency check below proves that the package's Depends pull in every library they load.
set -euo pipefail
cd "$(dirname "$0")/.."
src="$PWD"
build="$src/build"
say() { echo "package: $*"; }
fail() { echo "package: FAILED: $*" >&2; exit 1; }

rm -f "$build"/ratings-workbench_*.deb
(cd "$build" && cpack -G DEB >"$build/cpack.log" 2>&1) ||
  { cat "$build/cpack.log" >&2; fail "cpack could not build the package"; }
deb="$(ls "$build"/ratings-workbench_*.deb)"
say "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info" "$work/elsewhere" "$work/home"
touch "$root/var/lib/dpkg/status"

# 1. Dependencies: computed by dpkg-shlibdeps, installable from Debian's archive.
depends="$(dpkg-deb -f "$deb" Depends)"
say "Depends: $depends"
[[ "$depends" == *libqt6widgets6* && "$depends" == *libtorch* && "$depends" == *openblas* ]] ||
  fail "the Depends field lacks Qt, LibTorch or OpenBLAS"
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.txt" 2>&1 ||
  { cat "$work/apt.txt" >&2; fail "apt cannot satisfy the package's dependencies"; }

# 2. Installed into an empty root.
# (dpkg lists every dependency as missing from the empty root's database: expected.)
dpkg --root="$root" --force-not-root --force-depends --no-triggers --log=/dev/null -i "$deb" \
  >"$work/dpkg.txt" 2>&1 || { cat "$work/dpkg.txt" >&2; fail "dpkg -i into $root"; }
bin="$root/usr/bin"
share="$root/usr/share"
for f in "$bin/ratings-workbench" "$bin/ratings-workbench-cli" \
  "$share/ratings-workbench/default_config.yaml" "$share/ratings-workbench/sample/ml-sample/ratings.dat" \
  "$share/applications/org.ratingsworkbench.RatingsWorkbench.desktop" \
  "$share/metainfo/org.ratingsworkbench.RatingsWorkbench.metainfo.xml" \
  "$share/icons/hicolor/scalable/apps/org.ratingsworkbench.RatingsWorkbench.svg" \
  "$share/icons/hicolor/48x48/apps/org.ratingsworkbench.RatingsWorkbench.png" \
  "$share/man/man1/ratings-workbench.1.gz" "$share/man/man1/ratings-workbench-cli.1.gz"; do
  [[ -s "$f" ]] || fail "not installed: ${f#"$root"}"
done
say "installed $(dpkg --root="$root" -L ratings-workbench | wc -l) paths into an empty root"

# Every library the installed programs (and Qt's platform plugins) load belongs to a package
# that the Depends field pulls in.
closure="$work/closure.txt"
# shellcheck disable=SC2001
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances $(echo "$depends" | sed 's/([^)]*)//g; s/[,|]/ /g') 2>/dev/null |
  grep -v '^ ' | sed 's/:.*//' | sort -u >"$closure"
plugins="$(dirname "$(dpkg -L libqt6gui6 | grep 'platforms/libqxcb.so' | head -1)")"
missing=""
for lib in $( (ldd "$bin/ratings-workbench" "$bin/ratings-workbench-cli" "$plugins/libqxcb.so" \
  "$plugins/libqoffscreen.so" 2>/dev/null) | awk '/=> \// {print $3}' | sort -u); do
  owner=""
  real="$(readlink -f "$lib")"
  # Debian's merged /usr: a package may list /lib/… for a file found as /usr/lib/… or back.
  for candidate in "$real" "$lib" "${real#/usr}" "/usr$real" "${lib#/usr}" "/usr$lib"; do
    owner="$( (dpkg -S "$candidate" 2>/dev/null || true) | head -1 | cut -d: -f1)"
    [[ -n "$owner" ]] && break
  done
  [[ -n "$owner" ]] || fail "no package owns $lib"
  grep -qx "$owner" "$closure" || missing+=" $owner($lib)"
done
[[ -z "$missing" ]] || fail "libraries from packages the Depends do not pull in:$missing"
say "every loaded library comes with the Depends ($(wc -l <"$closure") packages in their closure)"

# 3. The installed programs, run from elsewhere, with the source tree hidden when possible.
run_installed() {
  local script="$1"
  if unshare -m true 2>/dev/null; then
    unshare -m bash -c "mount -t tmpfs none '$src' && cd '$work/elsewhere' && $script"
  else
    echo "package: (unshare is not allowed here: the source tree stays visible)"
    (cd "$work/elsewhere" && bash -c "$script")
  fi
}
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" OMP_WAIT_POLICY=passive
run_installed "'$bin/ratings-workbench-cli' --version" >"$work/version.txt"
say "$(cat "$work/version.txt")"
run_installed "'$bin/ratings-workbench-cli' train --workspace '$work/workspace' \
  --set training.max_epochs=1 --name installed-check" >"$work/train.txt" 2>"$work/train.err" ||
  { cat "$work/train.err" >&2; fail "a 1-epoch training of the bundled sample"; }
grep -q "^dataset: $root/usr/share/ratings-workbench/sample/ml-sample" "$work/train.err" ||
  { cat "$work/train.err" >&2; fail "the CLI did not train the sample installed with it"; }
say "trained the installed sample for 1 epoch: $(grep -m1 -i 'rmse' "$work/train.txt" || true)"
run_installed "xvfb-run -a -s '-screen 0 1280x800x24' '$bin/ratings-workbench' --language en \
  --workspace '$work/workspace-gui' --screenshots '$work/shots' --screenshot-epochs 1 \
  --screenshot-sweep-trials 0 '$share/ratings-workbench/sample/ml-sample'" \
  >"$work/gui.txt" 2>&1 || { cat "$work/gui.txt" >&2; fail "the installed window's tour"; }
for shot in 1-dataset 5-results; do
  [[ -s "$work/shots/$shot.png" ]] || fail "the installed window took no $shot screenshot"
done
mkdir -p "$build/package-check"
cp "$work/shots/1-dataset.png" "$work/shots/5-results.png" "$build/package-check/"
say "the installed window trained the sample and took screenshots (build/package-check/)"

# 4. Desktop entry, AppStream metadata, manual pages.
desktop-file-validate "$share/applications/org.ratingsworkbench.RatingsWorkbench.desktop" ||
  fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/org.ratingsworkbench.RatingsWorkbench.metainfo.xml" \
  >"$work/appstream.txt" 2>&1 || { cat "$work/appstream.txt" >&2; fail "appstreamcli validate"; }
for page in ratings-workbench ratings-workbench-cli; do
  zcat "$share/man/man1/$page.1.gz" >"$work/$page.1"
  grep -q -- 'workspace' "$work/$page.1" || fail "the manual page of $page does not describe --workspace"
done
say "desktop entry, AppStream metadata and manual pages are valid"

# 5. Uninstalled: nothing of the package is left, the workspace is untouched.
dpkg --root="$root" --force-not-root --force-depends --no-triggers --log=/dev/null \
  --purge ratings-workbench >"$work/dpkg.txt" 2>&1 || { cat "$work/dpkg.txt" >&2; fail "dpkg --purge"; }
left="$(find "$root" -mindepth 1 -not -path "$root/var/lib/dpkg*" -not -type d)"
[[ -z "$left" ]] || fail "left after uninstalling: $left"
ls "$work/workspace"/*/run.json >/dev/null 2>&1 || fail "the workspace's run is gone"
say "uninstalled: no file left; the workspace's run is still there"
