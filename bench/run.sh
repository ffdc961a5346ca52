#!/usr/bin/env bash
# Job search load benchmark, first cut: a database of N synthetic postings of its own, the
# app at -Xmx512m on port 8091, wrk over loopback rotating the queries in queries.txt.
# Usage: bash bench/run.sh [N=100000] [connections=16] [seconds=30]
# Baselines (pgbench on the same SQL, nginx on the same bytes) are not in this cut yet.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"; CONNECTIONS="${2:-16}"; SECONDS_="${3:-30}"
DB="mljobs_bench_${N}"
PORT=8091
RESULTS="bench/results"
mkdir -p "$RESULTS"
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)"; exit 1; }

[ -f target/mljobs-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -ntp -q package -DskipTests

start_app() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/${DB}" MLJOBS_DEMO_ENABLED=false \
    java -Xmx512m -jar target/mljobs-0.1.0-SNAPSHOT.jar --server.port=$PORT --logging.level.root=WARN \
    > "$RESULTS/app-${N}.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 90); do
    curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "app did not start; see $RESULTS/app-${N}.log"; exit 1
}

if ! psql -h localhost -U postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '${DB}'" | grep -q 1; then
  echo "creating ${DB} with ${N} postings"
  start_app; kill "$APP"; wait "$APP" 2>/dev/null || true   # the app creates and migrates the database
  time psql -q -h localhost -U postgres -d "$DB" -v n="$N" -f bench/generate.sql
fi

start_app
trap 'kill $APP 2>/dev/null || true' EXIT
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/rotate.lua "http://localhost:$PORT" >/dev/null 2>&1   # warm-up
OUT="$RESULTS/$(date -u +%Y%m%dT%H%M%SZ)-n${N}-c${CONNECTIONS}.txt"
{
  echo "postings=${N} connections=${CONNECTIONS} seconds=${SECONDS_} xmx=512m queries=$(grep -vc '^#' bench/queries.txt)"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_}s" --timeout 10s -s bench/rotate.lua "http://localhost:$PORT" | grep RESULT
  echo "app_rss_kb=$(ps -o rss= -p "$APP")"
} | tee "$OUT"
