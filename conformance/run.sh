#!/usr/bin/env bash
# GraphQL-over-HTTP conformance of the packaged service, as real clients see it: graphql-http's server audit and
# an Apollo Client 4 run (apollo.mjs), each with the response cache on and off (0 errors and 0 warnings allowed),
# and the GraphiQL page's storage tests. Needs the jar (./mvnw package), Node 20+ and npm.
#
#   ./conformance/run.sh [path/to/content-api.jar]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
JAR="${1:-$(ls ../target/content-api-*.jar | grep -v plain | head -1)}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
TOKEN="conformance-admin-token-$(date +%s%N)"

npm ci --no-audit --no-fund --loglevel=error

if compgen -G "*.test.mjs" >/dev/null; then node --test ./*.test.mjs; fi

service_pid=""
stop_service() {
  if [[ -n "$service_pid" ]]; then
    kill "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
    service_pid=""
  fi
}
trap stop_service EXIT

for cache in true false; do
  log="$(mktemp)"
  "$JAVA" -jar "$JAR" --server.port=0 --server.address=127.0.0.1 --contentapi.embedded-mongo.path=memory \
    --contentapi.sample-content=false --contentapi.security.bootstrap-token="$TOKEN" \
    --contentapi.graphql.response-cache.enabled="$cache" >"$log" 2>&1 &
  service_pid=$!
  port=""
  for _ in $(seq 1 120); do
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -1)
    if [[ -n "$port" ]] && curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null; then break; fi
    if ! kill -0 "$service_pid" 2>/dev/null; then cat "$log"; exit 1; fi
    sleep 1
  done
  if [[ -z "$port" ]]; then echo "the service did not start"; cat "$log"; exit 1; fi
  echo "--- response cache enabled=$cache (port $port)"
  node audit.mjs "http://127.0.0.1:$port/graphql"
  node apollo.mjs "http://127.0.0.1:$port/graphql" "$TOKEN"
  stop_service
done
echo "conformance: passed"
