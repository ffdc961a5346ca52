#!/usr/bin/env bash
# Fault tests, over loopback, bounded in time (about 3 minutes):
#   1. Authenticated posting load (sign-up, sign-in, CSRF tokens, one idempotency key per
#      posting, a failed request retried with the same key) while PostgreSQL is restarted
#      3 times and frozen once (SIGSTOP of the postmaster and its children for 15 s).
#      Reports acknowledged postings against rows in the database (0 lost), duplicates
#      (0), and how long after each outage postings were acknowledged again (within 2x the
#      pool's connection timeout).
#   2. SIGTERM with 50 slow requests in flight: PostgreSQL frozen for 3 s under 50
#      searches, the app sent SIGTERM 1 s in, PostgreSQL thawed; all 50 must complete and
#      the app must shut down gracefully.
# PostgreSQL is a private cluster of the machine's PostgreSQL 15 in a temporary directory
# (on a free port), so the restarts and freezes touch no one else's server. It is thawed and
# stopped by a trap whatever happens. Needs root (to run PostgreSQL as the postgres user).
# Writes bench/results/faults-<date>.md. Usage: bash bench/faults/run.sh
# SMOKE=1 (for CI): one restart and a 4 s freeze, shorter pauses, the table under $TMPDIR.
set -euo pipefail
# A smoke run measures nothing and starts the app several times: C1 alone starts it sooner.
SMOKE_JVM="$([ -n "${SMOKE:-}" ] && echo -XX:TieredStopAtLevel=1 || true)"
cd "$(dirname "$0")/../.."
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
# Free ports picked at run time, so another engineer's app or proxy is never measured instead.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PG_PORT="$(free_port)"; APP_PORT="$(free_port)"
CONNECTION_TIMEOUT_S=5   # spring.datasource.hikari.connection-timeout
JAR="target/mljobs-0.1.0-SNAPSHOT.jar"
WORK="$(mktemp -d /tmp/mljobs-faults.XXXXXX)"
PGDATA="$WORK/pg"
OUT="bench/results/faults-$(date -u +%Y-%m-%d).md"
[ -n "${SMOKE:-}" ] && OUT="$WORK/faults.md"
if [ -n "${SMOKE:-}" ]; then RESTARTS=1; SETTLE=2; FREEZE=3; AFTER=3; else RESTARTS=3; SETTLE=15; FREEZE=15; AFTER=20; fi
as_postgres() { runuser -u postgres -- "$@"; }
now() { date +%s.%N; }

[ "$(id -u)" = 0 ] || { echo "run as root: PostgreSQL is started as the postgres user"; exit 1; }
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
  ./mvnw -B -ntp -q -DskipTests package
fi

