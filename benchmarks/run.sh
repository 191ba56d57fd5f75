#!/usr/bin/env bash
# Runs Cadre's benchmarks and keeps the results: benchmarks/run.sh quick|full [Benchmark…]
#
#   quick  short warm-up and measurement, one fork, a 100,000-person cohort: checks that everything runs
#          and gives rough figures (about 10 minutes on 2 quiet cores)
#   full   the settings docs/performance.md reports: several forks, longer runs, the million-person cohort
#          (about 1.5 hours on 2 quiet cores, plus about 2 GB of disk for the cohort file)
#
# Names after the mode pick benchmark classes (default: all of them). Results go to benchmarks/target/:
# jmh-<mode>-<Benchmark>.json (JMH's JSON) and .txt (its console output), and machine.txt. Extra JMH options
# can be passed in JMH_EXTRA (for example JMH_EXTRA="-prof stack"). The cohort file is written once into
# ${CADRE_BENCH_DIR:-benchmarks/target/data} and reused.
set -euo pipefail

mode="${1:-}"
shift || true
case "$mode" in
  quick|full) ;;
  *) echo "usage: benchmarks/run.sh quick|full [Benchmark…]" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="benchmarks/target"
data="${CADRE_BENCH_DIR:-$out/data}"
jar="$out/benchmarks.jar"

mvn -B -ntp -q -Pbenchmarks -pl benchmarks -am package -DskipTests
mkdir -p "$out" "$data"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores: $(nproc)"
  free -g | sed -n 2p | awk '{print "memory: " $2 " GiB"}'
  grep -m1 "model name" /proc/cpuinfo 2>/dev/null || true
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
  java -version 2>&1
} > "$out/machine.txt"

declare -A quick full
quick[RulesBenchmark]="-f 1 -wi 3 -i 3 -w 1s -r 1s -prof gc"
full[RulesBenchmark]="-f 3 -wi 5 -i 5 -w 1s -r 1s -prof gc"
quick[PersonBenchmark]="-f 1 -wi 3 -i 3 -w 1s -r 1s -prof gc"
full[PersonBenchmark]="-f 3 -wi 5 -i 5 -w 1s -r 1s -prof gc"
quick[CohortBenchmark]="-f 1 -wi 0 -i 1 -p people=100000"
full[CohortBenchmark]="-f 2 -wi 1 -i 3 -p people=1000000"
quick[EscoLoadBenchmark]="-f 1 -wi 2 -i 2 -w 2s -r 2s"
full[EscoLoadBenchmark]="-f 3 -wi 10 -i 5 -w 2s -r 2s"
quick[PlanBenchmark]="-f 1 -wi 3 -i 3 -w 1s -r 1s"
full[PlanBenchmark]="-f 3 -wi 10 -i 5 -w 1s -r 1s"
quick[ColdStartBenchmark]="-f 5"
full[ColdStartBenchmark]="-f 20"
full[EvaluationBenchmark]="-f 3 -wi 10 -i 5"
full[HandWrittenBaseline]="-f 3 -wi 5 -i 5"
full[LoadBenchmark]="-f 3 -wi 10 -i 5"

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=(RulesBenchmark PersonBenchmark PlanBenchmark EscoLoadBenchmark ColdStartBenchmark CohortBenchmark)
  if [ "$mode" = full ]; then
    names+=(EvaluationBenchmark HandWrittenBaseline LoadBenchmark)
  fi
fi

for name in "${names[@]}"; do
  if [ "$mode" = quick ]; then options="${quick[$name]:-}"; else options="${full[$name]:-}"; fi
  if [ -z "$options" ]; then
    options="-f 1 -wi 3 -i 3"
  fi
  echo "== $name $options ${JMH_EXTRA:-}"
  # shellcheck disable=SC2086  # the options are words on purpose
  CADRE_BENCH_DIR="$data" java -jar "$jar" "\\.$name\\." $options ${JMH_EXTRA:-} \
      -rf json -rff "$out/jmh-$mode-$name.json" 2>&1 | tee "$out/jmh-$mode-$name.txt"
done
echo "results: $out/jmh-$mode-*.json and .txt; machine: $out/machine.txt"
