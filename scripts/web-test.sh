#!/usr/bin/env bash
# The browser build in a real browser: builds dist/ (unless --no-build), serves it on 127.0.0.1,
# and drives Debian's headless Chromium with Playwright (scripts/web-test.mjs): first frame, no
# console errors, a drawn map with the member colour, a click on a country that changes the
# picture. Screenshots go to target/web-test/. Not wired into CI (yet).
# Needs: chromium (apt-get install chromium), node and npm (playwright-core is installed here).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
    scripts/web.sh build
fi
OUT=target/web-test
mkdir -p "$OUT"
if [ ! -d "$OUT/node_modules/playwright-core" ]; then
    npm install --silent --no-save --prefix "$OUT" playwright-core@1.65.1
fi

PORT=${PORT:-8080}
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist >"$OUT/server.log" 2>&1 &
server=$!
trap 'kill "$server"' EXIT
for _ in $(seq 50); do
    curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break
    sleep 0.1
done

NODE_PATH="$OUT/node_modules" node scripts/web-test.mjs "http://127.0.0.1:$PORT/" "$OUT"
