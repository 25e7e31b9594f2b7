#!/usr/bin/env bash
# Wall time of the infrastructure article plus the deploy on an empty twin (issue 14): twin start --empty,
# apply --infra, plan --infra --detailed-exitcode (must exit 0), destroy --infra --yes. Prints one line per phase with
# the 1-minute load average before and after. Not yet `run --infra` (no verify, no report): see bench/BENCHMARKS.md.
# Usage: bench/apply-infra.sh            (jar: cli/target/airflow-aks.jar, or $AIRFLOW_AKS_JAR)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${AIRFLOW_AKS_JAR:-$root/cli/target/airflow-aks.jar}"
charts="$root/fixtures/src/main/resources/charts"
work="$(mktemp -d /tmp/apply-infra-bench-XXXXXX)"
load() { cut -d' ' -f1 /proc/loadavg; }
java -jar "$jar" twin start --empty --env-file "$work/twin.env" > "$work/twin.log" 2>&1 &
twin=$!
trap 'kill "$twin" 2>/dev/null || true; wait "$twin" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do grep -q AIRFLOW_AKS_CA_CERT "$work/twin.env" 2>/dev/null && break; sleep 0.5; done
set -a; . "$work/twin.env"; set +a
phase() {
  local name="$1" expect="$2"; shift 2
  local before start end rc=0
  before="$(load)"; start="$(date +%s.%N)"
  java -jar "$jar" "$@" > "$work/$name.log" 2>&1 || rc=$?
  end="$(date +%s.%N)"
  printf '%-14s exit %s (expected %s)  wall %6.1f s  load %s -> %s\n' "$name" "$rc" "$expect" \
    "$(echo "$end - $start" | bc)" "$before" "$(load)"
  [ "$rc" = "$expect" ] || { tail -20 "$work/$name.log"; exit 1; }
}
total_start="$(date +%s.%N)"
phase apply-infra 0 apply --infra --env-file "$work/twin.env" --kubeconfig "$work/k.yaml" \
  --eso-chart "$charts/external-secrets" --airflow-chart "$charts/airflow" --work-dir "$work/w1"
phase plan-infra 0 plan --infra --detailed-exitcode --env-file "$work/twin.env" --kubeconfig "$work/k.yaml" \
  --eso-chart "$charts/external-secrets" --airflow-chart "$charts/airflow" --work-dir "$work/w2"
phase destroy-infra 0 destroy --infra --yes --env-file "$work/twin.env" --kubeconfig "$work/k.yaml"
printf 'total          wall %6.1f s  (%s)\n' "$(echo "$(date +%s.%N) - $total_start" | bc)" "$(uptime)"
