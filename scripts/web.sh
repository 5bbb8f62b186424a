#!/usr/bin/env bash
# The browser build: `scripts/web.sh build` writes a static dist/ (index.html, the .wasm and its JS
# glue) that any static web host can serve; `scripts/web.sh serve` builds it and serves it on
# http://127.0.0.1:8080 (PORT to change). Tools come from the package registries, pinned: the
# wasm32 target (rustup) and wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock.
# wasm-opt from the npm `binaryen` package, pinned, into $TARGET_DIR/web-tools/, shrinks the module
# (-Oz): with the `web` profile (opt-level "s", fat LTO) it keeps the .wasm under 6 MiB gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=wasm32-unknown-unknown
DIST=dist
TARGET_DIR=${CARGO_TARGET_DIR:-target}
BINARYEN=132.0.0
WASM_OPT="$TARGET_DIR/web-tools/node_modules/.bin/wasm-opt"

tools() {
    if ! rustup target list --installed | grep -qx "$TARGET"; then
        rustup target add "$TARGET"
    fi
    local version
    version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
    if [ -z "$version" ]; then
        echo "web.sh: no wasm-bindgen in Cargo.lock" >&2
        exit 1
    fi
    if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $version"; then
        # --locked first; if a locked dependency is missing from the registry (this machine's
        # mirror lacks webpki-roots 1.0.11), the newest compatible versions instead, said aloud.
        cargo install --locked wasm-bindgen-cli --version "$version" ||
            { echo "web.sh: retrying wasm-bindgen-cli without --locked" >&2
              cargo install wasm-bindgen-cli --version "$version"; }
    fi
    if [ ! -x "$WASM_OPT" ]; then
        npm install --silent --no-save --prefix "$TARGET_DIR/web-tools" "binaryen@$BINARYEN"
    fi
}

build() {
    tools
    # The library as a cdylib: src/web.rs is its entry point (the desktop build never needs one).
    cargo rustc --lib --profile web --target "$TARGET" --crate-type cdylib
    rm -rf "$DIST"
    mkdir -p "$DIST"
    wasm-bindgen --target web --no-typescript --out-dir "$DIST" \
        "$TARGET_DIR/$TARGET/web/csto_atlas.wasm"
    "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-simd \
        -o "$DIST/csto_atlas_bg.wasm" "$DIST/csto_atlas_bg.wasm"
    cp web/index.html "$DIST/"
    echo "web.sh: $DIST/ ($(du -sh "$DIST" | cut -f1); the .wasm is $(gzip -9 -c "$DIST/csto_atlas_bg.wasm" | wc -c) bytes gzipped)"
}

case "${1:-}" in
    build) build ;;
    serve)
        build
        port=${PORT:-8080}
        echo "web.sh: serving $DIST/ on http://127.0.0.1:$port"
        exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$DIST"
        ;;
    *)
        echo "usage: scripts/web.sh build|serve" >&2
        exit 2
        ;;
esac
