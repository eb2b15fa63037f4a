#!/usr/bin/env bash
# Installs what building Gloss needs on a fresh Debian machine with the Swift 6
# toolchain: libedit-dev (for the REPL) and pkg-config, and python3 with venv
# (the interop suite's readers). Safe to run again.
#
# `Scripts/setup.sh chromium` also installs Debian's chromium when it is
# missing: only the interop suite (Scripts/interop.sh) needs it, to load the
# pages `gloss render` writes in a real browser. `Scripts/setup.sh lexicons`
# installs WordNet (wordnet-base) and the word list (wamerican) that retraining
# the shipped POS model reads (README, "Learned taggers").
set -euo pipefail

missing=()
pkg-config --version >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists libedit 2>/dev/null || [ ! -f /usr/include/histedit.h ]; then
  missing+=(libedit-dev)
fi
# Debian splits `python3 -m venv` (ensurepip) into python3-venv.
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  missing+=(python3-venv)
fi
if [ "${1:-}" = chromium ] && ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi
if [ "${1:-}" = lexicons ]; then
  [ -f /usr/share/wordnet/index.noun ] || missing+=(wordnet-base)
  [ -f /usr/share/dict/american-english ] || missing+=(wamerican)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "setup: ${missing[*]} missing, and neither root nor sudo is available to install them." >&2
  echo "setup: as root, run: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "setup: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
