#!/usr/bin/env bash
# Search latency benchmark: seeds articles in the embedded in-memory store and measures search over HTTP.
#   ./bench/search.sh                 # 10,000 articles, 300 queries
#   ARTICLES=1000 ./bench/search.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=SearchBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.articles="${ARTICLES:-10000}" -Dbench.queries="${QUERIES:-300}" 2>&1 \
  | grep -E '^(seeded|search over|  p50)' || { echo "benchmark failed; run without the filter to see why" >&2; exit 1; }
