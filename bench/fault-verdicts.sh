#!/usr/bin/env bash
# Issue 15 "Done when": for each fault, a verdict in seconds, exit 1, and a first root cause naming the faulted object.
#
#   bench/fault-verdicts.sh [twin|hand|all]        (default all)
#   ONLY="twin: image-missing|hand: webserver-port-8081" bench/fault-verdicts.sh    (only the rows whose name matches
#                                                                                   this extended regex)
#   SETTLE=2 bench/fault-verdicts.sh               (each fault waits for a 1-minute load average below 2 first)
#
# twin: every `twin faults` switch: `twin start --fault NAME`, `apply` (it may fail: the fault is there from the
#       start), then `verify --azure` alone is timed.
# hand: the hand-made faults of issue 15 on a fresh twin each: `twin start`, `apply`, the fault injected with
#       kubectl or an ARM call (curl, bench/by-hand/arm.sh), then `verify --azure` alone is timed.
# Prints one table row per fault: name, wall seconds of the timed command, exit code, first root-cause line, and the
# 1-minute load average before and after (`uptime`). Logs stay in the printed folder. Needs cli/target/airflow-aks.jar
# (`mvn -B -o -q -pl cli -am -DskipTests package`; started through bin/airflow-aks) and kubectl on PATH.
set -u
cd "$(dirname "$0")/.."
JAR=${AIRFLOW_AKS_JAR:-cli/target/airflow-aks.jar}
MODE=${1:-all}
CLI=(env AIRFLOW_AKS_JAR="$JAR" "$PWD/bin/airflow-aks")   # the launcher: class-data archive, C1 only
WORK=$(mktemp -d /tmp/fault-verdicts.XXXXXX)
echo "logs: $WORK ($(uptime))"

load() { uptime | sed 's/.*load average: \([0-9.]*\).*/\1/'; }

row() { # name seconds exit cause load-before load-after
  printf '| %s | %s s | %s | %s | %s → %s |\n' "$1" "$2" "$3" "$4" "$5" "$6"
}

first_cause() { grep -m1 'first root cause' "$1" | sed 's/^ *first root cause//; s/|/\\|/g' ; }

timed() { # out-file command...
  local out=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" >"$out" 2>&1
  local rc=$?
  end=$(date +%s.%N)
  echo "$rc $(echo "$end - $start" | bc)"
}

twin_faults() {
  for fault in $("${CLI[@]}" twin faults | awk '{print $1}'); do
    timed_verify "twin: $fault" "$WORK/twin-$fault" "" --fault "$fault"
  done
}

# one fresh twin (extra arguments go to `twin start`) with the guide applied; echoes the twin's pid. A twin that dies
# while it starts (at a load average of 25 its own seeding client timed out in the TLS handshake) is started again,
# at most 3 times; the last attempt's pid is echoed either way, and the row then says the twin did not start.
fresh_twin() {
  local dir=$1; shift
  local pid attempt
  for attempt in 1 2 3; do
    rm -f "$dir/k.yaml" "$dir/twin.env"
    "${CLI[@]}" twin start --kubeconfig "$dir/k.yaml" --env-file "$dir/twin.env" "$@" >"$dir/twin.log" 2>&1 &
    pid=$!
    # the env file is written before the kubeconfig: wait for both
    for _ in $(seq 1 240); do
      grep -q AIRFLOW_AKS_CA_CERT "$dir/twin.env" 2>/dev/null && [ -s "$dir/k.yaml" ] && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    sleep 1
    kill -0 "$pid" 2>/dev/null && break
    cp "$dir/twin.log" "$dir/twin-attempt-$attempt.log"
  done
  (set -a; . "$dir/twin.env"; set +a
   "${CLI[@]}" apply --kubeconfig "$dir/k.yaml" \
     --eso-chart fixtures/src/main/resources/charts/external-secrets \
     --airflow-chart fixtures/src/main/resources/charts/airflow >"$dir/apply.log" 2>&1)
  echo "$pid"
}

# SETTLE=N: before the fault is injected (so the time between the fault and verify stays as without it), wait until
# the 1-minute load average is below N, at most 120 s; the row's "before" load then shows whether it got there.
settle() {
  [ -n "${SETTLE:-}" ] || return 0
  for _ in $(seq 1 120); do
    [ "$(echo "$(load) < $SETTLE" | bc)" = 1 ] && return 0
    sleep 1
  done
}

