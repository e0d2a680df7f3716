#!/usr/bin/env bash
# Builds the JMH jar and runs the laborcalc benchmarks (issue #7).
#
#   benchmarks/run.sh quick [JMH args…]   smoke check for CI: 1 fork, 1 warm-up and 2 measured
#                                         iterations of 1 s, a subset of the cases; ~2–3 minutes
#                                         on 2 cores
#   benchmarks/run.sh full  [JMH args…]   every case with the iterations and forks declared on
#                                         each class (about 20 minutes on 2 cores)
#
# Extra arguments go to JMH, e.g. a benchmark regex: benchmarks/run.sh full WorkInjuryBenchmark
# or a profiler: benchmarks/run.sh quick WorkInjuryBenchmark -prof stack.
# MVN_ARGS adds Maven options to the build (e.g. MVN_ARGS=-o for an offline build).
# Results: benchmarks/target/jmh-<mode>.txt (console), jmh-<mode>.json and jmh-<mode>-cold.json.
set -euo pipefail

mode="${1:-}"
case "$mode" in
  quick | full) shift ;;
  *)
    echo "usage: $0 quick|full [JMH arguments…]" >&2
    exit 2
    ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Never `mvn install`: the jar is built in place from the reactor.
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:-} -pl benchmarks -am package -DskipTests

jar="benchmarks/target/benchmarks.jar"
out="benchmarks/target/jmh-$mode"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "jdk: $(java -version 2>&1 | head -1)"
  echo "cpus: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out.txt"

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

if [ $# -gt 0 ]; then
  # The caller chose what to run. JMH refuses an option given twice, so a mode option the caller
  # also gives (e.g. -i 5) is dropped from the mode's list: the caller's wins.
  kept=()
  i=0
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
  java -jar "$jar" "${kept[@]}" -rf json -rff "$out.json" "$@" | tee -a "$out.txt"
else
  java -jar "$jar" "${common[@]}" -e 'PackLoadingBenchmark.cold' -rf json -rff "$out.json" \
    | tee -a "$out.txt"
  java -jar "$jar" 'PackLoadingBenchmark.cold' "${cold[@]}" -rf json -rff "$out-cold.json" \
    | tee -a "$out.txt"
fi
