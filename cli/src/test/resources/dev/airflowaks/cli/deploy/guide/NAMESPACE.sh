# Deploy article, "Configure workload identity" (GuideStepId.NAMESPACE): create the namespace.
kubectl create namespace ${AKS_AIRFLOW_NAMESPACE} --dry-run=client --output yaml | kubectl apply -f -
