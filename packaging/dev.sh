#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Developer set-up in one command (see README.md):
#   packaging/dev.sh run  [APP ARGS...]  install missing packages, build, start the app
#   packaging/dev.sh test [CTEST ARGS...] install missing packages, build, run every test headless
# Both are idempotent: a second call installs nothing and only rebuilds what changed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command=${1:-}
[[ $# -gt 0 ]] && shift

# Debian 12 packages the build, the tests and the app need (README.md says why each is there).
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
    libsqlite3-dev
    fonts-dejavu-core
)

usage() {
    echo "usage: packaging/dev.sh run|test [ARGS...]" >&2
    exit 2
}

install_missing_packages() {
    local missing=() package
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0
    if [[ $(id -u) != 0 ]]; then
        echo "dev.sh: missing Debian packages. Install them with:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "dev.sh: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cd "$root"
    [[ -f build/CMakeCache.txt ]] || cmake --preset default
    cmake --build --preset default
}

case $command in
    run)
        install_missing_packages
        build
        exec "$root/build/app/evidence-browser" "$@"
        ;;
    test)
        install_missing_packages
        build
        cd "$root"
        QT_QPA_PLATFORM=offscreen ctest --preset default "$@"
        ;;
    *) usage ;;
esac
