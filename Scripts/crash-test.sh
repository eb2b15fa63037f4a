#!/usr/bin/env bash
# The crash harness (issue 17): kills Gloss's writing commands with SIGKILL at
# random instants and checks, after each kill, that nothing is lost or torn.
#
# On a copy of a small generated corpus it runs a batch script (`gloss run`:
# annotations from queries, one commit), `gloss tag` (its span taggers, one
# commit; and its syntax, which writes only a cache), `gloss import` and
# `gloss restore`, each killed after a random delay drawn from a seeded
# generator (printed with any failure, so that it can be replayed). When a kill leaves
# a commit journal, the command that runs next (which completes the commit)
# is itself killed half of the time. After each kill it checks that:
#   - the corpus opens (`gloss docs` exits 0) and `gloss log` reads the history;
#   - every line of every Annotations/*.jsonl file is JSON, and no journal is left;
#   - no temporary file (.NAME.tmp-PID-…) is left once a command has run;
#   - the head revision, and a digest of an export and of the history (times
#     left out), are those before the killed command or after it (both
#     recorded by running each command once, whole).
#
# Usage: Scripts/crash-test.sh [--kills N] [--seed S] [--replay NAME:MS[:MS]] [--gloss PATH] [--work DIR]
#   --kills N    kills of the five commands (default 200, or $KILLS; kills of recoveries come on top)
#   --seed S     the generator's seed (default: the time, or $SEED); printed with every failure
#   --replay NAME:MS[:MS]  one kill alone, as a failure printed it: command NAME
#                killed after MS milliseconds (and the recovery after the second MS)
#   --gloss PATH the gloss binary (default .build/debug/gloss, or $GLOSS)
#   --work DIR   the scratch folder (default .build/crash-test; replaced)
# Exits 1 when a check failed; the folders of failed kills are kept in DIR/failures.
set -euo pipefail
cd "$(dirname "$0")/.."

kills=${KILLS:-200}
seed=${SEED:-$(date +%s)}
replay=""
gloss=${GLOSS:-.build/debug/gloss}
work=.build/crash-test
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) kills=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --replay) replay=$2; shift 2 ;;
    --gloss) gloss=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "crash-test: unknown option '$1' (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
if [ ! -x "$gloss" ]; then
  echo "crash-test: no gloss binary at $gloss; build it (swift build --product gloss) or give --gloss PATH" >&2
  exit 2
fi
gloss=$(cd "$(dirname "$gloss")" && pwd)/$(basename "$gloss")
rm -rf "$work"
mkdir -p "$work/failures"
work=$(cd "$work" && pwd)
export GLOSS_ANNOTATOR=crash-test

# The documents: template news sentences with names, places and dates,
# some non-ASCII, from a generator seeded apart from the kills' (the corpus
# is the same on every run).
generate_corpus() {
  mkdir -p "$1/Corpus"
  python3 - "$1/Corpus" <<'PYTHON'
import random, sys
folder = sys.argv[1]
people = ["Vladimir Putin", "Kim Jong Un", "José Ramos", "Zoë Martin", "Ana Pérez", "Moon Jae-in"]
places = ["Pyongyang", "Seoul", "Moscow", "New York", "Boston", "Geneva", "São Paulo"]
groups = ["the United Nations", "the Kremlin", "the State Duma", "Reuters"]
dates = ["19 June 2024", "3 May 2024", "November 10, 2024", "last Tuesday", "in 1996"]
templates = [
    "{p} met {q} in {l} on {d}.",
    "{g} said that {p} would travel to {l} {d}.",
    "In {l}, {p} signed the treaty with {q}.",
    "Officials from {g} confirmed the visit to {l} on {d}.",
    "{p} told {g} that talks in {l} went well. 😀",
]
rng = random.Random(17)
for number in range(40):
    sentences = []
    for _ in range(rng.randint(10, 18)):
        sentences.append(rng.choice(templates).format(
            p=rng.choice(people), q=rng.choice(people), l=rng.choice(places),
            g=rng.choice(groups), d=rng.choice(dates)))
    text = "Report %d\n\n" % number + " ".join(sentences) + "\n"
    with open("%s/doc%02d.txt" % (folder, number), "w", encoding="utf-8") as file:
        file.write(text)
PYTHON
}

