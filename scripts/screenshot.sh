#!/usr/bin/env bash
# Start the real app under xvfb-run, let it draw itself, and save screenshot.png at the repository root.
# Usage: scripts/screenshot.sh [--size WIDTHxHEIGHT] [--db PATH] [--lang CODE] [OUTPUT.png]
#   --size   screen and window size (default 1400x900; e.g. 1280x720 for a small laptop, 1920x1080)
#   --db     corpus to open (default: a fresh scratch corpus with the sample statements and flyers)
#   --lang   the window's language: en, uk, ar or he (default: English, whatever this machine's locale)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="$ROOT/.venv/bin/python"
WIDTH="${ORGANISER_SCREENSHOT_WIDTH:-1400}"
HEIGHT="${ORGANISER_SCREENSHOT_HEIGHT:-900}"
DB=""
LANGUAGE="en"
OUT="$ROOT/screenshot.png"
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --lang)
      [[ "$2" =~ ^(en|uk|ar|he)$ ]] || { echo "--lang wants en, uk, ar or he" >&2; exit 2; }
      LANGUAGE="$2"; shift 2 ;;
    --size)
      [[ "$2" =~ ^([0-9]+)x([0-9]+)$ ]] || { echo "--size wants WIDTHxHEIGHT, e.g. 1280x720" >&2; exit 2; }
      WIDTH="${BASH_REMATCH[1]}"; HEIGHT="${BASH_REMATCH[2]}"; shift 2 ;;
    *) OUT="$(realpath -m "$1")"; shift ;;
  esac
done
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if [ -z "$DB" ]; then
  DB="$WORK/corpus.db"  # the samples are imported on first use
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install -y xvfb xauth" >&2; exit 1; }
rm -f "$OUT"
# Fresh settings and data folders: the screenshot shows the default layout, not this machine's.
XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" ORGANISER_UI_LANGUAGE="$LANGUAGE" \
ORGANISER_SCREENSHOT="$OUT" ORGANISER_SCREENSHOT_WIDTH="$WIDTH" ORGANISER_SCREENSHOT_HEIGHT="$HEIGHT" \
  timeout 120 xvfb-run -a -s "-screen 0 ${WIDTH}x${HEIGHT}x24 -dpi 96" "$PY" -m organiser --db "$DB"
[ -s "$OUT" ] || { echo "no screenshot was written" >&2; exit 1; }
echo "$OUT"
