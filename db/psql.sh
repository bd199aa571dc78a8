#!/usr/bin/env bash
# psql on the app database as the app user over TCP (same path the app uses).
# Extra arguments go to psql, e.g. db/psql.sh -c 'select 1' or db/psql.sh -d aisle_test.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
PGPASSWORD="$AISLE_DB_PASSWORD" exec "${AISLE_PG_BIN:-/usr/bin}/psql" \
  -h "$AISLE_PG_HOST" -p "$AISLE_PG_PORT" -U "$AISLE_DB_USER" -d "$AISLE_DB_NAME" "$@"
