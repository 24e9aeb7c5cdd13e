#!/usr/bin/env bash
# Install the Debian/Ubuntu packages innodraft's tests and tools need.
# Used by `make test`, `make run` and .ci/run. Only installs what is missing;
# uses sudo when not root; on systems without apt it prints what to install.
#
#   .ci/system-deps.sh          runtime + test packages
#   .ci/system-deps.sh --full   also packaging tools (msitools/wixl) and xvfb
set -euo pipefail

packages=(
  python3-venv
  # Qt (PySide6 wheels) needs these shared libraries, even offscreen.
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
  # Tests render .docx to PDF and recalculate .xlsx with LibreOffice.
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
  fonts-crosextra-carlito fonts-crosextra-caladea
)
if [[ "${1:-}" == "--full" ]]; then
  # binutils: PyInstaller's dependency analysis (objdump), strip, and as/ld for the ICU data library.
  packages+=(xvfb msitools wixl imagemagick binutils)
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: no apt here; make sure Qt's runtime libraries and LibreOffice are installed." >&2
  exit 0
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "system-deps: please install as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
