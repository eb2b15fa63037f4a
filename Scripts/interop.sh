#!/usr/bin/env bash
# The interop suite: exports read back by the real tools (conllu, the UD
# validator, seqeval, spaCy, dkpro-cassis, nbformat, Chromium) and round
# trips through import.
# Creates .venv (git-ignored) with the pinned versions of
# Tests/Interop/requirements.txt, and reuses it while the pins are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium loads the pages of `gloss render` (installed here, when missing,
# rather than by every setup).
Scripts/setup.sh chromium

requirements=Tests/Interop/requirements.txt
stamp=.venv/.gloss-requirements
if [ ! -x .venv/bin/python ] || ! cmp -s "$requirements" "$stamp"; then
  echo "interop: creating .venv with the pinned readers (first run: a few minutes)" >&2
  rm -rf .venv
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$stamp"
fi
[ -x .build/debug/gloss ] || swift build --product gloss
exec .venv/bin/python Tests/Interop/interop.py
