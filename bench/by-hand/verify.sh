#!/usr/bin/env bash
# What a careful human runs to check the deploy guide's result by hand (issue 15.6's yardstick for `verify`):
# `kubectl wait` for the guide's Deployments, StatefulSets and ExternalSecret, `kubectl get` of the SecretStore, the
# logs PVC and the workload-identity ServiceAccount, then the guide's own access path (`kubectl port-forward
# svc/airflow-webserver`) and a `curl` of Airflow's /health. Exits non-zero on the first thing that is not so.
# Usage: KUBECONFIG=k.yaml bench/by-hand/verify.sh      (guide variables from the environment, guide defaults else)
set -euo pipefail
ns=${AKS_AIRFLOW_NAMESPACE:-airflow}
sa=${SERVICE_ACCOUNT_NAME:-airflow}
secret=${AKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME:-storage-account-credentials}
k() { kubectl -n "$ns" "$@"; }

k wait --for=condition=Available --timeout=300s deployment/external-secrets deployment/external-secrets-webhook \
  deployment/external-secrets-cert-controller deployment/airflow-webserver deployment/airflow-scheduler \
  deployment/airflow-statsd deployment/airflow-pgbouncer >/dev/null
k wait --for=jsonpath='{.status.readyReplicas}'=1 --timeout=300s statefulset/airflow-postgresql \
  statefulset/airflow-triggerer >/dev/null
k wait --for=condition=Ready --timeout=300s externalsecret/airflow-aks-azure-logs-secrets >/dev/null
k wait --for=condition=Ready --timeout=60s secretstore/azure-store >/dev/null
k wait --for=jsonpath='{.status.phase}'=Bound --timeout=60s pvc/pvc-airflow-logs >/dev/null
k get secret/"$secret" serviceaccount/"$sa" >/dev/null
[ -n "$(k get serviceaccount "$sa" -o jsonpath='{.metadata.annotations.azure\.workload\.identity/client-id}')" ] \
  || { echo "serviceaccount $sa has no azure.workload.identity/client-id" >&2; exit 1; }

log=$(mktemp)
k port-forward svc/airflow-webserver :8080 >"$log" 2>&1 &
pf=$!
trap 'kill $pf 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q '^Forwarding from 127.0.0.1' "$log" && break; sleep 0.05; done
port=$(sed -n 's/^Forwarding from 127.0.0.1:\([0-9]*\) .*/\1/p' "$log" | head -1)
[ -n "$port" ] || { cat "$log" >&2; exit 1; }
health=$(curl -fsS --max-time 10 "http://127.0.0.1:$port/health")
for part in metadatabase scheduler triggerer; do
  echo "$health" | grep -Eq "\"$part\": *\\{\"status\": *\"healthy\"" \
    || { echo "/health: $part not healthy: $health" >&2; exit 1; }
done
echo "healthy"
