#!/usr/bin/env bash
# The deploy guide ("Configure and deploy Apache Airflow on AKS using Helm") as a plain bash script of its own
# commands, issue 15.6's yardstick for `airflow-aks apply`: kubectl apply of its manifests, helm install of ESO and
# Airflow (here the test charts in fixtures/, as `apply --eso-chart/--airflow-chart` uses them), and the two `az`
# commands (federated credential, Key Vault access policy) as the same ARM calls made with curl (no az CLI here;
# curl is cheaper than az, so this favours the script). Like the guide it waits for ESO (`helm install --wait`);
# then, as a careful human does before calling it done, it waits for Airflow's workloads with kubectl wait.
# One fix beyond the guide, the one `apply` makes too (world-facts.yaml, deviation postgresql-from-bitnamilegacy):
# the chart's postgresql image moved to docker.io/bitnamilegacy.
# Usage: KUBECONFIG=k.yaml HELM=/path/to/helm bench/by-hand/apply.sh   (the guide's variables in the environment,
#        e.g. from the twin's env file; AZURE_* for the ARM calls, AIRFLOW_AKS_CA_CERT when ARM has a private CA)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
charts=$root/fixtures/src/main/resources/charts
guide=$root/cli/src/test/resources/dev/airflowaks/cli/deploy/guide
helm=${HELM:-helm}
ns=$AKS_AIRFLOW_NAMESPACE
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The article's kubectl steps, one file per GuideStepId: the same transcription AdoptAndDriftCliTwinTest runs
# Configure workload identity
sh "$guide/NAMESPACE.sh" >/dev/null
sh "$guide/SERVICE_ACCOUNT.sh" >/dev/null

# Install the External Secrets Operator
"$helm" install external-secrets "$charts/external-secrets" --namespace "$ns" --create-namespace \
  --set installCRDs=true --wait >/dev/null

# Create secrets
sh "$guide/SECRET_STORE.sh" >/dev/null
sh "$guide/EXTERNAL_SECRET.sh" >/dev/null

# Create a federated credential; give the identity access to the secrets (az ... as its ARM calls)
. "$root/bench/by-hand/arm.sh"
rg=resourceGroups/$MY_RESOURCE_GROUP_NAME/providers
arm PUT "$rg/Microsoft.ManagedIdentity/userAssignedIdentities/$MY_IDENTITY_NAME/federatedIdentityCredentials/external-secret-operator?api-version=2023-01-31" \
  "{\"properties\":{\"issuer\":\"$OIDC_URL\",\"subject\":\"system:serviceaccount:$ns:$SERVICE_ACCOUNT_NAME\",\"audiences\":[\"api://AzureADTokenExchange\"]}}" >/dev/null
arm PUT "$rg/Microsoft.KeyVault/vaults/$MY_KEYVAULT_NAME/accessPolicies/add?api-version=2023-07-01" \
  "{\"properties\":{\"accessPolicies\":[{\"tenantId\":\"$TENANT_ID\",\"objectId\":\"$MY_IDENTITY_NAME_PRINCIPAL_ID\",\"permissions\":{\"secrets\":[\"get\"]}}]}}" >/dev/null

# Create a persistent volume for Apache Airflow logs
sh "$guide/LOGS_VOLUME.sh" >/dev/null

# Create values for Apache Airflow Helm chart (airflow_values.yaml in the working directory); deploy Airflow
(cd "$work" && sh "$guide/HELM_VALUES.sh")
"$helm" install airflow "$charts/airflow" --version 1.15.0 --namespace "$ns" -f "$work/airflow_values.yaml" \
  --set postgresql.image.repository=bitnamilegacy/postgresql >/dev/null

# ... and wait until it runs
kubectl -n "$ns" wait --for=condition=Available --timeout=600s deployment/airflow-webserver \
  deployment/airflow-scheduler deployment/airflow-statsd deployment/airflow-pgbouncer >/dev/null
kubectl -n "$ns" wait --for=jsonpath='{.status.readyReplicas}'=1 --timeout=600s statefulset/airflow-postgresql \
  statefulset/airflow-triggerer >/dev/null
kubectl -n "$ns" wait --for=condition=Ready --timeout=300s externalsecret/airflow-aks-azure-logs-secrets >/dev/null
echo "deployed"
