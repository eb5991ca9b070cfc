#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the committed PNG icons from the hand-written SVGs (run once after editing an
# SVG, then commit the PNGs; the build does not need rsvg-convert):
#   icon-small.svg -> 16 and 32 px (pixel-aligned, simplified)
#   icon.svg       -> 48, 64, 128 and 256 px (and installed as the scalable icon)
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 16 32 48 64 128 256; do
    source=icon.svg
    ((size <= 32)) && source=icon-small.svg
    rsvg-convert --width "$size" --height "$size" "$source" --output "icon-$size.png"
done
