#!/usr/bin/env bash
# Sets up everything Organiser needs on Debian/Ubuntu: Debian packages (as root), a virtualenv, the pip packages.
# Sourced by scripts/run-app.sh and scripts/run-tests.sh; safe to run again (it only installs what is missing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ORGANISER_VENV:-$ROOT/.venv}"

# Qt offscreen/xcb libraries, Xvfb for a window without a screen, poppler/qpdf for the PDF checks of the tests,
# Ghostscript for the ink-coverage tests of CMYK output, unicode-data for the bidi conformance test;
# Tesseract with English, Ukrainian, Arabic and Hebrew data for OCR of scans and photos.
APT_PACKAGES=(python3-venv python3-pip libegl1 libgl1 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0
  poppler-utils qpdf ghostscript unicode-data
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-ukr tesseract-ocr-ara tesseract-ocr-heb)

missing_debian_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

install_debian_packages() {
  command -v dpkg-query >/dev/null || return 0   # not Debian/Ubuntu: the pip packages may still be enough
  local missing
  missing="$(missing_debian_packages)"
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Organiser needs these Debian packages. Run this line, then the same command again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $missing" >&2
    exit 1
  fi
  echo "Installing Debian packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

install_python_packages() {
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  local stamp="$VENV/.organiser-installed"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    echo "Installing Python packages into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e "$ROOT[dev]"
    touch "$stamp"
  fi
}

install_debian_packages
install_python_packages
