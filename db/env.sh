# shellcheck shell=bash
# Shared settings for the db/ scripts; source it, don't run it.
# Every value can be overridden by setting the variable before sourcing.

AISLE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
export AISLE_ROOT
export AISLE_PG_PORT="${AISLE_PG_PORT:-55432}"
export AISLE_PG_HOST="${AISLE_PG_HOST:-127.0.0.1}"
export AISLE_PG_DIR="${AISLE_PG_DIR:-$AISLE_ROOT/.local/pg}"   # .local/ is git-ignored
export AISLE_DB_NAME="${AISLE_DB_NAME:-aisle}"
export AISLE_DB_TEST_NAME="${AISLE_DB_TEST_NAME:-aisle_test}"
export AISLE_DB_BENCH_NAME="${AISLE_DB_BENCH_NAME:-aisle_bench}"   # benchmarks wipe it, like tests
export AISLE_DB_USER="${AISLE_DB_USER:-aisle}"
export AISLE_DB_PASSWORD="${AISLE_DB_PASSWORD:-aisle}"

# As root the cluster belongs to "postgres" (initdb refuses to run as root), so postgres
# must be able to reach the directory; a repo under e.g. /root is not reachable.
if [[ $EUID -eq 0 ]] && id postgres &>/dev/null; then
  _d="$AISLE_PG_DIR"
  while [[ ! -e $_d ]]; do _d="$(dirname "$_d")"; done
  if ! (cd / && runuser -u postgres -- test -x "$_d"); then
    export AISLE_PG_DIR_WANTED="$AISLE_PG_DIR"   # start.sh reports the switch
    AISLE_PG_DIR="/var/tmp/aisle-pg-$(printf %s "$AISLE_ROOT" | sha256sum | cut -c1-8)"
  fi
  unset _d
fi

export AISLE_PG_DATA="${AISLE_PG_DATA:-$AISLE_PG_DIR/data}"
export AISLE_PG_RUN="${AISLE_PG_RUN:-$AISLE_PG_DIR/run}"      # unix socket dir
export AISLE_PG_LOG="${AISLE_PG_LOG:-$AISLE_PG_DIR/postgres.log}"

# Server binaries (initdb, pg_ctl) live only in the versioned dir on Debian/Ubuntu,
# so prefer the highest /usr/lib/postgresql/NN/bin over pg_config's answer.
aisle_find_pg_bin() {
  local d
  d="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n1)"
  if [[ -z $d ]] && command -v pg_config >/dev/null; then d="$(pg_config --bindir)"; fi
  AISLE_PG_BIN="$d"
  export AISLE_PG_BIN
}
[[ -n ${AISLE_PG_BIN:-} ]] || aisle_find_pg_bin

# An explicit JDBC URL means the app uses some other database: leave the local cluster alone.
aisle_external_db() { [[ -n ${QUARKUS_DATASOURCE_JDBC_URL:-} ]]; }

# Run a command as the cluster owner: "postgres" when we are root, else ourselves.
aisle_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")   # cd / avoids "could not change directory" noise
  else
    "$@"
  fi
}
