#!/usr/bin/env bash
# HTTP benchmark of the packaged service: throughput, latency and MongoDB commands per request of the main
# GraphQL traffic, with the GraphQL response cache on and off, at several data sizes.
#
#   ./bench/run.sh                              # 1,000 then 10,000 articles, cache on and off
#   ARTICLES=1000 DURATION=5 ./bench/run.sh     # one size, shorter runs
#   SKIP_BUILD=1 ./bench/run.sh                 # use the jar already in target/
#
# Settings (environment):
#   ARTICLES     data sizes, space- or comma-separated          (default "1000 10000")
#   CACHE        response-cache settings to run                  (default "on off")
#   DURATION     measured seconds per scenario                   (default 15)
#   WARMUP       warm-up seconds per scenario, not measured      (default 5)
#   JIT_WARMUP   at most this many seconds of JIT warm-up per service start, before the first scenario: the read
#                scenarios' requests until the service's compilers are nearly idle (compile time from
#                jcmd <service pid> PerfCounter.print); 0 = none (default 300)
#   CONCURRENCY  concurrent connections / worker threads          (default 16)
#   SEED_THREADS concurrent requests while seeding               (default 4)
#   COMMENTS     comments seeded per article (of those seeded through the API)   (default 10)
#   API_ARTICLES at most this many articles are seeded through the API; the rest are bulk copies of them,
#                inserted into the embedded store with insertMany (src/test/java/.../bench/BulkArticles.java)   (default 10000)
#   TIMEOUT      seconds before a request counts as failed        (default 30)
#   SCENARIOS    comma-separated subset of: headlines, headlines-persisted-get, article-by-slug, search,
#                search-common (a word every article has), search-rare (a story's reference word and its city,
#                which that story alone has), search-suggest (searchSuggestions as typed),
#                article-related (an article with related(first: 5)), comment-post, headlines-newsroom
#                (headlines with bylines, sections and featured images), image-rendition (a cached 640-px
#                rendition), image-upload (12-MP JPEGs, 2 editors at once), image-first-rendition
#                (the first 640-px rendition of each uploaded 12-MP JPEG), feed (GET /feeds/fr.rss, 50
#                items), site-labels (site { labels } in Arabic with French fallbacks)
#                (default: headlines, headlines-persisted-get, article-by-slug, search, comment-post)
#   DRIVER       auto, wrk or java: what sends the read scenarios' requests; auto uses wrk when it is
#                installed (Debian: apt-get install wrk), else the Java generator      (default auto)
#   STORE        memory, or file: the embedded store in a file (per-write commits and fsync count)  (default memory)
#   SERVICE_ARGS extra arguments of the service, e.g. --contentapi.embedded-mongo.sync-writes=false
#   JAR          the service's jar                              (default target/content-api-0.1.0-SNAPSHOT.jar)
#   SKIP_BUILD=1 do not run Maven package; SERVICE_JAVA_OPTS: JVM options of the service
#   JAVA_HOME    the JDK that builds and runs the service and the load generator, as for ./mvnw (default: the
#                java on PATH). The service uses virtual threads on Java 21+, e.g.
#                JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./bench/run.sh
#
# Method: for each size and cache setting, the jar is started on a free loopback port with an in-memory
# embedded store, seeded through the GraphQL API (50 tags; N articles in ar/fr/en, published; COMMENTS comments each
# through the public challenge flow), then the selected read scenarios but search are sent in turn until the service's JIT
# compiler has caught up (at most JIT_WARMUP s; the service's PID is passed for jcmd), then each scenario gets a
# warm-up and a measured run with CONCURRENCY HTTP/1.1 connections sending requests back to back (wrk for the read
# scenarios when installed: it leaves more of the shared CPU to the service than the Java client does; the Java
# generator for comment-post, which solves each challenge); the service is stopped before the next setting. The load
# generator (bench/LoadGenerator.java, run as a single-file Java program on the project's runtime classpath and
# test classes)
# documents the details. Each run prints one line per scenario and a Markdown table at the end; the whole
# output is saved to bench/results/<date>.txt and the service logs beside it (bench/results/ is git-ignored).
# Needs: Java 17+, curl; wrk optional. Everything runs on 127.0.0.1; the service is always stopped on exit.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
cd "$ROOT"

