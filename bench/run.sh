#!/usr/bin/env bash
# Job search load benchmark with its baselines, all in one run over loopback:
#   - the app (-Xmx512m, port 8091) on a database of N synthetic postings of its own, driven
#     by wrk with rotating requests: all of bench/queries.txt, its HTML and JSON halves, and
#     page 1 against page 50 of the same searches; then the HTML half again with the facet
#     cache off, so every request runs all of its SQL;
#   - pgbench running the very SQL the app sent for the HTML requests with the facet cache
#     off (captured from the server log), at the same concurrency;
#   - the content pages (bench/content.txt: home, guides, salaries, companies) as anonymous
#     visitors get them, with the page cache;
#   - nginx serving the bytes of one search page (/jobs?q=engineer) and of one role guide as
#     static files.
# Writes a Markdown table to bench/results/<time>-n<N>-c<connections>.md.
# Usage: bash bench/run.sh [N=100000] [connections=16] [seconds=30]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"; CONNECTIONS="${2:-16}"; DURATION="${3:-30}"
DB="mljobs_bench_${N}"
PORT=8091; NGINX_PORT=8092
RESULTS="bench/results"
JAR="target/mljobs-0.1.0-SNAPSHOT.jar"
PSQL=(psql -X -q -h localhost -U postgres)
WORK="$(mktemp -d)"
mkdir -p "$RESULTS"

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

APP=""; NGINX_PID=""
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  "${PSQL[@]}" -c "ALTER DATABASE ${DB} RESET log_min_duration_statement" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_app() { # extra arguments for the app
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/${DB}" MLJOBS_DEMO_ENABLED=false \
    java -Xmx512m -jar "$JAR" --server.port=$PORT --logging.level.root=WARN "$@" \
    > "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  cat "$WORK/app.log"; echo "the app did not start"; exit 1
}

stop_app() {
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""
}

if ! "${PSQL[@]}" -Atc "SELECT 1 FROM pg_database WHERE datname = '${DB}'" | grep -q 1; then
  echo "creating ${DB} with ${N} postings"
  start_app; stop_app   # the app creates and migrates the database
  "${PSQL[@]}" -d "$DB" -v n="$N" -f bench/generate.sql
fi

grep -v '^#' bench/queries.txt | grep . > "$WORK/all.txt"
grep -v '^#' bench/content.txt | grep . > "$WORK/content.txt"
grep '^/jobs' "$WORK/all.txt" > "$WORK/html.txt"
grep '^/api/' "$WORK/all.txt" > "$WORK/json.txt"
# The searches that have a page 50 in queries.txt, at page 1 and at page 50.
grep 'page=50' "$WORK/all.txt" > "$WORK/page50.txt"
sed -e 's/[?&]page=50$//' -e 's/?page=50&/?/' "$WORK/page50.txt" > "$WORK/page1.txt"

# 1. Capture the SQL of each HTML request, facet cache off (run once to warm up, then once
#    logged).
echo "capturing the SQL of $(wc -l < "$WORK/html.txt") HTML requests"
"${PSQL[@]}" -c "ALTER DATABASE ${DB} SET log_min_duration_statement = 0"
start_app --mljobs.search.facet-cache=0
while read -r path; do curl -fs -o /dev/null "http://localhost:$PORT$path"; done < "$WORK/html.txt"
FIRST_LINE=$(wc -l < "$SERVER_LOG")
i=0
while read -r path; do
  i=$((i + 1))
  "${PSQL[@]}" -d "$DB" -c "SELECT 'bench-request-${i}'" >/dev/null
  curl -fs -o /dev/null "http://localhost:$PORT$path"
done < "$WORK/html.txt"
sleep 1
python3 bench/pgbench_scripts.py "$SERVER_LOG" "$FIRST_LINE" "$WORK/sql"
curl -fs -o "$WORK/page.html" "http://localhost:$PORT/jobs?q=engineer"
curl -fs -o "$WORK/guide.html" "http://localhost:$PORT/roles/mlops-engineer"
stop_app
"${PSQL[@]}" -c "ALTER DATABASE ${DB} RESET log_min_duration_statement"

