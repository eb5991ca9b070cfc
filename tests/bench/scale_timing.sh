#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Times the program on synthetic databases of several sizes, as whole processes: the window's
# start and text filter (bench_window, offscreen), export --format json, audit and
# export-forest --condition HCC, each with its peak resident memory (/usr/bin/time).
# Usage: tests/bench/scale_timing.sh [BUILD_DIR] [STUDIES...]   (default: 1000 10000 100000)
# The databases are generated once, with evidence-bench-data, into BUILD_DIR/bench-data/.
# A run longer than EB_BENCH_TIMEOUT seconds (default 300) is stopped and shown as "> N s".
set -euo pipefail
build=${1:-build-release}
shift || true
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 100000)
timeout_s=${EB_BENCH_TIMEOUT:-300}
program=$build/app/evidence-browser
data=$build/bench-data
mkdir -p "$data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The window remembers filters and layout: give it a settings folder of its own.
export XDG_CONFIG_HOME=$work/config
export QT_QPA_PLATFORM=offscreen

# Runs a command; prints wall time, user + system time (which other work on a shared machine
# does not lengthen) and peak memory, "12.30 s (2.10 s CPU), 33 MB", or "> N s" when stopped.
measure() {
    local status=0
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" timeout "$timeout_s" "$@" > "$work/out" 2> "$work/err" || status=$?
    if ((status == 124)); then
        echo "> ${timeout_s} s"
    elif ((status == 2)) && grep -q 'forest-plot rows' "$work/err"; then
        echo "refused: $(grep -o '[0-9]* forest-plot rows' "$work/err"), $(awk 'END { printf "%.2f s (%.2f s CPU), %.0f MB", $1, $2 + $3, $4 / 1024 }' "$work/time")"
    elif ((status != 0)); then
        echo "exit $status ($(tail -c 120 "$work/err" | tr '\n' ' '))"
    else
        awk 'END { printf "%.2f s (%.2f s CPU), %.0f MB", $1, $2 + $3, $4 / 1024 }' "$work/time"
    fi
}

echo "| studies | database | window shown (filter \"resection\": results shown, longest GUI stall, its p95; arrow key: median, longest) | export --format json | audit | export-forest --condition HCC |"
echo "|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
    db=$data/studies-$n.sqlite
    [[ -f $db ]] || "$build/tests/bench/evidence-bench-data" --studies "$n" --out "$db" --seed 1 2> /dev/null
    size=$(du -m "$db" | cut -f1)
    window=$(measure "$build/tests/bench/bench_window" "$db" resection)
    [[ $window == exit* || $window == ">"* ]] || window="$(sed -E 's/.*shown_ms=([0-9]+) filter_ms=(-?[0-9]+) blocked_ms=([0-9]+) blocked_p95_ms=([0-9]+) key_median_ms=([0-9.-]+) key_max_ms=([0-9.-]+).*/\1 ms (filter \2 ms, GUI blocked \3 ms, p95 \4 ms; arrow key \5 ms, at most \6 ms)/' "$work/out"), ${window#*, }"
    export_json=$(measure "$program" export --format json --database "$db")
    json_mb=$(awk '{ s += length($0) + 1 } END { printf "%.0f", s / 1e6 }' "$work/out" 2> /dev/null || echo "?")
    audit=$(measure "$program" audit --database "$db")
    forest=$(measure "$program" export-forest --condition HCC --database "$db" --out "$work/forest.png")
    echo "| $n | $size MB | $window | $export_json ($json_mb MB of JSON) | $audit | $forest |"
done
