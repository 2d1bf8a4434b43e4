#!/usr/bin/env bash
# Installs the Debian 12 packages Comptoir needs to build, test and demo.
# Idempotent: prints what it installs and does nothing when everything is present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-svg-dev
  libqrcodegencpp-dev qtkeychain-qt6-dev libsodium-dev libgl-dev
  postgresql chromium xvfb xauth imagemagick
  desktop-file-utils appstream lintian debootstrap librsvg2-bin python3-yaml
  g++-mingw-w64-x86-64-posix
)
[ -n "${COMPTOIR_EXTRA_PACKAGES:-}" ] && read -r -a extra <<<"$COMPTOIR_EXTRA_PACKAGES" && packages+=("${extra[@]}")

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
