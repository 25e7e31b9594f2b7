#!/usr/bin/env bash
# Issue 15.6: `airflow-aks verify` on a converged twin against the hand-written check a careful human would run
# (bench/by-hand/verify.sh: kubectl wait + get + port-forward + curl of /health). One twin, the guide applied once,
# then N rounds interleaved in this one run (verify, script, verify, script, ...), so both see the same load.
# Prints every run with its exit code and the 1-minute load average before and after, then both medians and the
# ratio verify / script, with `uptime` before and after. Target: ratio <= 2.0.
# Build first: mvn -B -q package -DskipTests
# Usage: bench/verify-vs-script.sh [N rounds, default 5]
#   AIRFLOW_AKS=<command>     how to start airflow-aks (default: bin/airflow-aks, the launcher)
#   VERIFY_ARGS="--azure"     further arguments for verify (the script reads no Azure, so the default is none)
#   BASELINE="java -jar cli/target/airflow-aks.jar"   also time verify started this way in each round (a third arm,
#                             e.g. without the launcher's settings), with its own median and ratio
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
n=${1:-5}
read -r -a cli <<< "${AIRFLOW_AKS:-$root/bin/airflow-aks}"
read -r -a extra <<< "${VERIFY_ARGS:-}"
read -r -a base <<< "${BASELINE:-}"
charts=$root/fixtures/src/main/resources/charts
work=$(mktemp -d /tmp/verify-vs-script-XXXXXX)
load() { cut -d' ' -f1 /proc/loadavg; }
echo "start: $(uptime)"

"${cli[@]}" twin start --kubeconfig "$work/k.yaml" --env-file "$work/twin.env" > "$work/twin.log" 2>&1 &
twin=$!
trap 'kill "$twin" 2>/dev/null || true; wait "$twin" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do   # the env file is written before the kubeconfig: wait for both
  grep -q AIRFLOW_AKS_CA_CERT "$work/twin.env" 2>/dev/null && [ -s "$work/k.yaml" ] && break; sleep 0.5
done
set -a; . "$work/twin.env"; set +a
export KUBECONFIG=$work/k.yaml
"${cli[@]}" apply --kubeconfig "$work/k.yaml" --eso-chart "$charts/external-secrets" \
  --airflow-chart "$charts/airflow" > "$work/apply.log" 2>&1 || { tail -20 "$work/apply.log"; exit 1; }

one() { # name round command...
  local name=$1 i=$2; shift 2
  local before start ms rc=0
  before=$(load); start=$(date +%s%N)
  "$@" > "$work/$name-$i.log" 2>&1 || rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '%-7s %d: %6d ms (exit %d)  load %s -> %s\n' "$name" "$i" "$ms" "$rc" "$before" "$(load)"
  [ "$rc" = 0 ] || { tail -20 "$work/$name-$i.log"; exit 1; }
  echo "$ms" >> "$work/$name.times"
}
for i in $(seq 1 "$n"); do
  one verify "$i" "${cli[@]}" verify --kubeconfig "$work/k.yaml" --env-file "$work/twin.env" \
    --out "$work/report-$i" ${extra[@]+"${extra[@]}"}
  one script "$i" "$root/bench/by-hand/verify.sh"
  [ ${#base[@]} = 0 ] || one base "$i" "${base[@]}" verify --kubeconfig "$work/k.yaml" --env-file "$work/twin.env" \
    --out "$work/base-report-$i" ${extra[@]+"${extra[@]}"}
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
v=$(median "$work/verify.times"); s=$(median "$work/script.times")
echo "median verify ${v} ms, script ${s} ms, ratio verify/script $(echo "scale=2; $v / $s" | bc)" \
     "(rounds=$n, nproc=$(nproc))"
[ ${#base[@]} = 0 ] || { b=$(median "$work/base.times")
  echo "median baseline verify (${base[*]}) ${b} ms, ratio baseline/script $(echo "scale=2; $b / $s" | bc)," \
       "verify/baseline $(echo "scale=2; $v / $b" | bc)"; }
echo "end: $(uptime)"
echo "logs and reports: $work"
