#!/usr/bin/env bash
# Builds this project with a JDK 22+ (Temurin 25 here) and runs one of its checks:
#   run.sh <manifest.json>                          PeerCheck: jlama recomputes our logits and greedy tokens
#   run.sh --bench <modelDir> [prompt] [decode] [runs] [threads]   PeerBench: jlama's prefill/decode tokens/s, one JSON line
#   run.sh --bandwidth                              MemoryBandwidth: main-memory read GB/s, one JSON line
# PEER_JAVA_HOME overrides the JDK. Exits non-zero on any disagreement or failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java_home="${PEER_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

if [[ ! -x "$java_home/bin/java" ]]; then
  cat >&2 <<MSG
run.sh: no JDK at $java_home.
jlama 0.8.4 needs Java 22 or newer (its classes are Java 20 and it uses the final FFM API); it was
verified on Eclipse Temurin 25. Install one, e.g. Temurin 25 from Adoptium's apt repository
(package temurin-25-jdk, installs to /usr/lib/jvm/temurin-25-jdk-amd64), or point PEER_JAVA_HOME
at any JDK 22+. The main project itself stays on Java 17.
MSG
  exit 3
fi
feature="$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if (( ${feature%%.*} < 22 )); then
  echo "run.sh: $java_home is Java $feature; jlama needs 22 or newer (see above)." >&2
  exit 3
fi

build() { JAVA_HOME="$java_home" mvn -B -q -f "$here/pom.xml" "$@" package; }
# offline first (CI machines have the artifacts cached); one online retry for a missing artifact
if ! build -o >"$here/target-build-offline.log" 2>&1; then
  echo "run.sh: offline build failed (see $here/target-build-offline.log), retrying online" >&2
  build
fi

classpath="$here/target/classes:$(cat "$here/target/runtime-classpath.txt")"
# jlama-native is not on the class path (see pom.xml); the property also silences jlama's search for it
jvm=(--add-modules jdk.incubator.vector --enable-preview -Djlama.force_panama_tensor_operations=true)

case "${1:-}" in
  --bench)
    shift
    exec "$java_home/bin/java" "${jvm[@]}" -cp "$classpath" io.aisle.llm.peer.PeerBench "$@" ;;
  --bandwidth)
    exec "$java_home/bin/java" -Xmx2g -cp "$classpath" io.aisle.llm.peer.MemoryBandwidth ;;
  ""|-*)
    sed -n '2,6p' "$0" >&2
    exit 2 ;;
  *)
    exec "$java_home/bin/java" "${jvm[@]}" -cp "$classpath" io.aisle.llm.peer.PeerCheck "$1" ;;
esac
