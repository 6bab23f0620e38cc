#!/usr/bin/env bash
# Installs what Jixiao needs on Debian 12 (when missing), then configures and builds into build/.
#   ./setup.sh            install packages if needed, build (Release)
#   ./setup.sh --deps     only install packages
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  cmake g++ make pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-pdf-dev qt6-tools-dev qt6-l10n-tools
  qt6-tools-dev-tools linguist-qt6
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6-dev qt6-translations-l10n
  fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-lxgw-wenkai
  postgresql poppler-utils xvfb xauth imagemagick libxlsxwriter-dev sqlite3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
[ "${1:-}" = "--deps" ] && exit 0

cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" >/dev/null
cmake --build build -j"$(nproc)"
