#!/usr/bin/env bash
# Bench command for the main job's wall time (issue 6 "Speed"): runs `airflow-aks run` N times in fresh JVMs,
# each into its own report directory, and prints every run's time plus min / median / max. Build first:
#   mvn -B -q package -DskipTests
# Usage: bench/run-wall-time.sh [N] [extra run arguments, e.g. --fault federated-subject-mismatch]
# AIRFLOW_AKS_JAR=<jar> times another build (e.g. a saved copy of the previous commit's jar) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3}; shift || true
jar=${AIRFLOW_AKS_JAR:-cli/target/airflow-aks.jar}
[ -f "$jar" ] || { echo "no $jar; build first: mvn -B -q package -DskipTests" >&2; exit 2; }
out=$(mktemp -d)
times=()
for i in $(seq 1 "$n"); do
  start=$(date +%s%N)
  set +e
  java -jar "$jar" run --out "$out/run-$i" "$@" > "$out/run-$i.log" 2>&1
  rc=$?
  set -e
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms (exit $rc)"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "jar=$jar runs=$n min=${sorted[0]} ms median=${sorted[$(( n / 2 ))]} ms max=${sorted[$(( n - 1 ))]} ms" \
     "(nproc=$(nproc), load average at end: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "logs and reports: $out"
