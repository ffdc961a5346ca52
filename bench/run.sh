#!/usr/bin/env bash
# Job search benchmark: every engine and its baselines, measured in one run over loopback.
#
#   For each engine (Lucene, PostgreSQL, OpenSearch in a local process), the app at -Xmx512m
#   on a database of N synthetic postings of its own, its index built from scratch (time and
#   size recorded), warmed, then driven by wrk with the long-tail mix: distinct realistic
#   searches from bench/longtail.py, each path used once per run, at 1 connection and at the
#   given connections. With Lucene also the rotating mixes of bench/queries.txt (HTML and
#   JSON halves, page 1 against page 50) and the content pages.
#   Baselines in the same run: pgbench running the very SQL the PostgreSQL engine sent for the
#   rotating HTML searches (captured from the server log, its caches off), and nginx serving
#   the bytes of one search page and one role guide as static files.
#
# Writes a Markdown table to bench/results/<time>-n<N>-c<connections>.md.
# Usage: bash bench/run.sh [N=100000] [connections=16] [seconds=20]
#   ENGINES="lucene postgres opensearch" (the default) to choose engines; WARM=seconds of
#   warm-up before an engine's rows (default 90: the JIT takes that long to settle here);
#   SMOKE=1 for CI: 2,000 postings, 4 connections, 1 s rows, the rotating mix once, to prove
#   the script works, not to measure.
set -euo pipefail
# A smoke run measures nothing and starts the app several times: C1 alone starts it sooner.
SMOKE_JVM="$([ -n "${SMOKE:-}" ] && echo -XX:TieredStopAtLevel=1 || true)"
cd "$(dirname "$0")/.."
if [ -n "${SMOKE:-}" ]; then
  N="${1:-2000}"; CONNECTIONS="${2:-4}"; DURATION="${3:-1}"; WARM="${WARM:-0}"
else
  N="${1:-100000}"; CONNECTIONS="${2:-16}"; DURATION="${3:-20}"; WARM="${WARM:-90}"
fi
ENGINES="${ENGINES:-lucene postgres opensearch}"
DB="mljobs_bench_${N}"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT="$(free_port)"; NGINX_PORT="$(free_port)"; OS_PORT="$(free_port)"
RESULTS="bench/results"
JAR="target/mljobs-0.1.0-SNAPSHOT.jar"
PSQL=(psql -X -q -h localhost -U postgres)
WORK="$(mktemp -d /tmp/mljobs-bench.XXXXXX)"
DATA="bench/data"
mkdir -p "$RESULTS" "$DATA"

for tool in wrk nginx pgbench; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    [ "$(id -u)" = 0 ] || { echo "install wrk, nginx-light and postgresql-client"; exit 1; }
    apt-get install -y -q wrk nginx-light postgresql-client >/dev/null
  fi
done
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
# The PostgreSQL server log, where the app's statements are captured for pgbench.
SERVER_LOG="${PG_SERVER_LOG:-$(ls /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1)}"

if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

APP=""; NGINX_PID=""; OPENSEARCH=""
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
  [ -n "$OPENSEARCH" ] && kill "$OPENSEARCH" 2>/dev/null && wait "$OPENSEARCH" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  "${PSQL[@]}" -c "ALTER DATABASE ${DB} RESET log_min_duration_statement" 2>/dev/null || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

start_app() { # extra arguments for the app
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/${DB}" MLJOBS_DEMO_ENABLED=false \
    java -Xmx512m ${SMOKE_JVM} -jar "$JAR" --server.port=$PORT --logging.level.root=WARN \
      --logging.level.uk.mljobs.search=INFO "$@" > "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do
    curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$APP" 2>/dev/null || break
    sleep 1
  done
  tail -40 "$WORK/app.log"; echo "the app did not start"; exit 1
}

# Waits until the configured engine serves from its index (the search health component is
# UP); prints the seconds it took.
await_search() {
  local started; started=$(date +%s.%N)
  for _ in $(seq 1 3600); do
    if curl -s "http://localhost:$PORT/actuator/health" | grep -q '"search":{"status":"UP"'; then
      echo "$(date +%s.%N) - $started" | bc; return 0
    fi
    kill -0 "$APP" 2>/dev/null || break
    sleep 0.5
  done
  tail -40 "$WORK/app.log"; echo "the search index was not built"; exit 1
}