# 2. The app, unlogged, warmed for 10 s, then each mix.
start_app
QUERIES="$WORK/all.txt" wrk -t2 -c"$CONNECTIONS" -d10s -s bench/rotate.lua "http://localhost:$PORT" >/dev/null 2>&1
ROWS=()
run_wrk() { # label, queries file, url, process whose RSS to report (optional)
  local line rss="–"
  # A successful first request, or the numbers mean nothing.
  curl -fs -o /dev/null "$3$(head -1 "$2")" || { echo "$1: $3$(head -1 "$2") fails"; exit 1; }
  line=$(QUERIES="$2" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/rotate.lua "$3" | grep RESULT)
  [ -n "${4:-}" ] && rss="$(( $(ps -o rss= -p "$4") / 1024 )) MB"
  echo "$1: $line"
  ROWS+=("$1|$line|$rss")
}
for mix in all html json page1 page50; do
  run_wrk "app: $mix ($(wc -l < "$WORK/$mix.txt") requests)" "$WORK/$mix.txt" "http://localhost:$PORT" "$APP"
done
QUERIES="$WORK/content.txt" wrk -t2 -c"$CONNECTIONS" -d5s -s bench/rotate.lua "http://localhost:$PORT" >/dev/null 2>&1
run_wrk "app: content pages ($(wc -l < "$WORK/content.txt") requests, page cache)" "$WORK/content.txt" \
  "http://localhost:$PORT" "$APP"
stop_app
start_app --mljobs.search.facet-cache=0
QUERIES="$WORK/html.txt" wrk -t2 -c"$CONNECTIONS" -d10s -s bench/rotate.lua "http://localhost:$PORT" >/dev/null 2>&1
run_wrk "app: html, facet cache off" "$WORK/html.txt" "http://localhost:$PORT" "$APP"
stop_app

# 3. pgbench: the same SQL, the same number of connections.
PGB_ARGS=()
for script in "$WORK"/sql/request-*.sql; do PGB_ARGS+=(-f "$script"); done
( cd "$WORK" && pgbench -n -h localhost -U postgres -c "$CONNECTIONS" -j 2 -T "$DURATION" -l --log-prefix=pgb \
    "${PGB_ARGS[@]}" "$DB" > pgbench.out 2>&1 ) || { cat "$WORK/pgbench.out"; exit 1; }
PGB_LINE=$(cat "$WORK"/pgb.* | awk '{print $3 / 1000}' | sort -n | awk -v secs="$DURATION" \
  '{v[NR] = $1} END {printf "RESULT requests=%d errors=0 non2xx=0 rps=%.1f p50=%.1f p95=%.1f p99=%.1f\n", NR, NR / secs,
    v[int(NR * 0.50)], v[int(NR * 0.95)], v[int(NR * 0.99)]}')
PGB_FAILED=$(grep -Eo 'number of failed transactions: [0-9]+' "$WORK/pgbench.out" | head -1 | grep -Eo '[0-9]+$' || echo 0)
echo "pgbench: $PGB_LINE failed=$PGB_FAILED"
ROWS+=("pgbench: the same HTML requests' SQL, facet cache off|${PGB_LINE/errors=0/errors=$PGB_FAILED}|–")

# 4. nginx: one search page's bytes as a static file.
mkdir -p "$WORK/nginx/www"
cp "$WORK/page.html" "$WORK/nginx/www/page.html"
cp "$WORK/guide.html" "$WORK/nginx/www/guide.html"
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
  "http://127.0.0.1:$NGINX_PORT"
echo "/guide.html" > "$WORK/static-guide.txt"
run_wrk "nginx: /roles/mlops-engineer as a static file ($(wc -c < "$WORK/guide.html") bytes)" \
  "$WORK/static-guide.txt" "http://127.0.0.1:$NGINX_PORT"
kill "$NGINX_PID"; NGINX_PID=""

OUT="$RESULTS/$(date -u +%Y%m%dT%H%M%SZ)-n${N}-c${CONNECTIONS}.md"
{
  echo "# ${N} postings, ${CONNECTIONS} connections, ${DURATION} s per row, app at -Xmx512m"
  echo
  echo "| run | req/s | p50 ms | p95 ms | p99 ms | errors | app RSS |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r label result rss <<< "$row"
    get() { echo "$result" | grep -Eo "$1=[0-9.]+" | cut -d= -f2; }
    echo "| $label | $(get rps) | $(get p50) | $(get p95) | $(get p99) | $(( $(get errors) + $(get non2xx) )) | $rss |"
  done
} | tee "$OUT"
