#!/usr/bin/env bash
# Issue 15.6: `airflow-aks apply` onto a fresh twin against a bash script of the deploy guide's own kubectl/helm
# commands (bench/by-hand/apply.sh, with the real Helm CLI v3.17.2 from bench/helm.sh). Each run gets its own fresh
# twin (started before the clock starts); the two alternate in this one run (apply, script, apply, script, ...) so
# both see the same load. Prints every run with its exit code and the 1-minute load average before and after, then
# both medians and the ratio apply / script, with `uptime` before and after. Target: ratio <= 1.0.
# Build first: mvn -B -q package -DskipTests
# Usage: bench/apply-vs-script.sh [N rounds, default 5]
#   AIRFLOW_AKS=<command>     how to start airflow-aks (default: bin/airflow-aks, the launcher)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
n=${1:-5}
read -r -a cli <<< "${AIRFLOW_AKS:-$root/bin/airflow-aks}"
charts=$root/fixtures/src/main/resources/charts
HELM=$("$root/bench/helm.sh"); export HELM
work=$(mktemp -d /tmp/apply-vs-script-XXXXXX)
load() { cut -d' ' -f1 /proc/loadavg; }
twin=
stop_twin() { [ -z "$twin" ] || { kill "$twin" 2>/dev/null || true; wait "$twin" 2>/dev/null || true; twin=; }; }
trap stop_twin EXIT
echo "start: $(uptime); helm: $HELM"

fresh_twin() { # dir
  mkdir -p "$1"
  "${cli[@]}" twin start --kubeconfig "$1/k.yaml" --env-file "$1/twin.env" > "$1/twin.log" 2>&1 &
  twin=$!
  for _ in $(seq 1 240); do   # the env file is written before the kubeconfig: wait for both
    grep -q AIRFLOW_AKS_CA_CERT "$1/twin.env" 2>/dev/null && [ -s "$1/k.yaml" ] && return 0
    kill -0 "$twin" 2>/dev/null || break; sleep 0.5
  done
  echo "the twin did not start:"; tail -5 "$1/twin.log"; exit 1
}

one() { # name round command...
  local name=$1 i=$2; shift 2
  local dir=$work/$name-$i before start ms rc=0
  fresh_twin "$dir"
  before=$(load); start=$(date +%s%N)
  (set -a; . "$dir/twin.env"; set +a; export KUBECONFIG=$dir/k.yaml; cd "$dir"; "$@") > "$dir/out.log" 2>&1 || rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  stop_twin
  printf '%-7s %d: %6d ms (exit %d)  load %s -> %s\n' "$name" "$i" "$ms" "$rc" "$before" "$(load)"
  [ "$rc" = 0 ] || { tail -20 "$dir/out.log"; exit 1; }
  echo "$ms" >> "$work/$name.times"
}
for i in $(seq 1 "$n"); do
  one apply "$i" "${cli[@]}" apply --eso-chart "$charts/external-secrets" --airflow-chart "$charts/airflow"
  one script "$i" "$root/bench/by-hand/apply.sh"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
a=$(median "$work/apply.times"); s=$(median "$work/script.times")
echo "median apply ${a} ms, script ${s} ms, ratio apply/script $(echo "scale=2; $a / $s" | bc)" \
     "(rounds=$n, nproc=$(nproc))"
echo "end: $(uptime)"
echo "logs: $work"