# name, folder, the injection as a shell snippet using $K (may be empty), then `twin start` arguments
timed_verify() {
  local name=$1 dir=$2 inject=$3; shift 3
  [ -z "${ONLY:-}" ] || [[ "$name" =~ ^($ONLY)$ ]] || return 0
  mkdir -p "$dir"
  local pid; pid=$(fresh_twin "$dir" "$@")
  settle
  [ -z "$inject" ] || (set -a; . "$dir/twin.env"; set +a; K="$dir/k.yaml" bash -c ". bench/by-hand/arm.sh; $inject") \
    >"$dir/inject.log" 2>&1
  local before; before=$(load)
  read -r rc secs < <(set -a && . "$dir/twin.env" && set +a \
    && timed "$dir/verify.out" "${CLI[@]}" verify --kubeconfig "$dir/k.yaml" --env-file "$dir/twin.env" \
      --azure --out "$dir/report")
  local cause; cause=$(first_cause "$dir/verify.out")
  kill -0 "$pid" 2>/dev/null || cause="(the twin did not start or died: see $dir/twin.log) $cause"
  row "$name" "$(printf %.1f "$secs")" "$rc" "$cause" "$before" "$(load)"
  kill "$pid" 2>/dev/null
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

hand_fault() { # name, then the injection as a shell snippet using $K
  timed_verify "hand: $1" "$WORK/hand-$1" "$2"
}

hand_faults() {
  hand_fault eso-scaled-to-0-secret-deleted \
    'kubectl --kubeconfig $K -n airflow scale deploy external-secrets --replicas=0 &&
     kubectl --kubeconfig $K -n airflow delete secret storage-account-credentials'
  hand_fault webserver-port-8081 \
    'kubectl --kubeconfig $K -n airflow patch svc airflow-webserver --type=json \
       -p "[{\"op\":\"replace\",\"path\":\"/spec/ports/0/port\",\"value\":8081}]"'
  hand_fault logs-pvc-class-standard \
    'kubectl --kubeconfig $K -n airflow get pvc pvc-airflow-logs -o yaml > /tmp/pvc.$$ &&
     kubectl --kubeconfig $K -n airflow delete pvc pvc-airflow-logs --wait=false &&
     kubectl --kubeconfig $K patch pvc pvc-airflow-logs -n airflow --type=json -p "[{\"op\":\"remove\",\"path\":\"/metadata/finalizers\"}]" ;
     sed -e "s/storageClassName: .*/storageClassName: standard/" -e "/resourceVersion/d" -e "/uid:/d" /tmp/pvc.$$ |
       kubectl --kubeconfig $K apply -f - ; rm -f /tmp/pvc.$$'
  hand_fault client-id-zeros \
    'kubectl --kubeconfig $K -n airflow annotate sa airflow --overwrite \
       azure.workload.identity/client-id=00000000-0000-0000-0000-000000000000'
  hand_fault secret-key-removed \
    'kubectl --kubeconfig $K -n airflow patch secret storage-account-credentials --type=json \
       -p "[{\"op\":\"remove\",\"path\":\"/data/azurestorageaccountkey\"}]"'
  # through ARM, with curl as `az identity federated-credential delete` / `az keyvault delete-policy` would
  hand_fault federated-credential-deleted-via-arm \
    'arm DELETE "resourceGroups/$MY_RESOURCE_GROUP_NAME/providers/Microsoft.ManagedIdentity/userAssignedIdentities/$MY_IDENTITY_NAME/federatedIdentityCredentials/external-secret-operator?api-version=2023-01-31"'
  hand_fault access-policy-removed-via-arm \
    'arm PUT "resourceGroups/$MY_RESOURCE_GROUP_NAME/providers/Microsoft.KeyVault/vaults/$MY_KEYVAULT_NAME/accessPolicies/remove?api-version=2023-07-01" \
       "{\"properties\":{\"accessPolicies\":[{\"tenantId\":\"$TENANT_ID\",\"objectId\":\"$MY_IDENTITY_NAME_PRINCIPAL_ID\",\"permissions\":{\"secrets\":[\"get\"]}}]}}"'
}

echo "| fault | wall | exit | first root cause | load (1 min) |"
echo "|---|---|---|---|---|"
case "$MODE" in
  twin) twin_faults ;;
  hand) hand_faults ;;
  *) twin_faults; hand_faults ;;
esac
