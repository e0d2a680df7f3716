#!/usr/bin/env bash
# render-check.sh — render a calculation sheet (or any local HTML file) to a PNG with headless
# Chromium, to look at what a reader or a printer will see.
#
# Usage:
#   docs/render-check.sh SHEET.html [OUT.png] [WIDTHxHEIGHT]
#
#   SHEET.html    the HTML file to render (e.g. written by CalculationSheets.html(result))
#   OUT.png       where to write the screenshot; default: SHEET.png next to the input
#   WIDTHxHEIGHT  the window size in CSS pixels; default 1200x1800 (the page is cut there)
#
# Needs the Debian package `chromium` (apt-get install -y chromium) and, for Chinese text, a CJK
# font such as fonts-noto-cjk; without one Chinese characters show as boxes. The browser runs with
# a throw-away profile, no sandbox (so it also runs as root in a container), no GPU, and with
# background networking, component updates and sync turned off: the sheet is self-contained and
# nothing is fetched. Exit status: 0 when the PNG was written; 2 for bad arguments; 3 when
# chromium is missing; 4 when chromium wrote no PNG.
#
# Do not commit the PNGs: they depend on the fonts installed and are for looking at only.
set -euo pipefail

usage() {
  sed -n '4,11p' "$0" | sed 's/^# \{0,1\}//' >&2
}

if [[ $# -lt 1 || $# -gt 3 || "$1" == "-h" || "$1" == "--help" ]]; then
  usage
  exit 2
fi

input=$1
if [[ ! -f "$input" ]]; then
  echo "render-check: no such file: $input" >&2
  exit 2
fi
output=${2:-${input%.*}.png}
size=${3:-1200x1800}
if [[ ! "$size" =~ ^([0-9]+)x([0-9]+)$ ]]; then
  echo "render-check: window size must be WIDTHxHEIGHT, e.g. 1200x1800 (got: $size)" >&2
  exit 2
fi
window="${BASH_REMATCH[1]},${BASH_REMATCH[2]}"

browser=""
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser=$(command -v "$candidate")
    break
  fi
done
if [[ -z "$browser" ]]; then
  echo "render-check: chromium is not installed; install the Debian package with" >&2
  echo "  apt-get install -y chromium fonts-noto-cjk" >&2
  exit 3
fi

# An absolute file:// URL; realpath resolves symlinks and relative paths.
url="file://$(realpath "$input")"
case "$output" in
  /*) ;;
  *) output="$PWD/$output" ;;
esac

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -f "$output"

# Chromium prints harmless warnings (dbus, GPU) on stderr; keep them for a failure report only.
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
if ! "$browser" \
  --headless \
  --no-sandbox \
  --disable-gpu \
  --disable-background-networking \
  --disable-component-update \
  --disable-sync \
  --no-first-run \
  --hide-scrollbars \
  --user-data-dir="$profile" \
  --screenshot="$output" \
  --window-size="$window" \
  "$url" >"$log" 2>&1; then
  cat "$log" >&2
  echo "render-check: chromium failed on $input" >&2
  exit 4
fi
if [[ ! -s "$output" ]]; then
  cat "$log" >&2
  echo "render-check: chromium wrote no screenshot to $output" >&2
  exit 4
fi
echo "$output"
