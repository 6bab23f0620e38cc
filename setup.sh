#!/usr/bin/env bash
# Jixiao's one entry point on Debian 12: installs what is missing, builds into build/, then
#   ./setup.sh          build only
#   ./setup.sh run      build and start the program (build/jixiao) on the sample workspace
#   ./setup.sh test     build and run every test (ctest, no display needed)
#   ./setup.sh package  build and make build/jixiao_<version>_<arch>.deb, checked with lintian
#   ./setup.sh deps     only install the Debian packages
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-build}

packages=(
  cmake g++ make pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-pdf-dev qt6-tools-dev qt6-l10n-tools
  qt6-tools-dev-tools libqt6svg6-dev qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql
  fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-lxgw-wenkai
  postgresql poppler-utils sqlite3 libsqlite3-dev libxlsxwriter-dev libminizip-dev libqpdf-dev zlib1g-dev libpq-dev
  libpng-dev python3-docx libreoffice-writer-nogui
  libfreexl-dev
  xvfb xauth
)

# Only for ./setup.sh package: dpkg-shlibdeps computes the package's library dependencies;
# the others check the package, its desktop entry and its metainfo.
package_tools=(dpkg-dev lintian desktop-file-utils appstream)

install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" >/dev/null
  cmake --build build -j"$(nproc)"
}

# The suite again under AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer
# (build-asan/, options and suppressions in cmake/Sanitizers.cmake); no benchmarks, and
# tests labelled bench or slow are skipped to keep CI within its time.
sanitizer_test() {
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DJIXIAO_SANITIZE=ON -DJIXIAO_BENCH=OFF >/dev/null
  cmake --build build-asan -j"$(nproc)"
  (cd build-asan && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" -LE 'bench|slow')
}

# The .deb from the build in build/ (cmake/Packaging.cmake), then the checks Debian and the
# desktop make. Lintian's errors fail the command; its warnings are printed.
package() {
  install_missing "${package_tools[@]}"
  rm -f build/jixiao_*.deb
  (cd build && cpack -G DEB >/dev/null)
  local deb
  deb=$(ls build/jixiao_*.deb)
  desktop-file-validate resources/linux/*.desktop
  appstreamcli validate --no-net resources/linux/*.metainfo.xml >/dev/null
  lintian --fail-on error "$deb"
  echo "setup: $deb"
}

install_missing "${packages[@]}"
case $mode in
  deps) ;;
  package)
    cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" >/dev/null
    cmake --build build -j"$(nproc)" --target jixiao jixiao_package_files
    package
    ;;
  build) build ;;
  run)
    build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "setup: no display found; starting under a virtual display (xvfb-run)" >&2
      exec xvfb-run -a -s '-screen 0 1280x800x24' ./build/jixiao "${@:2}"
    fi
    exec ./build/jixiao "${@:2}"
    ;;
  test)
    build
    (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)")
    sanitizer_test
    ;;
  *) echo "usage: ./setup.sh [build|run|test|package|deps]" >&2; exit 2 ;;
esac