APP=""; DRIVER=""; FROZEN=""
postgres_pids() { # the postmaster and its children
  local main; main=$(head -1 "$PGDATA/postmaster.pid" 2>/dev/null) || return 0
  echo "$main" $(pgrep -P "$main" || true)
}
cleanup() {
  [ -n "$FROZEN" ] && kill -CONT $FROZEN 2>/dev/null || true
  kill -CONT $(postgres_pids) 2>/dev/null || true
  [ -n "$DRIVER" ] && kill "$DRIVER" 2>/dev/null || true
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  [ -f "$PGDATA/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
  [ -f "$WORK/app.log" ] && mkdir -p target && cp "$WORK/app.log" target/faults-app.log  # kept for a post-mortem
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

echo "private PostgreSQL 15 on port $PG_PORT in $WORK"
chown postgres "$WORK"; chmod 700 "$WORK"
as_postgres "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg_ctl() { as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -w -t 60 -l "$WORK/pg.log" \
  -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" "$@" >/dev/null; }
pg_ctl start
PSQL=(psql -X -q -At -h 127.0.0.1 -p "$PG_PORT" -U postgres)

start_app() {
  # JSON logs (ECS), so the run also shows that no email reaches the log.
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${PG_PORT}/mljobs_faults" MLJOBS_DEMO_ENABLED=false \
    MLJOBS_LIMITS_POSTINGWRITESPERRECRUITERPERHOUR=100000 LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
    java -Xmx512m ${SMOKE_JVM} -jar "$JAR" --server.port=$APP_PORT --mljobs.search.index-dir="$WORK/index" > "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    kill -0 "$APP" 2>/dev/null || break
    if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; then
      ss -Hltnp "( sport = :$APP_PORT )" | grep -q "pid=$APP," && return 0
      echo "port $APP_PORT answers, but not from our app"; exit 1
    fi
    sleep 1
  done
  tail -50 "$WORK/app.log"; echo "the app did not start"; exit 1
}

# ---- 1. posting load through 3 restarts and a freeze --------------------------------
start_app
mkdir -p "$WORK/load"
python3 bench/faults/drive.py postings "http://127.0.0.1:$APP_PORT" "$WORK/load" "$WORK/stop" 4 &
DRIVER=$!
event() { echo "$1 $(now)" >> "$WORK/events"; echo "$(date +%T) $1"; }
# The outages start once the recruiter is signed in (a slow machine can take seconds), so
# they hit the posting load, not the sign-up.
for _ in $(seq 1 60); do
  [ -s "$WORK/load/recruiter.txt" ] && break
  kill -0 "$DRIVER" 2>/dev/null || break
  sleep 0.5
done
sleep "$SETTLE"
kill -0 "$DRIVER" 2>/dev/null || { echo "the load driver stopped"; tail -20 "$WORK/app.log"; exit 1; }
for i in $(seq 1 "$RESTARTS"); do
  event "restart${i}-begin"
  pg_ctl -m fast restart
  event "restart${i}-end"
  sleep "$SETTLE"
done
FROZEN="$(postgres_pids)"
event "freeze-begin"
kill -STOP $FROZEN
sleep "$FREEZE"
kill -CONT $FROZEN; FROZEN=""
event "freeze-end"
sleep "$AFTER"
touch "$WORK/stop"
# The driver gives up on keys after 120 s; past 180 s something is wrong: stop it.
( sleep 180; kill "$DRIVER" 2>/dev/null ) & WATCHDOG=$!
wait "$DRIVER" || echo "the load driver was stopped by the watchdog"; DRIVER=""
kill "$WATCHDOG" 2>/dev/null || true
EMAIL="$(cat "$WORK/load/recruiter.txt")"
"${PSQL[@]}" -d mljobs_faults -F ' ' -c "SELECT p.idempotency_key, p.id FROM posting p
  JOIN account a ON a.id = p.recruiter_id WHERE a.email = '$EMAIL'" > "$WORK/db-keys"
LOAD_STATUS=0
python3 bench/faults/drive.py report "$WORK/load" "$WORK/events" "$WORK/db-keys" "$CONNECTION_TIMEOUT_S" \
  "$((RESTARTS + 1))" \
  > "$WORK/load-table.md" || LOAD_STATUS=$?
cat "$WORK/load-table.md"
EMAILS_IN_LOG=$(grep -c "@example.com" "$WORK/app.log" || true)
JSON_LINES=$(grep -c '^{' "$WORK/app.log" || true)
DB_ERRORS_LOGGED=$(grep -cE '"(log\.)?level":"ERROR"' "$WORK/app.log" || true)

# ---- 2. SIGTERM with 50 slow requests in flight ------------------------------------
# One published posting the probes find: the search index answers from memory, but the
# page's rows are always read from PostgreSQL, so with it frozen every probe waits.
"${PSQL[@]}" -d mljobs_faults -c "INSERT INTO posting (idempotency_key, company_id, title, role_id, level_id,
    region_id, town_id, work_mode, employment_type, pay_unit, pay_min_gbp, pay_max_gbp, description_md,
    description_html, apply_url, closes_on, status, submitted_at, published_at)
  SELECT gen_random_uuid(), c.id, 'Slowprobe MLOps Engineer', l.role_id, l.id, t.region_id, t.id, 'HYBRID',
    'PERMANENT_FULL_TIME', 'YEAR', 60000, 80000, 'A posting the fault run searches for while PostgreSQL is frozen.',
    '<p>x</p>', 'https://example.com/apply', current_date + 30, 'PUBLISHED', now(), now()
  FROM company c, level l, town t WHERE c.slug = 'monzo' AND l.slug = 'mid' AND t.slug = 'london' LIMIT 1
  RETURNING id" > "$WORK/probe-id"
