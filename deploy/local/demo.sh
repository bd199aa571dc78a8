#!/usr/bin/env bash
# One command from a fresh clone to a running demo store: database, build, demo data, app.
# Ctrl-C stops the app; the database keeps running (db/stop.sh stops it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bash deploy/local/toolchain.sh
bash db/setup.sh
echo "[demo] building the app"
mvn -B -q package -DskipTests

port="${PORT:-8080}"
echo "[demo] starting Aisle; the first start loads the demo store (about 20 s)"
# the deep LTV model runs on PyTorch (DJL): its native library unpacks under .local, nothing is downloaded;
# the Vector API module lets a local LLM decode from its BF16 weights (docs/llm.md)
QUARKUS_PROFILE=demo PORT="$port" java --add-modules jdk.incubator.vector -DDJL_CACHE_DIR=.local/djl-cache -Dai.djl.offline=true \
  -jar target/quarkus-app/quarkus-run.jar &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' INT TERM EXIT

for _ in $(seq 1 180); do
  if curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; then
    products=$(curl -fs "http://localhost:$port/products?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
    cat <<MSG

  Aisle demo store is up: http://localhost:$port/
    products in the catalog: $products
    API docs (Swagger UI):   http://localhost:$port/q/swagger-ui
    health / metrics:        http://localhost:$port/q/health  http://localhost:$port/q/metrics
  Ctrl-C to stop.

MSG
    wait $app
    exit $?
  fi
  kill -0 $app 2>/dev/null || { echo "[demo] the app exited during start-up" >&2; exit 1; }
  sleep 1
done
echo "[demo] the app did not become ready in 180 s" >&2
exit 1
