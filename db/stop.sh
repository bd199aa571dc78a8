#!/usr/bin/env bash
# Stop the private cluster if it is running.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if aisle_external_db; then echo "[db] QUARKUS_DATASOURCE_JDBC_URL is set; nothing to stop"; exit 0; fi

if [[ -f $AISLE_PG_DATA/PG_VERSION ]] && aisle_as_owner "$AISLE_PG_BIN/pg_ctl" -D "$AISLE_PG_DATA" status >/dev/null; then
  aisle_as_owner "$AISLE_PG_BIN/pg_ctl" -D "$AISLE_PG_DATA" stop -m fast -w >/dev/null
  echo "[db] stopped"
else
  echo "[db] not running"
fi
