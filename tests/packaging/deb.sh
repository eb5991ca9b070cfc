#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package with CPack and checks it as a user would get it:
#   deb.sh build    BINARY_DIR DEB_DIR          cpack into DEB_DIR (the fixture of the others)
#   deb.sh contents DEB_DIR APP_ID VERSION SOURCE_DIR
#                                               dpkg-deb -c paths, dpkg-deb -f fields, icon
#   deb.sh run      DEB_DIR VERSION             dpkg-deb -x, then --version and a headless export
#   deb.sh metadata DEB_DIR APP_ID              the installed tree validates (skips without tools)
set -euo pipefail

mode=${1:-}
[[ $# -gt 0 ]] && shift

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The single .deb in DEB_DIR.
deb_in() {
    local debs=("$1"/*.deb)
    [[ ${#debs[@]} == 1 && -f ${debs[0]} ]] \
        || fail "expected exactly one .deb in $1 (run the packaging_deb_build test first)"
    echo "${debs[0]}"
}

# A temporary folder holding the package's files, removed on exit.
extract() {
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    dpkg-deb -x "$1" "$tmp/root"
}

case $mode in
    build)
        binary_dir=$1 deb_dir=$2
        [[ -f $binary_dir/CPackConfig.cmake ]] || fail "no CPackConfig.cmake in $binary_dir"
        [[ -x $binary_dir/app/evidence-browser ]] \
            || fail "$binary_dir/app/evidence-browser is not built (build before testing)"
        rm -rf "$deb_dir"
        cpack --config "$binary_dir/CPackConfig.cmake" -G DEB -B "$deb_dir"
        deb=$(deb_in "$deb_dir")
        echo "PASS: built $deb ($(stat -c %s "$deb") bytes)"
        ;;

    contents)
        deb_dir=$1 app_id=$2 version=$3 source_dir=$4
        deb=$(deb_in "$deb_dir")
        arch=$(dpkg --print-architecture)
        [[ $(basename "$deb") == "evidence-browser_${version}_${arch}.deb" ]] \
            || fail "unexpected file name $(basename "$deb")"

        listing=$(dpkg-deb -c "$deb")
        echo "$listing"
        expected=(
            ./usr/bin/evidence-browser
            "./usr/share/applications/$app_id.desktop"
            "./usr/share/metainfo/$app_id.metainfo.xml"
            "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
        )
        for size in 16 32 48 64 128 256; do
            expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
        done
        paths=$(awk '{print $NF}' <<<"$listing")
        for path in "${expected[@]}"; do
            grep -qxF -- "$path" <<<"$paths" || fail "$path is not in the package"
        done
        # Nothing outside /usr (no /etc, /var, /opt, no build paths).
        if grep -v -e '^\./$' -e '^\./usr/' <<<"$paths"; then
            fail "the package installs outside /usr (listed above)"
        fi
        grep -E '^-rwxr-xr-x .* \./usr/bin/evidence-browser$' <<<"$listing" >/dev/null \
            || fail "/usr/bin/evidence-browser is not an executable file with mode 0755"

        field() { dpkg-deb -f "$deb" "$1"; }
        [[ $(field Package) == evidence-browser ]] || fail "Package: $(field Package)"
        [[ $(field Version) == "$version" ]] || fail "Version: $(field Version), not $version"
        [[ $(field Architecture) == "$arch" ]] || fail "Architecture: $(field Architecture)"
        [[ $(field Section) == science ]] || fail "Section: $(field Section)"
        [[ -n $(field Maintainer) ]] || fail "no Maintainer"
        [[ -n $(field Description) ]] || fail "no Description"
        depends=$(field Depends)
        echo "Depends: $depends"
        # From dpkg-shlibdeps (the libraries the binary links) and from the Qt plugins the
        # program loads at run time.
        depended=$(tr ',' '\n' <<<"$depends" | awk '{print $1}')
        for package in libc6 libstdc++6 libsqlite3-0 libqt6core6 libqt6gui6 libqt6widgets6 \
                       libqt6sql6 libqt6sql6-sqlite; do
            grep -qxF -- "$package" <<<"$depended" \
                || fail "Depends lacks $package (did dpkg-shlibdeps run?)"
        done

        extract "$deb"
        cmp "$source_dir/packaging/icons/icon.svg" \
            "$tmp/root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            || fail "the packaged scalable icon differs from packaging/icons/icon.svg"
        file -b "$tmp/root/usr/bin/evidence-browser" | grep -q ', stripped$' \
            || fail "the packaged binary is not stripped"
        echo "PASS: $deb holds every expected path and field"
        ;;

    run)
        deb_dir=$1 version=$2
        deb=$(deb_in "$deb_dir")
        extract "$deb"
        binary=$tmp/root/usr/bin/evidence-browser
        mkdir "$tmp/home" "$tmp/cwd"
        # As over ssh: no display, no platform chosen, a fresh home, nothing from XDG.
        headless() {
            (cd "$tmp/cwd" && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
                -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u XDG_DATA_DIRS \
                -u XDG_CONFIG_DIRS HOME="$tmp/home" "$binary" "$@")
        }

        printed=$(headless --version) || fail "--version exited with $?"
        [[ $printed == "evidence-browser $version" ]] \
            || fail "--version printed '$printed', not 'evidence-browser $version'"
        echo "PASS: --version printed '$printed'"

        check_export() {
            python3 -c '
import json, sys
data = json.load(sys.stdin)
assert isinstance(data.get("studies"), list) and data["studies"], "no studies"
print(len(data["studies"]), "studies")' <"$1" || fail "$2 did not print JSON with studies"
        }

        headless export --format json --database "$tmp/x.sqlite" >"$tmp/export.json" \
            || fail "export --database exited with $?"
        [[ -s $tmp/x.sqlite ]] || fail "export did not create $tmp/x.sqlite"
        check_export "$tmp/export.json" "export --format json --database"
        echo "PASS: export --format json --database ran headless"

        # Without --database the program writes only its database, in the user's data folder.
        headless export --format json >"$tmp/export-default.json" \
            || fail "export without --database exited with $?"
        check_export "$tmp/export-default.json" "export --format json"
        data_folder=$tmp/home/.local/share/EvidenceBrowser/evidence-browser
        [[ -s $data_folder/evidence.sqlite ]] || fail "no database in $data_folder"
        written=$(find "$tmp/home" "$tmp/cwd" -type f ! -path "$data_folder/*")
        [[ -z $written ]] || fail "files written outside the user's data folder: $written"
        echo "PASS: export without --database wrote only $data_folder/evidence.sqlite"
        ;;

    metadata)
        deb_dir=$1 app_id=$2
        deb=$(deb_in "$deb_dir")
        for tool in desktop-file-validate appstreamcli; do
            command -v "$tool" >/dev/null || {
                echo "SKIP: $tool is not installed; the installed metadata was not validated"
                exit 77
            }
        done
        extract "$deb"
        output=$(desktop-file-validate "$tmp/root/usr/share/applications/$app_id.desktop" 2>&1) \
            && [[ -z $output ]] || fail "desktop-file-validate: $output"
        # validate-tree also checks that the metainfo's launchable and icon are installed.
        appstreamcli validate-tree --no-net --strict "$tmp/root" \
            || fail "appstreamcli validate-tree on the package's files"
        echo "PASS: the package's desktop file and metainfo validate as installed"
        ;;

    *)
        echo "usage: deb.sh build|contents|run|metadata ARGS..." >&2
        exit 2
        ;;
esac
