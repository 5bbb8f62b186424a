#!/usr/bin/env bash
# The desktop app for machines without a compiler: builds the release binary and packs it as
#   dist-pkg/csto-atlas_<version>-1_amd64.deb          (cargo-deb; [package.metadata.deb] in Cargo.toml)
#   dist-pkg/csto-atlas-<version>-x86_64-linux.tar.gz  (binary, README, licences, desktop file, icons)
# `scripts/dist.sh --no-build` packs the binary already in target/release instead of building it:
# scripts/test.sh uses it to package exactly the binary its tests just ran.
# cargo-deb comes from crates.io, pinned; dpkg-shlibdeps (dpkg-dev) from apt if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_DEB_VERSION=3.6.3
OUT=dist-pkg
TARGET_DIR=${CARGO_TARGET_DIR:-target}

build=(--no-build)
case "${1:-}" in
    --no-build) ;;
    "") build=() ;;
    *)
        echo "usage: scripts/dist.sh [--no-build]" >&2
        exit 2
        ;;
esac

if ! cargo deb --version 2>/dev/null | grep -q "$CARGO_DEB_VERSION"; then
    # --locked first; if a locked dependency is missing from the registry, the newest compatible
    # versions instead, said aloud (as scripts/web.sh does for wasm-bindgen-cli).
    cargo install --locked cargo-deb --version "$CARGO_DEB_VERSION" ||
        { echo "dist.sh: retrying cargo-deb without --locked" >&2
          cargo install cargo-deb --version "$CARGO_DEB_VERSION"; }
fi
if ! command -v dpkg-shlibdeps >/dev/null; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends dpkg-dev >/dev/null
fi

rm -rf "$OUT"
mkdir -p "$OUT"
cargo deb "${build[@]}" --output "$OUT/"

version=$(cargo metadata --no-deps --format-version 1 |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["packages"][0]["version"])')
name=csto-atlas-$version-x86_64-linux
stage=$TARGET_DIR/dist-stage/$name
rm -rf "$stage"
mkdir -p "$stage/licences/naturalearth" "$stage/licences/places" "$stage/licences/fonts" "$stage/icons"
install -m 755 "$TARGET_DIR/release/csto-atlas" "$stage/"
strip "$stage/csto-atlas"
install -m 644 README.md assets/csto-atlas.desktop "$stage/"
install -m 644 assets/icons/* "$stage/icons/"
install -m 644 assets/naturalearth/README.md assets/naturalearth/LICENSE-* "$stage/licences/naturalearth/"
install -m 644 assets/fonts/LICENSE-* "$stage/licences/fonts/"
install -m 644 assets/places/README.md assets/places/LICENSE-* "$stage/licences/places/"
tar -C "$(dirname "$stage")" -czf "$OUT/$name.tar.gz" "$name"

for file in "$OUT"/*; do
    echo "dist.sh: $file ($(du -h "$file" | cut -f1))"
done
