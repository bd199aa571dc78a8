#!/usr/bin/env bash
# One-stop local database: install what is missing, then create/start the cluster.
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
bash "$here/install.sh"
bash "$here/start.sh"
# shellcheck source-path=SCRIPTDIR source=env.sh
source "$here/env.sh"
if aisle_external_db; then
  echo "[db] using $QUARKUS_DATASOURCE_JDBC_URL"
else
  echo "[db] ready: jdbc:postgresql://$AISLE_PG_HOST:$AISLE_PG_PORT/$AISLE_DB_NAME (user $AISLE_DB_USER)"
fi
