#!/usr/bin/env bash
# Benchmarks (not tests): print figures and write them to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bash deploy/local/toolchain.sh
bash db/setup.sh
# the benchmarks run in the test profile against their own database, so a test run can go on beside them
source db/env.sh
AISLE_TEST_DB_URL="jdbc:postgresql://$AISLE_PG_HOST:$AISLE_PG_PORT/$AISLE_DB_BENCH_NAME" mvn -B verify -Pbenchmark "$@"
echo "[bench] figures written to docs/benchmarks.md"
