#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine: installs the system packages the window
# and snapshot tests need (Xvfb, Mesa's software OpenGL/Vulkan), then runs cargo's tests.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(xvfb xauth libgl1-mesa-dri mesa-vulkan-drivers libxkbcommon-x11-0 libegl1)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test dependencies: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cargo test --release --all-targets "$@"