stop_app() {
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""
}

if ! "${PSQL[@]}" -Atc "SELECT 1 FROM pg_database WHERE datname = '${DB}'" | grep -q 1; then
  echo "creating ${DB} with ${N} postings"
  start_app --mljobs.search.engine=postgres; stop_app   # the app creates and migrates the database
  "${PSQL[@]}" -d "$DB" -v n="$N" -f bench/generate.sql
fi

# The long tail: distinct searches, cut into chunks; every wrk run takes a chunk of its own,
# so no path repeats during the whole run and no cache can answer one.
python3 bench/longtail.py "$DB" "$([ -n "${SMOKE:-}" ] && echo 3000 || echo 240000)" > "$WORK/longtail.txt"
split -l "$([ -n "${SMOKE:-}" ] && echo 250 || echo 12000)" -d -a 3 "$WORK/longtail.txt" "$WORK/tail-"
# What the site must read as meant, and what the search box asks: chunks of their own.
python3 bench/longtail.py "$DB" "$([ -n "${SMOKE:-}" ] && echo 500 || echo 40000)" 17 forgiving > "$WORK/forgiving.txt"
split -l "$([ -n "${SMOKE:-}" ] && echo 250 || echo 20000)" -d -a 1 "$WORK/forgiving.txt" "$WORK/forgiving-"
python3 bench/longtail.py "$DB" "$([ -n "${SMOKE:-}" ] && echo 500 || echo 120000)" 19 suggest > "$WORK/suggest.txt"
split -l "$([ -n "${SMOKE:-}" ] && echo 250 || echo 60000)" -d -a 1 "$WORK/suggest.txt" "$WORK/suggest-"
CHUNK=0
next_chunk() { local file; file=$(printf '%s/tail-%03d' "$WORK" "$CHUNK"); CHUNK=$((CHUNK + 1)); echo "$file"; }

grep -v '^#' bench/queries.txt | grep . > "$WORK/all.txt"
grep -v '^#' bench/content.txt | grep . > "$WORK/content.txt"
grep '^/jobs' "$WORK/all.txt" > "$WORK/html.txt"
grep '^/api/' "$WORK/all.txt" > "$WORK/json.txt"
# The searches that have a page 50 in queries.txt, at page 1 and at page 50.
grep 'page=50' "$WORK/all.txt" > "$WORK/page50.txt"
sed -e 's/[?&]page=50$//' -e 's/?page=50&/?/' "$WORK/page50.txt" > "$WORK/page1.txt"

ROWS=()
# label, queries file, url, lua script, connections, process whose RSS to report (optional)
run_wrk() {
  local line rss="–" threads=2
  [ "$5" = 1 ] && threads=1
  # A successful first request, or the numbers mean nothing: the row says so, the run goes on.
  local first; first=$(curl -s -o "$WORK/first.html" -w '%{http_code}' --max-time 60 "$3$(head -1 "$2")" || true)
  if [ "$first" != 200 ]; then
    echo "$1: $3$(head -1 "$2") answered ${first:-nothing}; the app's log ends:"; tail -20 "$WORK/app.log" | cut -c1-300
    ROWS+=("$1 (not measured: the first request answered ${first:-nothing})|$5|RESULT requests=0 errors=1 non2xx=0 rps=0 p50=0 p95=0 p99=0|–")
    [ -n "${SMOKE:-}" ] && exit 1
    return 0
  fi
  line=$(QUERIES="$2" THREADS="$threads" wrk -t"$threads" -c"$5" -d"${DURATION}s" --timeout 10s -s "bench/$4" "$3" \
    | grep RESULT)
  [ -n "${6:-}" ] && rss="$(( $(ps -o rss= -p "$6") / 1024 )) MB"
  echo "$1: $line"
  ROWS+=("$1|$5|$line|$rss")
}
warm() { # seconds
  [ "$1" -gt 0 ] || return 0
  QUERIES="$(next_chunk)" THREADS=2 wrk -t2 -c8 -d"${1}s" --timeout 10s -s bench/once.lua "http://localhost:$PORT" >/dev/null 2>&1 || true
}

