#!/usr/bin/env bash
# The whole test suite against a real local PostgreSQL + pgvector (set up here if missing), then the
# LLM runtime's check against jlama (a peer inference engine, on Java 25) on what the suite wrote.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bash deploy/local/toolchain.sh
bash db/setup.sh
mvn -B verify "$@"
if [[ $# -eq 0 ]]; then
  bash llm-models/peer-check/run.sh target/llm-peer/manifest.json
fi
