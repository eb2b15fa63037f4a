#!/usr/bin/env bash
# The interop suite: exports read back by the real tools (conllu, the UD
# validator, seqeval, spaCy, dkpro-cassis, nbformat, Chromium) and round
# trips through import.
# Runs in .venv (Scripts/python-env.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium loads the pages of `gloss render` (installed here, when missing,
# rather than by every setup).
Scripts/setup.sh chromium

source Scripts/python-env.sh
[ -x .build/debug/gloss ] || swift build --product gloss
exec .venv/bin/python Tests/Interop/interop.py
