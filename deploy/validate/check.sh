#!/usr/bin/env bash
# Validates deploy/compose and deploy/k8s without a Docker engine or a cluster (see validate.mjs), and with
# Compose's and kubectl's own parsers where they are installed. Idempotent; needs node 20+ and npm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
repo=../..

[ -d node_modules/kubernetes-models ] || npm ci --no-audit --no-fund --loglevel=error
node validate.mjs

compose_file=$repo/deploy/compose/compose.yaml
if docker compose version >/dev/null 2>&1; then compose=(docker compose)
elif command -v docker-compose >/dev/null; then compose=(docker-compose)
else compose=(); fi
if [ ${#compose[@]} -gt 0 ]; then
  "${compose[@]}" -f "$compose_file" --env-file "$repo/deploy/compose/.env.example" \
    --profile gpu --profile observability --profile kafka config -q
  echo "compose: '${compose[*]} config' accepts every profile"
else
  echo "compose: neither 'docker compose' nor 'docker-compose' installed; only the schema check ran"
fi

if command -v kubectl >/dev/null; then
  kubectl kustomize "$repo/deploy/k8s" >/dev/null
  echo "kubernetes: 'kubectl kustomize' renders deploy/k8s"
fi
