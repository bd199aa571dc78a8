#!/usr/bin/env bash
# Create (first run) and start the private cluster, then ensure role, databases and extensions.
# Idempotent: when everything exists and runs, it only checks.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if aisle_external_db; then echo "[db] QUARKUS_DATASOURCE_JDBC_URL is set; not starting a local cluster"; exit 0; fi
[[ -x $AISLE_PG_BIN/initdb ]] || { echo "[db] PostgreSQL not found; run db/install.sh" >&2; exit 1; }

pg_ctl() { aisle_as_owner "$AISLE_PG_BIN/pg_ctl" -D "$AISLE_PG_DATA" "$@"; }

if [[ ! -f $AISLE_PG_DATA/PG_VERSION ]]; then
  [[ -z ${AISLE_PG_DIR_WANTED:-} ]] || echo "[db] postgres cannot reach $AISLE_PG_DIR_WANTED; using $AISLE_PG_DIR"
  echo "[db] creating cluster in $AISLE_PG_DATA"
  (umask 022; mkdir -p "$AISLE_PG_DIR")          # 022: parents must stay traversable for postgres
  [[ $EUID -ne 0 ]] || chown postgres:postgres "$AISLE_PG_DIR"
  chmod 700 "$AISLE_PG_DIR"
  # Socket connections are trusted (only the owner can reach the 0700 dir); TCP needs a password.
  aisle_as_owner "$AISLE_PG_BIN/initdb" -D "$AISLE_PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  echo "include_if_exists = 'aisle.conf'" | aisle_as_owner tee -a "$AISLE_PG_DATA/postgresql.conf" >/dev/null
fi
aisle_as_owner mkdir -p "$AISLE_PG_RUN"

# Our settings live in their own file, rewritten only when they change (fsync stays on). shared_buffers holds a
# 100k-product catalog's working set (products, one model's vectors and their HNSW index: ~0.5 GB); at 256 MB a
# filtered vector search there read a quarter of its pages from the OS cache.
conf="port = $AISLE_PG_PORT
listen_addresses = '$AISLE_PG_HOST'
unix_socket_directories = '$AISLE_PG_RUN'
shared_buffers = 1GB
max_connections = 100"
changed=""
if [[ "$(cat "$AISLE_PG_DATA/aisle.conf" 2>/dev/null)" != "$conf" ]]; then
  printf '%s\n' "$conf" | aisle_as_owner tee "$AISLE_PG_DATA/aisle.conf" >/dev/null
  changed=1
fi

if pg_ctl status >/dev/null; then
  if [[ -n $changed ]]; then
    echo "[db] settings changed; restarting"
    pg_ctl restart -m fast -w -l "$AISLE_PG_LOG" >/dev/null || { tail -n 20 "$AISLE_PG_LOG" >&2; exit 1; }
  else
    echo "[db] already running on $AISLE_PG_HOST:$AISLE_PG_PORT"
  fi
else
  echo "[db] starting PostgreSQL on $AISLE_PG_HOST:$AISLE_PG_PORT (log: $AISLE_PG_LOG)"
  pg_ctl start -w -t 60 -l "$AISLE_PG_LOG" >/dev/null || { tail -n 20 "$AISLE_PG_LOG" >&2; exit 1; }
fi

su_psql() {
  aisle_as_owner "$AISLE_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$AISLE_PG_RUN" -p "$AISLE_PG_PORT" -U postgres "$@"
}

# \gexec runs the generated statement only when the object is missing.
su_psql -d postgres -v user="$AISLE_DB_USER" -v pw="$AISLE_DB_PASSWORD" \
  -v db="$AISLE_DB_NAME" -v testdb="$AISLE_DB_TEST_NAME" -v benchdb="$AISLE_DB_BENCH_NAME" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'user', :'pw')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, :'user')
  FROM unnest(ARRAY[:'db', :'testdb', :'benchdb']) AS d
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d) \gexec
SQL

# The app role is not a superuser, so the extensions must be created here before Flyway runs.
for db in "$AISLE_DB_NAME" "$AISLE_DB_TEST_NAME" "$AISLE_DB_BENCH_NAME"; do
  su_psql -d "$db" -c 'SET client_min_messages = warning' \
    -c 'CREATE EXTENSION IF NOT EXISTS vector' -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'
done
echo "[db] role $AISLE_DB_USER, databases $AISLE_DB_NAME, $AISLE_DB_TEST_NAME, $AISLE_DB_BENCH_NAME with vector + pg_trgm ready"
