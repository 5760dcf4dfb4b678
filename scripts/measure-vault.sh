#!/usr/bin/env bash
# Prints how long unsealing takes (median of N) and what encryption adds to a client page's
# latency (median over M requests against a real server). Usage: scripts/measure-vault.sh [N] [M]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.rightsdesk.bench.VaultBenchmark "${1:-5}" "${2:-300}" 2>&1 | grep -v -E '^\s*$|WARN|INFO' || true
