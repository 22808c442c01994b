#!/usr/bin/env bash
# Turns every 16 px SVG here into the GIF EMF.Edit loads (icons/full/obj16/<Class>.gif):
# rendered large and scaled down, with the transparency GIF can hold (one bit).
set -euo pipefail
cd "$(dirname "$0")"
for svg in *.svg; do
  name=${svg%.svg}
  png=$(mktemp --suffix=.png)
  convert -background none -density 768 "$svg" -resize 16x16 "$png"
  convert "$png" -channel A -threshold 45% +channel "../full/obj16/$name.gif"
  rm -f "$png"
done