# The statements the running app sends for each rotating HTML search, as pgbench scripts.
capture() {
  echo "capturing the SQL of $(wc -l < "$WORK/html.txt") HTML requests"
  if [ -n "${SMOKE:-}" ]; then head -5 "$WORK/html.txt" > "$WORK/html-smoke.txt"; mv "$WORK/html-smoke.txt" "$WORK/html.txt"; fi
  while read -r path; do curl -fs -o /dev/null "http://localhost:$PORT$path"; done < "$WORK/html.txt"
  local first i=0
  first=$(wc -l < "$SERVER_LOG")
  while read -r path; do
    i=$((i + 1))
    "${PSQL[@]}" -d "$DB" -c "SELECT 'bench-request-${i}'" >/dev/null
    curl -fs -o /dev/null "http://localhost:$PORT$path"
  done < "$WORK/html.txt"
  sleep 1
  python3 bench/pgbench_scripts.py "$SERVER_LOG" "$first" "$WORK/sql"
}

# An OpenSearch node in a process of its own, from the test classpath (written by the build).
start_opensearch() {
  if [ ! -f target/bench-classpath.txt ] || [ -n "$(find src pom.xml -newer target/bench-classpath.txt -print -quit)" ]; then
    ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/bench-classpath.txt
  fi
  java -Xmx1g -Dlog4j.provider=org.apache.logging.log4j.core.impl.Log4jProvider \
    -cp "target/test-classes:$(cat target/bench-classpath.txt)" uk.mljobs.support.OpenSearchServer "$OS_PORT" \
    "$WORK/opensearch" > "$WORK/opensearch.log" 2>&1 &
  OPENSEARCH=$!
}