# Runs gloss on the corpus in folder $1: g DIR SUBCOMMAND ARGUMENTS…
g() {
  local folder=$1 subcommand=$2
  shift 2
  "$gloss" "$subcommand" --corpus "$folder" "$@"
}

# The head revision (0 before the first commit).
head_revision() {
  g "$1" log --limit 1 | awk 'NR == 3 { print $1; found = 1 } END { if (!found) print 0 }'
}

# Checks that every line of every Annotations/*.jsonl file is JSON (else
# names the first that is not and fails), and prints a digest of the
# history files without the commits' times.
store_digest() {
  python3 - "$1/Annotations" <<'PYTHON'
import glob, hashlib, json, sys
digest = hashlib.sha256()
for path in sorted(glob.glob(sys.argv[1] + "/*.jsonl")):
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            try:
                value = json.loads(line)
            except ValueError as error:
                print("%s:%d: %s" % (path, number, error))
                sys.exit(1)
            if path.endswith(".history.jsonl"):
                value.pop("time", None)
                digest.update((path.rsplit("/", 1)[1] + json.dumps(value, sort_keys=True) + "\n").encode())
print(digest.hexdigest()[:16])
PYTHON
}

# The digest of everything annotated: every span of every document (as
# exported) and the history.
export_digest() {
  { g "$1" export jsonl --status all; store_digest "$1"; } | sha256sum | cut -c1-16
}

# Milliseconds since the epoch.
now_ms() { date +%s%3N; }

