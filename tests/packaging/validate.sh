#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Validates the configured desktop file or AppStream metainfo with the freedesktop tools:
#   validate.sh desktop FILE    desktop-file-validate: fails on any error, warning or hint
#   validate.sh metainfo FILE   appstreamcli validate --no-net --strict: fails on any issue
#                               above pedantic
# Exits 77 (ctest's SKIP_RETURN_CODE) with a SKIP line only when the tool is missing.
set -euo pipefail

kind=${1:?usage: validate.sh desktop|metainfo FILE}
file=${2:?usage: validate.sh desktop|metainfo FILE}

require_tool() {
    command -v "$1" >/dev/null || {
        echo "SKIP: $1 is not installed (Debian package $2); $file was not validated"
        exit 77
    }
}

[[ -f $file ]] || { echo "FAIL: $file does not exist" >&2; exit 1; }

case $kind in
    desktop)
        require_tool desktop-file-validate desktop-file-utils
        # desktop-file-validate exits 0 on warnings and hints: treat any output as a failure.
        output=$(desktop-file-validate "$file" 2>&1) || status=$?
        if [[ ${status:-0} != 0 || -n $output ]]; then
            echo "FAIL: desktop-file-validate $file" >&2
            echo "$output" >&2
            exit 1
        fi
        echo "PASS: desktop-file-validate $file"
        ;;
    metainfo)
        require_tool appstreamcli appstream
        appstreamcli validate --no-net --strict "$file"
        echo "PASS: appstreamcli validate --no-net --strict $file"
        ;;
    *)
        echo "usage: validate.sh desktop|metainfo FILE" >&2
        exit 2
        ;;
esac