BUILDS=()
for engine in $ENGINES; do
  args=(--mljobs.search.engine="$engine")
  case "$engine" in
    lucene)
      rm -rf "$DATA/index-${N}-lucene"
      args+=(--mljobs.search.index-dir="$DATA/index-${N}-lucene") ;;
    opensearch)
      [ -n "$OPENSEARCH" ] || start_opensearch
      for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$OS_PORT/_cluster/health" >/dev/null 2>&1 && break; sleep 1; done
      curl -fs "http://127.0.0.1:$OS_PORT/_cluster/health" >/dev/null || { tail -30 "$WORK/opensearch.log"; exit 1; }
      args+=(--mljobs.search.opensearch.url="http://127.0.0.1:$OS_PORT" --mljobs.search.opensearch.index="bench-${N}") ;;
    postgres)
      # Its caches off, so no row is answered from them; its SQL captured for pgbench.
      args+=(--mljobs.search.facet-cache=0)
      if [ -n "$SERVER_LOG" ] && [ -r "$SERVER_LOG" ]; then
        "${PSQL[@]}" -c "ALTER DATABASE ${DB} SET log_min_duration_statement = 0"
      fi ;;
    *) echo "unknown engine $engine"; exit 1 ;;
  esac
  start_app "${args[@]}"
  if [ "$engine" = postgres ] && [ -n "$SERVER_LOG" ] && [ -r "$SERVER_LOG" ]; then
    # Captured first, with every statement logged; then measured without logging.
    capture
    "${PSQL[@]}" -c "ALTER DATABASE ${DB} RESET log_min_duration_statement"
    # (A smoke run measures nothing, so it keeps the logging connections.)
    if [ -z "${SMOKE:-}" ]; then stop_app; start_app "${args[@]}"; fi
  fi
  seconds=$(await_search)
  case "$engine" in
    lucene)
      size="$(du -sb "$DATA/index-${N}-lucene" | cut -f1)"
      built=$(grep -o 'Search index built with [0-9]* postings in [0-9]* ms' "$WORK/app.log" | tail -1) ;;
    opensearch)
      size="$(curl -s "http://127.0.0.1:$OS_PORT/_cat/indices/bench-${N}*?h=store.size&bytes=b" | head -1)"
      built=$(grep -o 'OpenSearch index [^ ]* built with [0-9]* postings in [0-9]* ms' "$WORK/app.log" | tail -1) ;;
    postgres)
      size="$("${PSQL[@]}" -d "$DB" -Atc "SELECT pg_total_relation_size('posting')")"; built="no index of its own" ;;
  esac
  BUILDS+=("$engine|$seconds|$size|$built")
  echo "$engine: ready in $seconds s; $built; $size bytes"
  warm "$WARM"
  run_wrk "$engine: long tail" "$(next_chunk)" "http://localhost:$PORT" once.lua 1 "$APP"
  run_wrk "$engine: long tail" "$(next_chunk)" "http://localhost:$PORT" once.lua "$CONNECTIONS" "$APP"
  if [ "$engine" = lucene ]; then
    run_wrk "$engine: forgiving long tail" "$WORK/forgiving-0" "http://localhost:$PORT" once.lua 1 "$APP"
    run_wrk "$engine: forgiving long tail" "$WORK/forgiving-1" "http://localhost:$PORT" once.lua "$CONNECTIONS" "$APP"
    run_wrk "$engine: suggestions as typed" "$WORK/suggest-0" "http://localhost:$PORT" once.lua 1 "$APP"
    run_wrk "$engine: suggestions as typed" "$WORK/suggest-1" "http://localhost:$PORT" once.lua "$CONNECTIONS" "$APP"
    for mix in $([ -n "${SMOKE:-}" ] && echo all || echo all html json page1 page50); do
      run_wrk "$engine: rotating $mix ($(wc -l < "$WORK/$mix.txt") searches)" "$WORK/$mix.txt" \
        "http://localhost:$PORT" rotate.lua "$CONNECTIONS" "$APP"
    done
    QUERIES="$WORK/content.txt" wrk -t2 -c"$CONNECTIONS" -d2s -s bench/rotate.lua "http://localhost:$PORT" >/dev/null 2>&1
    run_wrk "app: content pages ($(wc -l < "$WORK/content.txt") pages, page cache)" "$WORK/content.txt" \
      "http://localhost:$PORT" rotate.lua "$CONNECTIONS" "$APP"
    curl -fs -o "$WORK/page.html" "http://localhost:$PORT/jobs?q=engineer"
    curl -fs -o "$WORK/guide.html" "http://localhost:$PORT/roles/mlops-engineer"
  fi
  if [ "$engine" = postgres ]; then
    run_wrk "$engine: rotating html ($(wc -l < "$WORK/html.txt") searches, caches off)" "$WORK/html.txt" \
      "http://localhost:$PORT" rotate.lua "$CONNECTIONS" "$APP"
  fi
  stop_app
  if [ -n "$OPENSEARCH" ]; then kill "$OPENSEARCH"; wait "$OPENSEARCH" 2>/dev/null || true; OPENSEARCH=""; fi
done

# pgbench: the SQL the PostgreSQL engine sent for each rotating HTML search, its caches off
# (captured from the server log during its phase), at the same concurrency.
if [ -d "$WORK/sql" ]; then
  PGB_ARGS=()
  for script in "$WORK"/sql/request-*.sql; do PGB_ARGS+=(-f "$script"); done
  ( cd "$WORK" && pgbench -n -h localhost -U postgres -c "$CONNECTIONS" -j 2 -T "$DURATION" -l --log-prefix=pgb \
      "${PGB_ARGS[@]}" "$DB" > pgbench.out 2>&1 ) || { cat "$WORK/pgbench.out"; exit 1; }
  PGB_LINE=$(cat "$WORK"/pgb.* | awk '{print $3 / 1000}' | sort -n | awk -v secs="$DURATION" \
    '{v[NR] = $1} END {printf "RESULT requests=%d errors=0 non2xx=0 rps=%.1f p50=%.1f p95=%.1f p99=%.1f\n", NR, NR / secs,
      v[int(NR * 0.50)], v[int(NR * 0.95)], v[int(NR * 0.99)]}')
  PGB_FAILED=$(grep -Eo 'number of failed transactions: [0-9]+' "$WORK/pgbench.out" | head -1 | grep -Eo '[0-9]+$' || echo 0)
  echo "pgbench: $PGB_LINE failed=$PGB_FAILED"
  ROWS+=("pgbench: the PostgreSQL engine's SQL for the rotating HTML searches|$CONNECTIONS|${PGB_LINE/errors=0/errors=$PGB_FAILED}|–")
