#!/usr/bin/env bash
# The screenshot sequence of docs/everyday-flow.md: the keyboard-only journey test, saving a picture at each step
# into docs/screenshots/flow/. Uses a real X server (xvfb-run) when there is one, else Qt's offscreen platform.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ORGANISER_VENV:-$ROOT/.venv}"
OUT="$ROOT/docs/screenshots/flow"
rm -rf "$OUT"
cd "$ROOT"
run=("$VENV/bin/python" -m pytest -q -p no:cacheprovider tests/gui/test_keyboard_journey.py)
if command -v xvfb-run >/dev/null; then
  ORGANISER_FLOW_SHOTS="$OUT" QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" "${run[@]}"
else
  ORGANISER_FLOW_SHOTS="$OUT" QT_QPA_PLATFORM=offscreen "${run[@]}"
fi
ls "$OUT"
