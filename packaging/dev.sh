#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Developer set-up in one command (see README.md):
#   packaging/dev.sh run  [APP ARGS...]  install missing packages, build, start the app
#   packaging/dev.sh test [CTEST ARGS...] install missing packages, build, run every test headless
#   packaging/dev.sh package              install missing packages, build, make the .deb with CPack
#   packaging/dev.sh test-sanitizers [CTEST ARGS...]
#                                         the same tests built with ASan + UBSan, in build-sanitizers/
#   packaging/dev.sh test-fuzz            clang + libFuzzer: 20,000 inputs to the CSV reader, in build-fuzz/
#   packaging/dev.sh bench [STUDIES...]   Release build in build-release/, every benchmark, a table
# All are idempotent: a second call installs nothing and only rebuilds what changed.
# They build in build/ (CMakePresets.json); EB_BUILD_DIR=DIR uses another build directory.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${EB_BUILD_DIR:-$root/build}
command=${1:-}
[[ $# -gt 0 ]] && shift

# Debian 12 packages the build, the tests and the app need: one a line in
# packaging/debian-packages.txt ('#' starts a comment), which the dependency test also reads.
mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$root/packaging/debian-packages.txt")

usage() {
    echo "usage: packaging/dev.sh run|test|test-sanitizers|test-fuzz|bench [ARGS...] | package" >&2
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
    [[ -f $build_dir/CMakeCache.txt ]] || cmake --preset default -B "$build_dir"
    cmake --build "$build_dir"
}

case $command in
    run)
        install_missing_packages
        build
        exec "$build_dir/app/evidence-browser" "$@"
        ;;
    test)
        install_missing_packages
        build
        cd "$root"
        QT_QPA_PLATFORM=offscreen ctest --preset default --test-dir "$build_dir" "$@"
        ;;
    test-sanitizers)
        # Any memory error or undefined behaviour fails its test (CMakePresets.json
        # "sanitizers"); the packaging tests are left to the normal build.
        install_missing_packages
        cd "$root"
        sanitizer_dir=$root/build-sanitizers
        [[ -f $sanitizer_dir/CMakeCache.txt ]] || cmake --preset sanitizers
        cmake --build "$sanitizer_dir"
        ctest --preset sanitizers "$@"
        ;;
    test-fuzz)
        install_missing_packages
        cd "$root"
        [[ -f $root/build-fuzz/CMakeCache.txt ]] || cmake --preset fuzz
        cmake --build --preset fuzz
        ctest --preset fuzz "$@"
        ;;
    bench)
        # Speed is measured in a Release build, never asserted in the test suite.
        install_missing_packages
        cd "$root"
        release_dir=$root/build-release
        [[ -f $release_dir/CMakeCache.txt ]] || cmake --preset release
        cmake --build --preset release
        echo "== Pooling (Google Benchmark)"
        "$release_dir/tests/bench/bench_pooling" --benchmark_format=console
        echo "== Figures (Google Benchmark)"
        "$release_dir/tests/bench/bench_figures" --benchmark_format=console
        echo "== Whole program on synthetic databases (tests/bench/scale_timing.sh)"
        tests/bench/scale_timing.sh "$release_dir" "$@"
        ;;
    package)
        [[ $# -eq 0 ]] || usage
        install_missing_packages
        build
        cd "$build_dir"
        output=$(cpack -G DEB)
        echo "$output"
        deb=$(sed -n 's/^CPack: - package: \(.*\) generated\.$/\1/p' <<<"$output")
        [[ -f $deb ]] || { echo "dev.sh: cpack made no .deb" >&2; exit 1; }
        echo "dev.sh: built $deb"
        echo "dev.sh: install it with: sudo apt install $deb"
        ;;
    *) usage ;;
esac
