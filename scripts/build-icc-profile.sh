#!/usr/bin/env bash
# Rebuilds resources/icc/Organiser-FOGRA39-TAC300.icc from FOGRA's characterisation data (not run by the tests).
# Needs the Debian packages argyll and icc-profiles-free; takes about two minutes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp /usr/share/color/icc/FOGRA39L.ti3 "$WORK/"
cd "$WORK"
colprof -qm -kr -l300 -L95 -S /usr/share/color/icc/sRGB.icc -cmt -dpp \
  -D "Organiser FOGRA39 (ISO 12647-2 coated, TAC 300%)" \
  -C "Built with ArgyllCMS colprof from the FOGRA39L characterisation data (zlib licence, icc-profiles-free)" \
  FOGRA39L
cp FOGRA39L.icc "$ROOT/resources/icc/Organiser-FOGRA39-TAC300.icc"