# The command as typed, with the settings that were given (for the report).
COMMAND=""
for var in JAVA_HOME ARTICLES API_ARTICLES CACHE DURATION WARMUP JIT_WARMUP CONCURRENCY SEED_THREADS COMMENTS TIMEOUT SCENARIOS DRIVER SKIP_BUILD SERVICE_JAVA_OPTS STORE SERVICE_ARGS JAR; do
  if [[ -n "${!var+set}" ]]; then COMMAND+="$var=$(printf '%q' "${!var}") "; fi
done
COMMAND+="./bench/run.sh${*:+ $*}"

ARTICLES="${ARTICLES:-1000 10000}"
CACHE="${CACHE:-on off}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-5}"
JIT_WARMUP="${JIT_WARMUP:-300}"
CONCURRENCY="${CONCURRENCY:-16}"
SEED_THREADS="${SEED_THREADS:-4}"
COMMENTS="${COMMENTS:-10}"
TIMEOUT="${TIMEOUT:-30}"
SCENARIOS="${SCENARIOS:-headlines,headlines-persisted-get,article-by-slug,search,comment-post}"
DRIVER="${DRIVER:-auto}"
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-}"
JAR="${JAR:-target/content-api-0.1.0-SNAPSHOT.jar}"
STORE="${STORE:-memory}"
SERVICE_ARGS="${SERVICE_ARGS:-}"
API_ARTICLES="${API_ARTICLES:-10000}"
CLASSPATH_FILE="target/bench-loadgen-classpath.txt"

JAVA="java"
if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; fi
command -v curl >/dev/null || { echo "bench: curl is needed" >&2; exit 1; }
command -v "$JAVA" >/dev/null || { echo "bench: java is needed ($JAVA)" >&2; exit 1; }

mkdir -p bench/results
STAMP="$(date +%Y-%m-%d-%H%M%S)"
OUT="bench/results/$STAMP.txt"
TABLE="$(mktemp)"
SVC_PID=""
GEN_PID=""

stop_service() {
  if [[ -n "$GEN_PID" ]] && kill -0 "$GEN_PID" 2>/dev/null; then
    kill "$GEN_PID" 2>/dev/null || true
    wait "$GEN_PID" 2>/dev/null || true
  fi
  GEN_PID=""
  if [[ -n "$SVC_PID" ]] && kill -0 "$SVC_PID" 2>/dev/null; then
    kill "$SVC_PID" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$SVC_PID" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$SVC_PID" 2>/dev/null; then
      echo "bench: service $SVC_PID did not stop in 30 s; killing it" >&2
      kill -9 "$SVC_PID" 2>/dev/null || true
    fi
    wait "$SVC_PID" 2>/dev/null || true
  fi
  SVC_PID=""
}
trap 'stop_service; rm -f "$TABLE"' EXIT
trap 'echo "bench: interrupted" >&2; exit 130' INT
trap 'echo "bench: terminated" >&2; exit 143' TERM

# Everything printed from here on is also saved to $OUT.
exec > >(tee "$OUT") 2>&1

echo "command: $COMMAND"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  host: $(nproc) cores, $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}')  $("$JAVA" -version 2>&1 | head -1)"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  echo "building the jar..."
  ./mvnw -q -B -DskipTests package
fi
[[ -f "$JAR" ]] || { echo "bench: $JAR is missing; run without SKIP_BUILD=1" >&2; exit 1; }
# The load generator runs on the service's runtime classpath (JDK + ICU4J + Jackson), recomputed when pom.xml
# changes, plus the test classes, whose challenge solver and corpus generator it shares with the tests (compiled
# here if missing).
if [[ ! -s "$CLASSPATH_FILE" || pom.xml -nt "$CLASSPATH_FILE" ]]; then
  ./mvnw -q -B dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null
fi
if [[ ! -f target/test-classes/com/newsroom/contentapi/comment/ChallengeSolver.class \
  || ! -f target/test-classes/com/newsroom/contentapi/bench/NewsCorpus.class \
  || ! -f target/test-classes/com/newsroom/contentapi/bench/BulkArticles.class ]]; then
  ./mvnw -q -B test-compile >/dev/null
fi
GEN_CLASSPATH="$(cat "$CLASSPATH_FILE"):target/classes:target/test-classes"

free_port() {
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 12000)) # below the ephemeral range (32768+), where clients take ports
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "bench: no free port found" >&2
  return 1
}