else
  echo "no readable PostgreSQL server log (set PG_SERVER_LOG), or no postgres engine: no pgbench row"
fi

# nginx: the bytes of a search page and of a role guide as static files.
if [ -f "$WORK/page.html" ]; then
  mkdir -p "$WORK/nginx/www"
  cp "$WORK/page.html" "$WORK/guide.html" "$WORK/nginx/www/"
  # nginx's workers run as www-data: let them in.
  chmod a+rx "$WORK" "$WORK/nginx" "$WORK/nginx/www"
  chmod a+r "$WORK/nginx/www/page.html" "$WORK/nginx/www/guide.html"
  cat > "$WORK/nginx/nginx.conf" <<EOF
daemon off; worker_processes 2; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http { access_log off; default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/www; } }
EOF
  "$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
  NGINX_PID=$!
  sleep 1
  echo "/page.html" > "$WORK/static.txt"
  run_wrk "nginx: /jobs?q=engineer as a static file ($(wc -c < "$WORK/page.html") bytes)" "$WORK/static.txt" \
    "http://127.0.0.1:$NGINX_PORT" rotate.lua "$CONNECTIONS"
  echo "/guide.html" > "$WORK/static-guide.txt"
  run_wrk "nginx: /roles/mlops-engineer as a static file ($(wc -c < "$WORK/guide.html") bytes)" \
    "$WORK/static-guide.txt" "http://127.0.0.1:$NGINX_PORT" rotate.lua "$CONNECTIONS"
  kill "$NGINX_PID"; NGINX_PID=""
fi

OUT="$RESULTS/$(date -u +%Y%m%dT%H%M%SZ)-n${N}-c${CONNECTIONS}.md"
if [ -n "${SMOKE:-}" ]; then OUT="$WORK/smoke.md"; fi
{
  echo "# ${N} postings, ${DURATION} s per row, app at -Xmx512m, $(nproc) cores"
  echo
  echo "| run | connections | req/s | p50 ms | p95 ms | p99 ms | errors | app RSS |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r label connections result rss <<< "$row"
    get() { echo "$result" | grep -Eo "$1=[0-9.]+" | cut -d= -f2 || true; }
    wrapped=$(get wrapped); note=""
    [ -n "$wrapped" ] && [ "$wrapped" != 0 ] && note=" (paths reused ${wrapped}x)"
    echo "| $label$note | $connections | $(get rps) | $(get p50) | $(get p95) | $(get p99) | $(( $(get errors) + $(get non2xx) )) | $rss |"
  done
  echo
  echo "| engine | ready after start (s) | index | size on disk |"
  echo "| --- | ---: | --- | ---: |"
  for build in "${BUILDS[@]}"; do
    IFS='|' read -r engine seconds size built <<< "$build"
    echo "| $engine | $(printf '%.1f' "$seconds") | $built | $(( size / 1048576 )) MB |"
  done
} | tee "$OUT"
if [ -n "${SMOKE:-}" ]; then
  # A smoke run proves the script works: every row answered, without errors.
  for row in "${ROWS[@]}"; do
    IFS='|' read -r label connections result rss <<< "$row"
    requests=$(echo "$result" | grep -Eo 'requests=[0-9]+' | cut -d= -f2)
    failed=$(( $(echo "$result" | grep -Eo 'errors=[0-9]+' | cut -d= -f2) + $(echo "$result" | grep -Eo 'non2xx=[0-9]+' | cut -d= -f2) ))
    if [ "${requests:-0}" = 0 ] || [ "$failed" != 0 ]; then echo "smoke: '$label' failed: $result"; exit 1; fi
  done
fi
