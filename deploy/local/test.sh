#!/usr/bin/env bash
# The whole test suite against a real local PostgreSQL + pgvector (set up here if missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bash deploy/local/toolchain.sh
bash db/setup.sh
mvn -B verify "$@"
