#!/usr/bin/env bash
# Makes the README's pictures from the product itself, so they show the app as it is:
#   docs/screenshot.png       the window on the embedded dataset (under Xvfb, as a user sees it)
#   docs/figure-2024-03.png   csto-atlas export --at 2024-03 --size 1280x720
#   docs/handout-page.png     page 11 of csto-atlas export --story
# Needs xvfb-run and Mesa (scripts/test.sh installs them). Builds the release binary first.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --bin csto-atlas
atlas="$TARGET_DIR/release/csto-atlas"

xvfb-run -a -s "-screen 0 1600x1000x24" env -u WAYLAND_DISPLAY "$atlas" --screenshot docs/screenshot.png
"$atlas" export --at 2024-03 --size 1280x720 --out docs/figure-2024-03.png
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
"$atlas" export --story --out "$pages/"
cp "$(ls "$pages"/11-*.png)" docs/handout-page.png
echo "docs-pictures.sh: wrote docs/screenshot.png, docs/figure-2024-03.png, docs/handout-page.png"
