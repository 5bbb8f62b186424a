#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine: installs the system packages the tests
# need (Xvfb and Mesa's software OpenGL/Vulkan for the window and snapshot tests, desktop-file-utils
# for the package test, Chromium and Node.js for the browser test), runs cargo's tests, then
# packages the binary those tests ran and installs it (scripts/dist-test.sh), and builds the web
# version and drives it in headless Chromium (scripts/web-test.sh). Arguments go to `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(xvfb xauth libgl1-mesa-dri mesa-vulkan-drivers libxkbcommon-x11-0 libegl1 desktop-file-utils chromium)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Tools a machine may have from elsewhere (Node.js from its own packages, Python from pyenv).
for tool in curl python3; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test dependencies: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cargo test --release --all-targets "$@"
scripts/dist-test.sh --no-build
scripts/web-test.sh
