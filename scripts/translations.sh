#!/usr/bin/env bash
# The window's translations: update the .ts sources from the code, then compile them to the .qm files the app loads.
# Usage: scripts/translations.sh [update|compile|all]   (default: all)
#   update   pyside6-lupdate reads every tr()/translate()/QT_TRANSLATE_NOOP in organiser/gui and adds new texts to
#            resources/translations/organiser_<lang>.ts (texts no longer in the code are dropped); translate the
#            new entries (Qt Linguist: .venv/bin/pyside6-linguist, or any editor) before compiling
#   compile  pyside6-lrelease writes organiser_<lang>.qm next to each .ts (shipped as package data)
# English has a .ts too: it holds only the English plural forms ("%n statement(s)" → 1 statement / 2 statements).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${ORGANISER_VENV:-$ROOT/.venv}/bin"
DIR="$ROOT/resources/translations"
LANGUAGES=(en uk ar he)
what="${1:-all}"
cd "$ROOT"
mkdir -p "$DIR"
if [ "$what" = update ] || [ "$what" = all ]; then
  mapfile -t sources < <(find organiser/gui -name '*.py' | sort)
  for lang in "${LANGUAGES[@]}"; do
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en \
      -target-language "$lang" "${sources[@]}" -ts "$DIR/organiser_$lang.ts"
  done
fi
if [ "$what" = compile ] || [ "$what" = all ]; then
  for lang in "${LANGUAGES[@]}"; do
    "$BIN/pyside6-lrelease" -silent "$DIR/organiser_$lang.ts" -qm "$DIR/organiser_$lang.qm"
  done
fi
