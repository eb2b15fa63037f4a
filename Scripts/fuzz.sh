#!/usr/bin/env bash
# Fuzzing (issue 17): builds the libFuzzer targets of Tests/Fuzz with the
# fuzzer and address sanitizers in .build/fuzz (apart from the ordinary
# build), makes their seed inputs from the test fixtures in .build/fuzz-work
# (git-ignored), and runs them one after the other.
#
# Usage: Scripts/fuzz.sh [TARGET…]   (default: every target)
#   FUZZ_RUNS=N   inputs per target (default 1000000)
#   FUZZ_TIME=S   and at most this many seconds per target (default: no limit)
#   GLOSS=PATH    the gloss binary that exports the seeds (default .build/debug/gloss)
# A crash, sanitizer report, timeout (one input over 10 s) or leak stops the
# target; libFuzzer saves the input as .build/fuzz-work/TARGET/crash-… (or
# timeout-…, leak-…), and the script exits 1. Replay one with
#   .build/fuzz/debug/TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(FuzzJSON FuzzXML FuzzQuery FuzzShell FuzzImport)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
runs=${FUZZ_RUNS:-1000000}
gloss=${GLOSS:-.build/debug/gloss}
work=.build/fuzz-work
swift=${SWIFT:-swift}

# The build: the sanitizers need lld (gold fails on libFuzzer's objects).
for target in "${targets[@]}"; do
  GLOSS_FUZZ=1 "$swift" build -c debug --scratch-path .build/fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --product "$target"
done
[ -x "$gloss" ] || "$swift" build --product gloss

# The seeds: the fixtures' files, and the interop fixture corpus annotated
# and exported in every format (the fuzz targets import against that corpus).
rm -rf "$work/seeds"
mkdir -p "$work/seeds"/{FuzzJSON,FuzzXML,FuzzQuery,FuzzShell,FuzzImport} "$work/exports"
rm -rf "$work/corpus"
cp -R Tests/Fixtures/interop "$work/corpus"
"$gloss" run --corpus "$work/corpus" "$work/corpus/annotate.gloss" >/dev/null
formats=(conll2003 conllu json jsonl spacy brat doccano labelstudio xmi csv) # ImportFormat's order
for index in "${!formats[@]}"; do
  format=${formats[$index]}
  rm -rf "$work/exports/$format"
  "$gloss" export "$format" --corpus "$work/corpus" --status all --all-documents \
    -o "$work/exports/$format" 2>/dev/null || true
  # An import seed: the format's index as the first byte, then the file.
  for file in "$work/exports/$format" "$work/exports/$format"/crlf.ann "$work/exports/$format"/crlf.xmi; do
    [ -f "$file" ] || continue
    { printf "\\$(printf '%03o' "$index")"; cat "$file"; } >"$work/seeds/FuzzImport/$format-$(basename "$file")"
  done
done
for file in Tests/Fixtures/*.conllu; do
  { printf '\001'; cat "$file"; } >"$work/seeds/FuzzImport/conllu-$(basename "$file")"
done
{ printf '\000'; cat Tests/Fixtures/sample.iob2; } >"$work/seeds/FuzzImport/conll2003-sample.iob2"
for format in json jsonl spacy doccano labelstudio; do
  cp "$work/exports/$format" "$work/seeds/FuzzJSON/$format"
done
find Tests/Fixtures -name '*.json' -size -8k | head -50 | while read -r file; do
  cp "$file" "$work/seeds/FuzzJSON/$(echo "$file" | tr / _)"
done
cp "$work/exports/xmi"/*.xmi "$work/exports/xmi/TypeSystem.xml" "$work/seeds/FuzzXML/"
for file in Notebooks/*.gloss Tests/Fixtures/interop/*.gloss Tests/Fixtures/gold-news/scripts/*.gloss; do
  cp "$file" "$work/seeds/FuzzShell/$(echo "$file" | tr / _)"
done
# The queries of QUERY.md's tables, one seed each.
python3 - "$work/seeds/FuzzQuery" <<'PYTHON'
import re, sys
count = 0
for line in open("QUERY.md", encoding="utf-8"):
    match = re.match(r"\| `([^`]+)`", line)
    if match:
        count += 1
        with open("%s/query-%03d" % (sys.argv[1], count), "w", encoding="utf-8") as file:
            file.write(match.group(1).replace("\\|", "|"))
PYTHON

status=0
for target in "${targets[@]}"; do
  mkdir -p "$work/$target/corpus"
  limit=(-runs="$runs")
  # A script runs its commands: short ones keep the pace up (the seeds are cut).
  if [ "$target" = FuzzShell ]; then limit+=(-max_len=1024); fi
  if [ -n "${FUZZ_TIME:-}" ]; then limit+=(-max_total_time="$FUZZ_TIME"); fi
  echo "== $target: ${limit[*]}"
  # New inputs go to the target's own corpus folder; the seeds are read only.
  if ! (cd "$work/$target" && GLOSS_FUZZ_CORPUS="$PWD/../corpus" \
    "../../fuzz/debug/$target" "${limit[@]}" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    corpus ../seeds/"$target" 2>&1 | tee log | grep -E "^(#[0-9]+ +DONE|Done|stat::|==[0-9]+==|SUMMARY|.*(crash|timeout|leak)-)"); then
    :
  fi
  if ls "$work/$target" | grep -qE '^(crash|timeout|leak|oom|slow-unit)-'; then
    echo "== $target: FAILED, see $work/$target/log" >&2
    status=1
  fi
done
exit $status
