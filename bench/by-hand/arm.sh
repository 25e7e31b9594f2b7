# Sourced, not run: `arm METHOD PATH [JSON]` makes one ARM call with curl, as `az` would, with a token from the
# tenant's authority (client credentials). Needs AZURE_AUTHORITY_HOST, AZURE_TENANT_ID, AZURE_CLIENT_ID,
# AZURE_CLIENT_SECRET, AZURE_SUBSCRIPTION_ID (e.g. the twin's env file), AIRFLOW_AKS_CA_CERT when ARM has a private
# CA, and AIRFLOW_AKS_ARM_ENDPOINT when ARM is not https://management.azure.com/. PATH starts after the
# subscription: resourceGroups/…/providers/….
arm_ca=(${AIRFLOW_AKS_CA_CERT:+--cacert "$AIRFLOW_AKS_CA_CERT"})
arm_token=$(curl -fsS "${arm_ca[@]}" "${AZURE_AUTHORITY_HOST}${AZURE_TENANT_ID}/oauth2/v2.0/token" \
  -d grant_type=client_credentials -d client_id="$AZURE_CLIENT_ID" --data-urlencode client_secret="$AZURE_CLIENT_SECRET" \
  --data-urlencode scope=https://management.azure.com/.default | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
arm() {
  curl -fsS "${arm_ca[@]}" -X "$1" -H "Authorization: Bearer $arm_token" -H 'Content-Type: application/json' \
    "${AIRFLOW_AKS_ARM_ENDPOINT:-https://management.azure.com/}subscriptions/$AZURE_SUBSCRIPTION_ID/$2" \
    ${3:+-d "$3"}
}
