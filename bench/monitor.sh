#!/usr/bin/env bash
# Monitor desk benchmark: bulk load, reindex, statistics time and search latency at scale.
# Usage: bench/monitor.sh [N] [--db postgresql://USER@HOST:5432/DB]     (default N=100000, SQLite)
# Prints figures; ends with the checked import of N rows into a fresh database and its time ratio to the bulk load; -Dbench.importOnly=true in
# BENCH_JAVA_OPTS skips the search and statistics query figures. See org.rightsdesk.bench.MonitorBenchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! out=$(./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test 2>&1); then
  echo "$out" >&2
  exit 1
fi
exec java ${BENCH_JAVA_OPTS:-} -Xmx4g -Djava.awt.headless=true -Dlogging.level.root=WARN -Dlogging.level.org.rightsdesk=WARN \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.rightsdesk.bench.MonitorBenchmark "$@"
