#!/usr/bin/env bash
# One command: set everything up, then start Organiser on the default corpus (the samples are imported on first run).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "There is no screen to show the window on (DISPLAY is not set)." >&2
  echo "On a desktop, run this from a terminal inside your session. On a server, run:" >&2
  echo "  xvfb-run -a bash scripts/run-app.sh" >&2
  exit 1
fi
exec "$ROOT/.venv/bin/organiser" "$@"