start_service() { # $1 = articles, $2 = on|off
  local enabled=false
  [[ "$2" == "on" ]] && enabled=true
  PORT="$(free_port)"
  MONGO_PORT="$(free_port)"
  SVC_LOG="bench/results/$STAMP-service-$1-cache-$2.log"
  local store=memory
  if [[ "$STORE" == "file" ]]; then
    store="bench/results/$STAMP-store-$1-$2/content.mv"
    rm -rf "$(dirname "$store")"
  fi
  # shellcheck disable=SC2086 # SERVICE_JAVA_OPTS and SERVICE_ARGS are lists
  "$JAVA" $SERVICE_JAVA_OPTS -jar "$JAR" --server.port="$PORT" $SERVICE_ARGS \
    --contentapi.embedded-mongo.path="$store" --contentapi.embedded-mongo.port="$MONGO_PORT" \
    --contentapi.sample-content=false \
    --contentapi.security.bootstrap-token=bench-admin-token-0123456789abcdef \
    --contentapi.comments.rate-limit.enabled=false --contentapi.comments.challenge.min-solve-time=0s \
    --contentapi.graphql.response-cache.enabled="$enabled" \
    --management.endpoints.web.exposure.include=health,prometheus --logging.level.root=WARN \
    >"$SVC_LOG" 2>&1 &
  SVC_PID=$!
  local started=$SECONDS
  until curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null; do
    if ! kill -0 "$SVC_PID" 2>/dev/null; then
      echo "bench: the service exited during start-up; last lines of $SVC_LOG:" >&2
      grep -v 'is not yet implemented' "$SVC_LOG" | tail -n 30 >&2
      exit 1
    fi
    if (( SECONDS - started > 180 )); then
      echo "bench: the service was not UP after 180 s; last lines of $SVC_LOG:" >&2
      grep -v 'is not yet implemented' "$SVC_LOG" | tail -n 30 >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "service up on port $PORT in $((SECONDS - started)) s (pid $SVC_PID, log $SVC_LOG)"
}

for articles in ${ARTICLES//,/ }; do
  for cache in ${CACHE//,/ }; do
    echo
    echo "=== $articles articles, response cache $cache ==="
    start_service "$articles" "$cache"
    "$JAVA" -cp "$GEN_CLASSPATH" bench/LoadGenerator.java --url="http://127.0.0.1:$PORT" --articles="$articles" \
      --cache="$cache" --warmup="$WARMUP" --duration="$DURATION" --concurrency="$CONCURRENCY" \
      --jit-warmup="$JIT_WARMUP" --service-pid="$SVC_PID" \
      --seed-threads="$SEED_THREADS" --comments="$COMMENTS" --timeout="$TIMEOUT" --scenarios="$SCENARIOS" \
      --driver="$DRIVER" --results="$TABLE" --api-articles="$API_ARTICLES" \
      --mongo-uri="mongodb://127.0.0.1:$MONGO_PORT/contentapi" &
    GEN_PID=$!
    status=0
    wait "$GEN_PID" || status=$?
    GEN_PID=""
    if (( status != 0 )); then
      echo "bench: the load generator failed (exit $status)" >&2
      if ! kill -0 "$SVC_PID" 2>/dev/null; then
        svc_status=0
        wait "$SVC_PID" || svc_status=$?
        SVC_PID=""
        echo "bench: the service had stopped (exit status $svc_status; 137 = SIGKILL, 143 = SIGTERM from outside)" >&2
      fi
      echo "bench: last lines of $SVC_LOG:" >&2
      grep -v 'is not yet implemented' "$SVC_LOG" | tail -n 20 >&2
      exit "$status"
    fi
    stop_service
  done
done

echo
echo "## Results"
echo
echo "| Scenario | Cache | Articles | req/s | p50 ms | p90 ms | p99 ms | Errors | Mongo cmds/req | Notes |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
while IFS=$'\t' read -r scenario cache articles rps p50 p90 p99 errors commands note; do
  echo "| $scenario | $cache | $articles | $rps | $p50 | $p90 | $p99 | $errors | $commands | $note |"
done <"$TABLE"
echo
JIT_NOTE="no JIT warm-up"
if (( JIT_WARMUP > 0 )); then JIT_NOTE="JIT warm-up of at most $JIT_WARMUP s per service start"; fi
echo "Service and load generator on $("$JAVA" -version 2>&1 | head -n1)."
echo "$CONCURRENCY concurrent HTTP/1.1 connections, $JIT_NOTE, ${WARMUP} s warm-up + ${DURATION} s measured per scenario, service and load generator on one $(nproc)-core machine; driver $DRIVER$(command -v wrk >/dev/null && [[ "$DRIVER" != java ]] && echo " ($(wrk --version 2>&1 | head -n1 | cut -d' ' -f1-2))")."
echo "command: $COMMAND"
echo "raw output: $OUT"
