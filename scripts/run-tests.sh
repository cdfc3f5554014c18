#!/usr/bin/env bash
# One command: set everything up, then run the whole test suite (headless; Qt runs offscreen) and the linters.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/ruff" check organiser tests bench scripts
"$VENV/bin/mypy"
"$VENV/bin/lint-imports" --no-logo --no-cache
exec "$VENV/bin/python" -m pytest -q "$@"
