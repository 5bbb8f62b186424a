#!/usr/bin/env bash
# The browser build in a real browser: builds dist/ (unless --no-build), serves it on 127.0.0.1,
# and drives Debian's headless Chromium with Playwright (scripts/web-test.mjs): first frame, no
# console errors, a drawn map with the member colour, a click on a country that changes the
# picture, and a zoom and selection that survive a reload. Screenshots go to target/web-test/.
# scripts/test.sh runs it (and installs what it needs: chromium, node and npm, curl, python3);
# playwright-core comes from npm, pinned, into target/web-test/.
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

for tool in chromium node curl python3; do
    command -v "$tool" >/dev/null || { echo "web-test.sh: $tool is missing (scripts/test.sh installs it)" >&2; exit 1; }
done

# A free port, chosen by the system (another server may hold any fixed one); the server says which.
python3 -u -m http.server 0 --bind 127.0.0.1 --directory dist >"$OUT/server.log" 2>&1 &
server=$!
trap 'kill "$server"' EXIT
PORT=
for _ in $(seq 100); do
    PORT=$(sed -n 's/.* port \([0-9]*\) .*/\1/p' "$OUT/server.log" | head -1)
    [ -n "$PORT" ] && curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break
    sleep 0.1
done
[ -n "$PORT" ] || { echo "web-test.sh: the static server did not start" >&2; cat "$OUT/server.log" >&2; exit 1; }

NODE_PATH="$OUT/node_modules" CHROMIUM=$(command -v chromium) node scripts/web-test.mjs "http://127.0.0.1:$PORT/" "$OUT"