"${PSQL[@]}" -d mljobs_faults -c "SELECT refresh_posting_search(ARRAY[$(head -1 "$WORK/probe-id")]::bigint[])" >/dev/null
for _ in $(seq 1 50); do
  curl -fs "http://127.0.0.1:$APP_PORT/jobs?q=slowprobe" | grep -q 'Slowprobe MLOps Engineer' && break; sleep 0.1
done
for i in $(seq 1 20); do curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/jobs?q=slowprobe&warm=$i"; done
FROZEN="$(postgres_pids)"
kill -STOP $FROZEN
T0=$(now)
python3 bench/faults/drive.py slow "http://127.0.0.1:$APP_PORT" "$WORK/slow.jsonl" 50 &
DRIVER=$!
sleep 1
IN_FLIGHT=$(ss -Htn state established "( sport = :$APP_PORT )" | wc -l)
kill -TERM "$APP"
sleep 0.5
# New connections are refused once shutdown has begun.
LATE=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$APP_PORT/jobs" || true)
sleep 1.5
kill -CONT $FROZEN; FROZEN=""
THAWED=$(now)
wait "$DRIVER"; DRIVER=""
APP_EXIT=0; wait "$APP" || APP_EXIT=$?; APP=""
APP_DOWN=$(now)
COMPLETED=$(grep -c '"status": 200' "$WORK/slow.jsonl" || true)
WHOLE=$(grep -c '"complete": true' "$WORK/slow.jsonl" || true)
SLOWEST=$(python3 -c "import json,sys; print('%.1f' % max(json.loads(l)['seconds'] for l in open(sys.argv[1])))" "$WORK/slow.jsonl")
GRACEFUL=$(grep -c 'Graceful shutdown complete' "$WORK/app.log" || true)
ABORTED=$(grep -c 'Graceful shutdown aborted' "$WORK/app.log" || true)
# A JVM ended by SIGTERM after its shutdown hooks ran exits with 143 (128 + 15).
SIGTERM_OK=$([ "$COMPLETED" = 50 ] && [ "$WHOLE" = 50 ] && [ "$GRACEFUL" -ge 1 ] && [ "$ABORTED" = 0 ] \
  && { [ "$APP_EXIT" = 143 ] || [ "$APP_EXIT" = 0 ]; } && echo yes || echo NO)

mkdir -p bench/results
{
  echo "# Fault tests, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "bash bench/faults/run.sh on $(nproc) cores; app at -Xmx512m, pool of 10, connection timeout ${CONNECTION_TIMEOUT_S} s;"
  echo "PostgreSQL 15 (private cluster). 4 workers saving draft postings through /recruiter/postings."
  echo
  echo "## Posting load: PostgreSQL restarted ${RESTARTS} times (pg_ctl -m fast restart), then frozen ${FREEZE} s"
  echo
  cat "$WORK/load-table.md"
  echo
  echo "App log during the run: ${JSON_LINES} JSON (ECS) lines, ${DB_ERRORS_LOGGED} at ERROR, ${EMAILS_IN_LOG} containing the recruiter's email domain."
  echo
  echo "## SIGTERM with 50 slow requests in flight"
  echo
  echo "| measure | value |"
  echo "| --- | --- |"
  echo "| searches sent while PostgreSQL was frozen | 50 |"
  echo "| connections open to the app 1 s later, when SIGTERM was sent | ${IN_FLIGHT} |"
  echo "| a new request 0.5 s after SIGTERM | ${LATE} (000 = connection refused) |"
  echo "| PostgreSQL thawed after | $(python3 -c "print('%.1f s' % ($THAWED - $T0))") |"
  echo "| searches answered 200 with a whole page | ${COMPLETED} / 50 (whole pages: ${WHOLE}) |"
  echo "| slowest search | ${SLOWEST} s |"
  echo "| app exited after | $(python3 -c "print('%.1f s' % ($APP_DOWN - $T0))"), exit code ${APP_EXIT}, 'Graceful shutdown complete' logged: ${GRACEFUL}, aborted: ${ABORTED} |"
  echo "| passed | ${SIGTERM_OK} |"
} > "$OUT"
echo; cat "$OUT"
[ "$LOAD_STATUS" = 0 ] && [ "$SIGTERM_OK" = yes ]
