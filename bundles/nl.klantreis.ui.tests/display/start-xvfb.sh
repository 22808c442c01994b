#!/usr/bin/env bash
# Starts a virtual X display for the workbench tests and writes its name as the Maven property
# klantreis.display into $1. The display ends when the Maven process that started this script
# ends, so a build never leaves one behind. Needs Debian's xvfb package.
set -euo pipefail
properties=$1
if ! command -v Xvfb >/dev/null 2>&1; then
  echo "The workbench tests need a virtual display: install Xvfb (Debian: apt-get install xvfb)." >&2
  exit 1
fi
maven=$PPID
mkdir -p "$(dirname "$properties")"
# -displayfd: Xvfb picks a free display number itself and writes it to the given descriptor.
numberfile=$(mktemp)
Xvfb -displayfd 4 -screen 0 3200x1800x24 -nolisten tcp 4>"$numberfile" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 1 100); do
  [ -s "$numberfile" ] && break
  sleep 0.1
done
if [ ! -s "$numberfile" ]; then
  echo "Xvfb did not start" >&2
  kill "$xvfb" 2>/dev/null || true
  exit 1
fi
echo "klantreis.display=:$(tr -d '[:space:]' < "$numberfile")" > "$properties"
rm -f "$numberfile"
(while kill -0 "$maven" 2>/dev/null && kill -0 "$xvfb" 2>/dev/null; do sleep 2; done; kill "$xvfb" 2>/dev/null) >/dev/null 2>&1 &
cat "$properties"
