#!/usr/bin/env bash
# Builds the JMH jar and runs the laborcalc benchmarks (issues #7, #21).
#
#   benchmarks/run.sh quick [JMH args…]   smoke check for CI: 1 fork, 1 warm-up and 2 measured
#                                         iterations of 1 s, a subset of the cases; about 3
#                                         minutes on 2 quiet cores, stopped at 10 (QUICK_LIMIT)
#   benchmarks/run.sh full                every family below in turn, each its own JMH run with
#                                         the iterations and forks declared on its class, each
#                                         bounded at 10 minutes (FAMILY_LIMIT); the times each
#                                         takes are in benchmarks/RESULTS.md
#   benchmarks/run.sh full FAMILY         one family (a name below), alone
#   benchmarks/run.sh full [JMH args…]    the caller's choice in one run, bounded at 10 minutes,
#                                         e.g. a benchmark regex: benchmarks/run.sh full
#                                         'JsonBenchmark' -p jsonCase=SEED, or a profiler:
#                                         benchmarks/run.sh quick WorkInjuryBenchmark -prof stack
#   benchmarks/run.sh families            the family names and what each runs
#
# MVN_ARGS adds Maven options to the build (e.g. MVN_ARGS=-o for an offline build); SKIP_BUILD=1
# runs the jar already built.
# Results: benchmarks/target/jmh-<mode>[-<family>].txt (console, with the date, JDK, machine and
# load average at the start and end of each run) and .json.
set -euo pipefail

# Each family runs alone within FAMILY_LIMIT on 2 shared cores (measured times: RESULTS.md).
families=(
  "work-injury-typed|WorkInjuryBenchmark\.(calculate|baseline)$"
  "work-injury-validate|WorkInjuryBenchmark\.(validate|calculateGenerated|validateGenerated)$"
  "json|JsonBenchmark"
  "wage|WageDeterminationBenchmark"
  "severance|SeveranceBenchmark"
  "lookup|ParameterLookupBenchmark"
  "batch|BatchBenchmark"
  "packs-warm|PackLoadingBenchmark\.reread"
  "packs-cold|PackLoadingBenchmark\.cold"
)
FAMILY_LIMIT="${FAMILY_LIMIT:-600}"
QUICK_LIMIT="${QUICK_LIMIT:-600}"

mode="${1:-}"
case "$mode" in
  quick | full) shift ;;
  families)
    for f in "${families[@]}"; do echo "${f%%|*}: ${f#*|}"; done
    exit 0
    ;;
  *)
    echo "usage: $0 quick|full|families [FAMILY | JMH arguments…]" >&2
    exit 2
    ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Never `mvn install`: the jar is built in place from the reactor.
# shellcheck disable=SC2086
if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -B -q ${MVN_ARGS:-} -pl benchmarks -am package -DskipTests -Dlaborcalc.cds.skip=true
fi

jar="benchmarks/target/benchmarks.jar"
out="benchmarks/target/jmh-$mode"

machine() {
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "jdk: $(java -version 2>&1 | head -1)"
  echo "cpus: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
}
machine | tee "$out.txt"

# Single-shot cold loads must not be given warm-up iterations: each fork measures once, cold.
if [ "$mode" = quick ]; then
  # -foe: a benchmark that throws fails the smoke check instead of being skipped.
  common=(-foe true -f 1 -wi 1 -i 2 -w 1s -r 1s -prof gc
    # A subset of the parameters keeps the smoke check short; every benchmark method still runs.
    -p workedCase=SEED,SEED_EVIDENCE,DEATH_2024
    -p evidence=CONFLICTING
    -p jsonCase=SEED
    -p lookup=PREFECTURE_HIT,NATIONAL_FALLBACK
    -p batchSize=10000)
  cold=(-foe true -f 3)
else
  common=(-prof gc)
  cold=()
fi

# Drops from the mode's options those the caller also gives (JMH refuses an option given twice):
# the caller's win. Sets "kept".
keep_options() {
  kept=()
  local i=0 opt value given a
  while [ $i -lt ${#common[@]} ]; do
    opt="${common[$i]}"
    if [[ "$opt" == -* ]] && [ $((i + 1)) -lt ${#common[@]} ] && [[ "${common[$((i + 1))]}" != -* ]]; then
      value="${common[$((i + 1))]}"
      i=$((i + 2))
    else
      value=""
      i=$((i + 1))
    fi
    given=false
    for a in "$@"; do
      if [ "$a" = "$opt" ] && [ "$opt" != -p ]; then given=true; fi
    done
    if [ "$given" = false ]; then
      kept+=("$opt")
      if [ -n "$value" ]; then kept+=("$value"); fi
    fi
  done
}

# One bounded JMH run: LIMIT seconds, then it is stopped and the script fails.
bounded() {
  local limit="$1" json="$2"
  shift 2
  local start rc
  start=$(date +%s)
  set +e
  timeout "$limit" java -jar "$jar" "$@" -rf json -rff "$json" | tee -a "$out.txt"
  rc=${PIPESTATUS[0]}
  set -e
  echo "took: $(($(date +%s) - start)) s; load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee -a "$out.txt"
  if [ "$rc" = 124 ]; then
    echo "run.sh: stopped after $limit s" | tee -a "$out.txt" >&2
  fi
  return "$rc"
}

family_regex() {
  local f
  for f in "${families[@]}"; do
    if [ "${f%%|*}" = "$1" ]; then
      echo "${f#*|}"
      return 0
    fi
  done
  return 1
}

if [ "$mode" = quick ]; then
  if [ $# -gt 0 ]; then
    keep_options "$@"
    bounded "$QUICK_LIMIT" "$out.json" "${kept[@]}" "$@"
  else
    # The whole smoke run shares one bound: the warm families, then the cold loads.
    start=$(date +%s)
    bounded "$QUICK_LIMIT" "$out.json" "${common[@]}" -e 'PackLoadingBenchmark.cold'
    left=$((QUICK_LIMIT - ($(date +%s) - start)))
    if [ "$left" -lt 10 ]; then left=10; fi
    bounded "$left" "$out-cold.json" 'PackLoadingBenchmark.cold' "${cold[@]}"
  fi
elif [ $# -eq 1 ] && regex=$(family_regex "$1"); then
  out="$out-$1"
  machine >"$out.txt"
  if [ "$1" = packs-cold ]; then common=("${cold[@]}"); fi
  bounded "$FAMILY_LIMIT" "$out.json" ${common[@]+"${common[@]}"} "$regex"
elif [ $# -gt 0 ]; then
  keep_options "$@"
  bounded "$FAMILY_LIMIT" "$out.json" "${kept[@]}" "$@"
else
  failed=()
  for f in "${families[@]}"; do
    name="${f%%|*}"
    echo "== family $name" | tee -a "$out.txt"
    # Each family in its own JVMs, its own bound and its own result file.
    options=("${common[@]}")
    if [ "$name" = packs-cold ]; then options=(${cold[@]+"${cold[@]}"}); fi
    if ! bounded "$FAMILY_LIMIT" "$out-$name.json" ${options[@]+"${options[@]}"} "${f#*|}"; then
      failed+=("$name")
    fi
  done
  if [ ${#failed[@]} -gt 0 ]; then
    echo "run.sh: failed or stopped: ${failed[*]}" | tee -a "$out.txt" >&2
    exit 1
  fi
fi
