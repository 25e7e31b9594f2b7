#!/usr/bin/env bash
# Wall time of `run --infra` (issue 14, Deliver 5: < 40 s on this machine) against plain `run` (the deploy-only twin),
# interleaved in one session so both see the same load: run, run --infra, run, run --infra, ... Each in a fresh JVM
# and its own report directory; prints every run with its exit code and the 1-minute load average before and after,
# then the medians and their ratio (run --infra / run) with `uptime`. Build first: mvn -B -q package -DskipTests
# Usage: bench/run-infra.sh [N pairs, default 3]    (AIRFLOW_AKS_JAR=<jar> times another build)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3}
jar=${AIRFLOW_AKS_JAR:-cli/target/airflow-aks.jar}
[ -f "$jar" ] || { echo "no $jar; build first: mvn -B -q package -DskipTests" >&2; exit 2; }
out=$(mktemp -d /tmp/run-infra-bench-XXXXXX)
load() { cut -d' ' -f1 /proc/loadavg; }
plain=(); infra=()
one() {
  local name="$1" i="$2"; shift 2
  local before start ms rc
  before="$(load)"; start=$(date +%s%N)
  set +e
  env -u AZURE_SUBSCRIPTION_ID -u AZURE_TENANT_ID -u AZURE_CLIENT_ID -u AZURE_CLIENT_SECRET \
    java -jar "$jar" run --out "$out/$name-$i" "$@" > "$out/$name-$i.log" 2>&1
  rc=$?
  set -e
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '%-10s %d: %6d ms (exit %d)  load %s -> %s\n' "$name" "$i" "$ms" "$rc" "$before" "$(load)"
  [ "$rc" = 0 ] || { tail -15 "$out/$name-$i.log"; exit 1; }
  echo "$ms" >> "$out/$name.times"
}
for i in $(seq 1 "$n"); do
  one run "$i"
  one run-infra "$i" --infra
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p=$(median "$out/run.times"); q=$(median "$out/run-infra.times")
echo "median run ${p} ms, run --infra ${q} ms, ratio $(echo "scale=2; $q / $p" | bc)" \
     "(pairs=$n, nproc=$(nproc); $(uptime))"
echo "logs and reports: $out"
