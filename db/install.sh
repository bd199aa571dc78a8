#!/usr/bin/env bash
# Install PostgreSQL (+ contrib) and pgvector if missing. Safe to re-run; a no-op when all is present.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if aisle_external_db; then echo "[db] QUARKUS_DATASOURCE_JDBC_URL is set; skipping install"; exit 0; fi

SUDO=""; [[ $EUID -eq 0 ]] || SUDO="sudo"

pg_ready() { [[ -x $AISLE_PG_BIN/initdb && -x $AISLE_PG_BIN/pg_config ]]; }
ext_ok() { [[ -f "$("$AISLE_PG_BIN/pg_config" --sharedir)/extension/$1.control" ]]; }

if pg_ready && ext_ok vector && ext_ok pg_trgm; then
  echo "[db] PostgreSQL $("$AISLE_PG_BIN/pg_config" --version | awk '{print $2}') with pgvector already installed"
  exit 0
fi

updated=""
apt_install() {
  if [[ -z $updated ]]; then echo "[db] apt-get update"; $SUDO apt-get update -qq; updated=1; fi
  echo "[db] apt-get install $*"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pg_ready || { apt_install postgresql postgresql-contrib; aisle_find_pg_bin; }
PG_CONFIG="$AISLE_PG_BIN/pg_config"
PG_MAJOR="$("$PG_CONFIG" --version | awk '{print $2}' | cut -d. -f1)"
ext_ok pg_trgm || apt_install postgresql-contrib

if ! ext_ok vector; then
  [[ -n $updated ]] || { echo "[db] apt-get update"; $SUDO apt-get update -qq; updated=1; }
  if apt-cache policy "postgresql-$PG_MAJOR-pgvector" | grep -q 'Candidate: [0-9]'; then
    apt_install "postgresql-$PG_MAJOR-pgvector"
  else
    # No package for this release (e.g. Debian 12): build Debian trixie's source package.
    echo "[db] no postgresql-$PG_MAJOR-pgvector package; building pgvector from Debian trixie source"
    apt_install build-essential dpkg-dev debian-archive-keyring "postgresql-server-dev-$PG_MAJOR"
    tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" >"$tmp/sources.list"
    # Private source list and lists dir (and no binary caches) so the system's apt state is untouched.
    apto=(-o "Dir::Etc::SourceList=$tmp/sources.list" -o Dir::Etc::SourceParts=/nonexistent
          -o "Dir::State::Lists=$tmp/lists" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=
          -o APT::Sandbox::User="$(id -un)")
    mkdir -p "$tmp/lists/partial"
    apt-get "${apto[@]}" update -qq
    (cd "$tmp" && apt-get "${apto[@]}" source -qq pgvector >/dev/null 2>&1)
    src="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d -name 'pgvector-*')"
    make -s -C "$src" PG_CONFIG="$PG_CONFIG" >/dev/null
    $SUDO make -s -C "$src" PG_CONFIG="$PG_CONFIG" install >/dev/null
  fi
fi
ext_ok vector || { echo "[db] pgvector install failed" >&2; exit 1; }
echo "[db] PostgreSQL $PG_MAJOR with pgvector installed"