# Sleeps for a number of milliseconds.
sleep_ms() { sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"; }

# The commands killed, in the order they run on the corpus: command i goes
# from state i to state i+1. The batch script annotates from queries; the
# import reads spans exported from another copy; the last, the syntax of
# `gloss tag`, writes only its cache (Annotations/.cache/syntax), so its
# state after is its state before. It takes the longest (the models load),
# so it is drawn one time in ten, the others evenly.
names=(run tag import restore syntax)
commands=(
  "run $work/batch.gloss"
  "tag --layers entity,time,clause"
  "import jsonl $work/import.jsonl"
  "restore 1"
  "tag --layers syntax"
)

echo "crash-test: seed $seed, $kills kills, gloss $gloss, work $work"
base=$work/states/0
generate_corpus "$base"
cat >"$work/init.gloss" <<'SCRIPT'
annotate query "Seoul" as entity:GPE
commit -m "places (crash test)"
SCRIPT
cat >"$work/batch.gloss" <<'SCRIPT'
# Annotations from queries: one revision.
annotate query "Kim Jong Un" or "Vladimir Putin" or "Zoë Martin" as entity:PERSON
annotate query "Pyongyang" or "Moscow" or "Geneva" as entity:GPE
annotate query "June 2024" as time:DATE value=2024-06
commit -m "people and places (crash test batch)"
SCRIPT
g "$base" run "$work/init.gloss" >/dev/null 2>&1
# The file to import: other spans, exported from a copy.
cp -a "$base" "$work/other"
cat >"$work/other.gloss" <<'SCRIPT'
annotate query "Boston" or "New York" or "São Paulo" as entity:GPE
annotate query "the United Nations" as entity:ORG
commit -m "other places"
SCRIPT
g "$work/other" run "$work/other.gloss" >/dev/null 2>&1
g "$work/other" export jsonl --status all -o "$work/import.jsonl" 2>/dev/null
rm -rf "$work/other"

# Each command once, whole: its time, and the states before and after it.
declare -a revisions digests durations
revisions[0]=$(head_revision "$base")
digests[0]=$(export_digest "$base")
for index in "${!names[@]}"; do
  state=$((index + 1))
  cp -a "$work/states/$index" "$work/states/$state"
  started=$(now_ms)
  # shellcheck disable=SC2086 # the command's words
  if ! g "$work/states/$state" ${commands[$index]} >"$work/out" 2>&1; then
    echo "crash-test: '${commands[$index]}' failed when run whole: $(tail -3 "$work/out")" >&2
    exit 1
  fi
  durations[index]=$(($(now_ms) - started))
  revisions[state]=$(head_revision "$work/states/$state")
  digests[state]=$(export_digest "$work/states/$state")
  if [ "${names[$index]}" = syntax ]; then
    if [ "${revisions[state]}" -ne "${revisions[index]}" ] || [ "${digests[state]}" != "${digests[index]}" ]; then
      echo "crash-test: '${commands[$index]}' changed the spans" >&2
      exit 1
    fi
  elif [ "${revisions[state]}" -ne $((revisions[index] + 1)) ] || [ "${digests[state]}" = "${digests[index]}" ]; then
    echo "crash-test: '${commands[$index]}' did not commit a change when run whole" >&2
    exit 1
  fi
  echo "  ${names[$index]}: ${durations[index]} ms whole, revision ${revisions[index]} -> ${revisions[state]}"
done
started=$(now_ms)
g "$base" log >/dev/null
recovery_ms=$(($(now_ms) - started))

failures=0
declare -A killed completed journals
recovery_kills=0
temporaries=0
for name in "${names[@]}"; do
  killed[$name]=0
  completed[$name]=0
  journals[$name]=0
done

# Reports a failed check and keeps the folder.
fail() {
  local replay="${names[$index]}:$delay"
  [ -z "$recovery_killed_at" ] || replay+=":$recovery_killed_at"
  echo "FAIL round $round (${names[$index]} killed after $delay ms${recovery_killed_at:+, its recovery after $recovery_killed_at ms}; seed $seed; replay: Scripts/crash-test.sh --replay $replay): $1" >&2
  failures=$((failures + 1))
  cp -a "$corpus" "$work/failures/round-$round" 2>/dev/null || true
}

# Starts a command, kills it after `delay` ms; sets `status` (137 when killed).
run_and_kill() {
  local milliseconds=$1
  shift
  local subcommand=$1
  shift
  # gloss itself, not a subshell, is the process killed.
  "$gloss" "$subcommand" --corpus "$corpus" "$@" >"$work/out" 2>&1 &
  local pid=$!
  sleep_ms "$milliseconds"
  kill -KILL "$pid" 2>/dev/null || true
  status=0
  wait "$pid" 2>/dev/null || status=$?
}

# Where each command commits, learnt as it goes: the longest delay whose
# kill left the state before (low) and the shortest whose kill left it
# after, or a journal, or that the command outlived (high). Half of the
# delays are drawn around that window, half over the whole command.
declare -a low high
for index in "${!names[@]}"; do
  low[index]=0
  high[index]=${durations[index]}
done

RANDOM=$seed
corpus=$work/run
round=0
total_kills=0
while [ "$total_kills" -lt "$kills" ] && [ "$round" -lt $((kills * 3)) ]; do
  round=$((round + 1))
  recovery_killed_at=""
  if [ -n "$replay" ]; then
    IFS=: read -r name delay recovery_delay <<<"$replay"
    for index in "${!names[@]}"; do [ "${names[$index]}" = "$name" ] && break; done
    if [ "${names[$index]}" != "$name" ]; then echo "crash-test: no command '$name' (${names[*]})" >&2; exit 2; fi
    recovery_draw=$([ -n "$recovery_delay" ] && echo 0 || echo 1)
    kills=1
  else
    draw=$((RANDOM % 10))
    if [ "$draw" -eq 9 ]; then index=4; else index=$((draw % 4)); fi
    if [ $((RANDOM % 2)) -eq 0 ]; then
      delay=$((durations[index] * RANDOM / 32767))
    else
      margin=$((durations[index] / 10 + 5))
      from=$((low[index] < high[index] ? low[index] : high[index]))
      to=$((low[index] < high[index] ? high[index] : low[index]))
      delay=$((from - margin + (to - from + 2 * margin) * RANDOM / 32767))
      [ "$delay" -ge 0 ] || delay=0
    fi
    recovery_draw=$RANDOM
    recovery_delay=$((recovery_ms * RANDOM / 32767))
  fi
  name=${names[$index]}
  rm -rf "$corpus"
  cp -a "$work/states/$index" "$corpus"
  # shellcheck disable=SC2086 # the command's words
  run_and_kill "$delay" ${commands[$index]}
  if [ "$status" -eq 137 ]; then
    killed[$name]=$((killed[$name] + 1))
    total_kills=$((total_kills + 1))
  elif [ "$status" -eq 0 ]; then
    completed[$name]=$((completed[$name] + 1))
    [ "$delay" -ge "${high[index]}" ] || high[index]=$delay
  else
    fail "the command failed with status $status: $(tail -3 "$work/out")"
    continue
  fi
  # A journal left: the next command completes the commit; kill it too, half of the time.
  if [ -e "$corpus/Annotations/.journal" ]; then
    journals[$name]=$((journals[$name] + 1))
    [ "$delay" -ge "${high[index]}" ] || high[index]=$delay
    if [ $((recovery_draw % 2)) -eq 0 ]; then
      run_and_kill "$recovery_delay" log
      if [ "$status" -eq 137 ]; then
        recovery_kills=$((recovery_kills + 1))
        recovery_killed_at=$recovery_delay
      fi
    fi
  fi

  # The checks.
  if [ -n "$(find "$corpus" -name '.*.tmp-*')" ]; then temporaries=$((temporaries + 1)); fi
  if ! g "$corpus" docs >"$work/out" 2>&1; then
    fail "gloss docs failed: $(tail -3 "$work/out")"
    continue
  fi
  if ! revision=$(head_revision "$corpus" 2>"$work/out"); then
    fail "gloss log failed: $(tail -3 "$work/out")"
    continue
  fi
  if [ -e "$corpus/Annotations/.journal" ]; then fail "a journal is left after gloss docs"; fi
  leftovers=$(find "$corpus" -name '.*.tmp-*' | sed "s|$corpus/||")
  if [ -n "$leftovers" ]; then fail "temporary files left after gloss docs: $leftovers"; fi
  if ! bad=$(store_digest "$corpus"); then fail "a store file does not parse: $bad"; fi
  if ! digest=$(export_digest "$corpus" 2>"$work/out"); then
    fail "gloss export failed: $(tail -3 "$work/out")"
    continue
  fi
  if [ "$revision" = "${revisions[index]}" ]; then
    if [ "$status" -eq 137 ] && [ "$delay" -gt "${low[index]}" ]; then low[index]=$delay; fi
    [ "$digest" = "${digests[index]}" ] || fail "revision $revision as before, but the spans or history differ from before"
  elif [ "$revision" = "${revisions[index + 1]}" ]; then
    [ "$delay" -ge "${high[index]}" ] || high[index]=$delay
    [ "$digest" = "${digests[index + 1]}" ] || fail "revision $revision as after, but the spans or history differ from after"
  else
    fail "head revision $revision, neither ${revisions[index]} (before) nor ${revisions[index + 1]} (after)"
  fi
  [ -z "$replay" ] || break
done

total=0
summary=""
for name in "${names[@]}"; do
  total=$((total + killed[$name]))
  summary+=" $name ${killed[$name]} (${journals[$name]} mid-commit)"
  if [ "${completed[$name]}" -gt 0 ]; then summary+=" + ${completed[$name]} done first"; fi
  summary+=";"
done
echo "crash-test: $total kills survived in $round rounds:$summary"
echo "crash-test: $recovery_kills recoveries (the command after a mid-commit kill) killed too;" \
  "$temporaries kills left temporary files, removed by the next command; failures: $failures (seed $seed)"
[ "$failures" -eq 0 ]
