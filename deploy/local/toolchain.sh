#!/usr/bin/env bash
# Install what building and testing need when this machine lacks it: the JDK (17+) and Maven; for the chat
# widget's browser test Node.js (18+), Debian's Chromium, and frontend/node_modules (npm ci from the lockfile).
# A no-op when everything is there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
SUDO=""; [[ $EUID -eq 0 ]] || SUDO="sudo"

java_major() { java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]}'; }
node_major() { node -v 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }

missing=()
if ! command -v java >/dev/null || [[ $(java_major) -lt 17 ]] || ! command -v javac >/dev/null; then
  missing+=(openjdk-17-jdk-headless)
fi
command -v mvn >/dev/null || missing+=(maven)
if ! command -v node >/dev/null || [[ $(node_major) -lt 18 ]] || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
if ((${#missing[@]})); then
  echo "[toolchain] apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# the browser test's packages, exactly as locked; again only when the lockfile changed since the last install
if [[ ! -f frontend/node_modules/.package-lock.json || frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]]; then
  echo "[toolchain] npm ci (frontend)"
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "[toolchain] java $(java_major), $(mvn -v 2>/dev/null | head -n1), node $(node -v), $(/usr/bin/chromium --version 2>/dev/null)"
