#!/usr/bin/env bash
# Install the JDK (17+) and Maven when this machine lacks them. A no-op when both are there.
set -euo pipefail
SUDO=""; [[ $EUID -eq 0 ]] || SUDO="sudo"

java_major() { java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]}'; }

missing=()
if ! command -v java >/dev/null || [[ $(java_major) -lt 17 ]] || ! command -v javac >/dev/null; then
  missing+=(openjdk-17-jdk-headless)
fi
command -v mvn >/dev/null || missing+=(maven)
if ((${#missing[@]})); then
  echo "[toolchain] apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "[toolchain] java $(java_major), $(mvn -v 2>/dev/null | head -n1)"
