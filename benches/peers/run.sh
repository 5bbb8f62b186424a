#!/usr/bin/env bash
# Times the benchmark peers (d3 + resvg-js, geopandas + matplotlib) and, where the release binary
# has it, `csto-atlas export`, as whole processes drawing the same 3840x2160 map.
#
# Usage (from the repo root): benches/peers/run.sh
# Environment: RUNS (timed runs per command, default 10, at least 5), WARMUP (default 1).
# Writes benches/peers/out/{d3,geopandas,ours}.png, timings.md, timings.json and memory.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

runs="${RUNS:-10}"
warmup="${WARMUP:-1}"
if [ "$runs" -lt 5 ]; then
  echo "RUNS must be at least 5" >&2
  exit 2
fi
peers=benches/peers
out="$peers/out"
mkdir -p "$out"

say() { printf '\n== %s\n' "$*" >&2; }

apt_updated=0
apt_install() { # apt_install PACKAGE...: Debian packages, as root or through sudo
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "need root (or sudo) to apt-get install $*" >&2
      return 1
    fi
  fi
  if [ "$apt_updated" -eq 0 ]; then
    $sudo apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# ---- install what is missing ----
if ! command -v hyperfine >/dev/null 2>&1; then
  say "installing hyperfine (Debian package)"
  apt_install hyperfine
fi
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]; then
  say "installing DejaVu fonts for the d3 peer (Debian package)"
  apt_install fonts-dejavu-core
fi
if [ ! -x /usr/bin/time ]; then
  say "installing GNU time (Debian package)"
  apt_install time
fi

if [ ! -f "$peers/d3/node_modules/.package-lock.json" ] ||
  ! cmp -s "$peers/d3/package-lock.json" "$peers/d3/node_modules/.installed-lock.json"; then
  say "npm ci in $peers/d3"
  (cd "$peers/d3" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$peers/d3/package-lock.json" "$peers/d3/node_modules/.installed-lock.json"
fi

venv="$peers/geopandas/.venv"
if [ ! -x "$venv/bin/python" ]; then
  say "creating $venv"
  python3 -m venv "$venv"
fi
if ! cmp -s "$peers/geopandas/requirements.txt" "$venv/.installed-requirements.txt"; then
  say "pip install -r $peers/geopandas/requirements.txt"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$peers/geopandas/requirements.txt"
  cp "$peers/geopandas/requirements.txt" "$venv/.installed-requirements.txt"
fi

# ---- the commands ----
names=(d3 geopandas)
cmds=(
  "node $peers/d3/draw.mjs $out/d3.png"
  "$venv/bin/python $peers/geopandas/draw.py $out/geopandas.png"
)
ours=target/release/csto-atlas
if [ -x "$ours" ] && timeout 30 "$ours" export --help 2>&1 | grep -q -- '--size'; then
  names+=(ours)
  cmds+=("$ours export --size 3840x2160 --out $out/ours.png")
else
  say "skipping ours: $ours is missing or has no 'export --size' (build it with cargo build --release)"
fi

# One run of each first: fails early, and leaves the PNGs to look at.
for i in "${!cmds[@]}"; do
  say "check run: ${names[$i]}"
  ${cmds[$i]}
done

# ---- wall time ----
say "hyperfine: $warmup warm-up + $runs runs each ($(nproc) cores)"
hf=(hyperfine --shell=none --warmup "$warmup" --runs "$runs"
  --export-markdown "$out/timings.md" --export-json "$out/timings.json")
for i in "${!cmds[@]}"; do
  hf+=(--command-name "${names[$i]}" "${cmds[$i]}")
done
"${hf[@]}"

say "timings (markdown, $out/timings.md)"
cat "$out/timings.md"

say "median wall time ($out/medians.md)"
python3 - "$out/timings.json" >"$out/medians.md" <<'EOF'
import json, sys
print("| Command | Median [s] | Mean [s] | Min [s] | Max [s] | Runs |")
print("|:---|---:|---:|---:|---:|---:|")
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"| `{r['command']}` | {r['median']:.3f} | {r['mean']:.3f} ± {r['stddev']:.3f} | {r['min']:.3f} | {r['max']:.3f} | {len(r['times'])} |")
EOF
cat "$out/medians.md"

# ---- peak memory (max resident set size), one run each ----
say "peak memory (/usr/bin/time -f '%M KB', one run each)"
{
  echo "| Command | Peak RSS |"
  echo "|:---|---:|"
  for i in "${!cmds[@]}"; do
    kb="$( { /usr/bin/time -f "%M KB" ${cmds[$i]} 2>&1 >/dev/null; } | tail -n 1)"
    echo "| \`${names[$i]}\` | $kb |"
  done
} >"$out/memory.md"
cat "$out/memory.md"
