#!/usr/bin/env bash
# Installs the system libraries optimind builds against (Debian/Ubuntu), only when one is missing.
# `setup.sh bench` also installs poppler-utils (pdftotext and pdfinfo, which the benchmark compares with).
set -euo pipefail

# poppler-data holds the CMaps poppler needs for Chinese, Japanese and Korean PDFs (Debian only
# recommends it, and a --no-install-recommends install leaves it out).
# libtcmalloc-minimal4 is the malloc optimind links (it has no pkg-config module: ldconfig finds it).
packages=(libpoppler-glib-dev poppler-data libmagic-dev libxml2-dev libsqlite3-dev libcairo2-dev zlib1g-dev pkg-config libtcmalloc-minimal4)
modules=(poppler-glib poppler-data libmagic libxml-2.0 sqlite3 cairo zlib)
libraries=(libtcmalloc_minimal.so.4)
commands=()
if [ "${1:-}" = bench ]; then
  packages+=(poppler-utils)
  commands+=(pdftotext pdfinfo)
fi

have_libraries() {
  local library known
  known=$(/sbin/ldconfig -p)
  for library in "${libraries[@]}"; do [[ "$known" == *"$library "* ]] || return 1; done
}

have_commands() {
  local command
  for command in "${commands[@]}"; do command -v "$command" >/dev/null 2>&1 || return 1; done
}

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "${modules[@]}" && have_libraries && have_commands; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: missing system libraries (${packages[*]}) and no apt-get here; install them with your package manager" >&2
  exit 69
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup: run as root or install sudo to install: ${packages[*]}" >&2
    exit 77
  fi
fi

echo "setup: installing ${packages[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
pkg-config --exists "${modules[@]}"
have_libraries
have_commands
