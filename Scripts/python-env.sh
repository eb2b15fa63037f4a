# Sourced by the scripts that run Python: creates .venv (git-ignored) with
# the pinned versions of Tests/Interop/requirements.txt, and reuses it while
# the pins are unchanged.
requirements=Tests/Interop/requirements.txt
stamp=.venv/.gloss-requirements
if [ ! -x .venv/bin/python ] || ! cmp -s "$requirements" "$stamp"; then
  echo "creating .venv with the pinned Python packages (first run: a few minutes)" >&2
  rm -rf .venv
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$stamp"
fi
