#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Times a 200-row forest plot written at 150 dpi, as whole processes with a warm file cache:
# evidence-browser export-forest against R metafor's rma() + forest() + png().
# Usage: tests/bench/forest_export_timing.sh [BUILD_DIR]   (needs r-cran-metafor for the R side)
set -euo pipefail
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=5

# 200 studies with deterministic counts (the same file for both tools).
awk 'BEGIN { print "study,events_t,total_t,events_c,total_c";
             for (i = 1; i <= 200; i++) {
               nt = 40 + (i * 37) % 160; nc = 40 + (i * 53) % 160;
               et = 1 + (i * 13) % int(nt / 2); ec = 1 + (i * 7) % int(nc / 2);
               printf "Study %d,%d,%d,%d,%d\n", i, et, nt, ec, nc } }' > "$work/studies.csv"

cat > "$work/forest.R" <<'REOF'
suppressMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
es <- escalc("OR", ai = events_t, n1i = total_t, ci = events_c, n2i = total_c, data = d, slab = study)
res <- rma(yi, vi, data = es, method = "REML")
png(args[2], width = 170, height = 1400, units = "mm", res = 150)
forest(res, atransf = exp)
invisible(dev.off())
REOF

time_runs() {
    local start end
    start=$(date +%s.%N)
    for _ in $(seq "$runs"); do "$@" > /dev/null; done
    end=$(date +%s.%N)
    echo "scale=3; ($end - $start) / $runs" | bc
}

"$build/app/evidence-browser" export-forest --input "$work/studies.csv" --measure OR --method REML \
    --dpi 150 --out "$work/warm.png" > /dev/null # warm the file cache
ours=$(time_runs env -u DISPLAY "$build/app/evidence-browser" export-forest --input "$work/studies.csv" \
    --measure OR --method REML --dpi 150 --out "$work/ours.png")
echo "evidence-browser export-forest, 200 rows, 150 dpi: ${ours} s per run"
if command -v Rscript > /dev/null && Rscript -e 'library(metafor)' > /dev/null 2>&1; then
    Rscript "$work/forest.R" "$work/studies.csv" "$work/warm-r.png" # warm
    theirs=$(time_runs Rscript "$work/forest.R" "$work/studies.csv" "$work/theirs.png")
    echo "R metafor rma() + forest() + png(), 200 rows, 150 dpi: ${theirs} s per run"
    echo "ratio (ours / R): $(echo "scale=3; $ours / $theirs" | bc)"
else
    echo "R with metafor is not installed: only our time is shown"
fi
