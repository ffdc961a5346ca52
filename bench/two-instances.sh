#!/usr/bin/env bash
# Two instances of the app on one database of their own, behind nginx (round-robin), over
# loopback. Checks that the app is stateless across instances:
#   - a recruiter signs up, signs in and writes postings through nginx, each request served
#     by whichever instance nginx picks (X-Instance header), with CSRF tokens scraped from
#     the forms and one cookie jar; an admin approves them;
#   - a second recruiter, signed in, is disabled by the admin: their session then ends on
#     both instances, asked directly;
#   - a page kept in both instances' page caches is dropped on both after an admin's change
#     made through one of them (NOTIFY);
#   - a seeker asks for a job alert through nginx and confirms it through the link in the
#     mail; its digest, due on both instances at once (alert runs every 2 s on each), is
#     built once and mailed once (an SMTP sink of our own counts the mails);
#   - each instance searches with a Lucene index of its own: a posting approved through
#     one is found by a search on the other, asked directly, within 2 s;
#   - the posting expiry job, scheduled every 3 s on both instances, runs once per 3 s
#     period (job_run rows, log lines), and expires a posting whose closing date passed.
# Writes a Markdown table to bench/results/two-instances-<date>.md.
# Usage: bash bench/two-instances.sh [seconds the expiry job is watched, default 30]
#   SMOKE=1 (for CI): the expiry job watched 4 s, the table written under $TMPDIR instead.
set -euo pipefail
# A smoke run measures nothing and starts the app several times: C1 alone starts it sooner.
SMOKE_JVM="$([ -n "${SMOKE:-}" ] && echo -XX:TieredStopAtLevel=1 || true)"
cd "$(dirname "$0")/.."
WATCH="${1:-$([ -n "${SMOKE:-}" ] && echo 4 || echo 30)}"
DB="mljobs_two_instances_$(date +%s)"
PORT_A=18093; PORT_B=18094; PORT_LB=18095; PORT_SMTP=18096
JAR="target/mljobs-0.1.0-SNAPSHOT.jar"
PSQL=(psql -X -q -t -A -h localhost -U postgres)
ADMIN_EMAIL="admin@two-instances.test"; ADMIN_PASSWORD="two instances share one database"
PASSWORD="a long and unusual bench passphrase"
WORK="$(mktemp -d /tmp/mljobs-two-instances.XXXXXX)"
RESULTS="bench/results/two-instances-$(date -u +%Y%m%d).md"
[ -n "${SMOKE:-}" ] && RESULTS="$WORK/two-instances.md"
mkdir -p bench/results

command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt-get install -y -q nginx-light >/dev/null
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS ${DB} WITH (FORCE)" >/dev/null 2>&1 || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

for port in "$PORT_A" "$PORT_B" "$PORT_LB" "$PORT_SMTP"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken"; exit 1; fi
done
"${PSQL[@]}" -d postgres -c "CREATE DATABASE ${DB}"

# An SMTP sink: every mail either instance sends lands in $WORK/mail as a file.
mkdir -p "$WORK/mail"
cat > "$WORK/sink.py" <<'EOF'
import asyncore, os, smtpd, sys, warnings
warnings.simplefilter("ignore")
folder = sys.argv[2]
class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        path = os.path.join(folder, "%04d.eml" % len(os.listdir(folder)))
        with open(path + ".part", "wb") as out:
            out.write(data)
        os.rename(path + ".part", path)
Sink(("127.0.0.1", int(sys.argv[1])), None, decode_data=False)
asyncore.loop()
EOF
python3 -W ignore "$WORK/sink.py" "$PORT_SMTP" "$WORK/mail" 2>"$WORK/sink.log" &
PIDS+=($!)
# The decoded plain text of a mail file.
mail_text() { python3 -c 'import email, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"))
for part in m.walk():
    if part.get_content_type() == "text/plain":
        print(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"))' "$1"; }
sql() { "${PSQL[@]}" -d "$DB" -c "$1"; }

start_instance() { # name port
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/${DB}" MLJOBS_DEMO_ENABLED=false \
  MLJOBS_ADMIN_EMAIL="$ADMIN_EMAIL" MLJOBS_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -Xmx384m ${SMOKE_JVM} -jar "$JAR" --server.port="$2" --mljobs.instance="$1" \
      --server.tomcat.remoteip.internal-proxies='127\.0\.0\.1' \
      --mljobs.search.engine=lucene --mljobs.search.index-dir="$WORK/index-$1" \
      --mljobs.expiry-cron='*/3 * * * * *' --mljobs.expiry-period=3s \
      --spring.mail.port="$PORT_SMTP" --mljobs.alerts.cron='*/2 * * * * *' --mljobs.mail.cron='*/2 * * * * *' \
      --logging.level.uk.mljobs.system.ClusterJobs=DEBUG > "$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
# Both at once: Flyway's lock lets one migrate while the other waits.
start_instance a "$PORT_A"
start_instance b "$PORT_B"
for instance in "a $PORT_A 0" "b $PORT_B 1"; do
  set -- $instance
  for i in $(seq 1 180); do
    # Healthy, and really this instance (not something else on the port).
    curl -fs -D - -o /dev/null "http://127.0.0.1:$2/actuator/health/readiness" 2>/dev/null | grep -qi "^x-instance: $1" &&
      curl -s "http://127.0.0.1:$2/actuator/health" | grep -q '"search":{"status":"UP"' && break
    if [ "$i" = 180 ] || ! kill -0 "${PIDS[$3]}" 2>/dev/null; then
      grep -v '^\s*at ' "$WORK/$1.log" | tail -30; echo "instance $1 did not start"; exit 1
    fi
    sleep 1
  done
done
STARTED=$(date +%s)

mkdir -p "$WORK/nginx"
cat > "$WORK/nginx/nginx.conf" <<EOF
daemon off; worker_processes 1; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log;
events { worker_connections 256; }
http {
  log_format upstream '\$request_method \$uri \$status \$upstream_addr';
  access_log $WORK/nginx/access.log upstream;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx;
  fastcgi_temp_path $WORK/nginx; uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  upstream app { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; }
  server {
    listen 127.0.0.1:$PORT_LB;
    location / {
      proxy_pass http://app;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Port \$server_port;
    }
  }
}
EOF
"$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" 2>"$WORK/nginx/start.log" &
PIDS+=($!)
for i in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT_LB/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.1; done
LB="http://127.0.0.1:$PORT_LB"

# One request through nginx with a cookie jar; prints the status and appends
# "<instance> <method> <path> <status>" to the request log. Body in $WORK/body.
REQUESTS="$WORK/requests.txt"; : > "$REQUESTS"
call() { # jar method path [curl args...]
  local jar="$1" method="$2" path="$3"; shift 3
  local out; out=$(curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -b "$jar" -c "$jar" \
    -X "$method" "$LB$path" "$@")
  local instance; instance=$(grep -i '^x-instance:' "$WORK/headers" | tr -d '\r' | awk '{print $2}')
  echo "${instance:--} $method $path $out" >> "$REQUESTS"
  echo "$out"
}
location() { grep -i '^location:' "$WORK/headers" | tr -d '\r' | awk '{print $2}'; }
csrf() { grep -o 'name="_csrf" value="[^"]*"' "$WORK/body" | head -1 | sed 's/.*value="//; s/"$//'; }
expect() { # what actual expected
  if [ "$2" != "$3" ]; then echo "FAILED: $1: got $2, expected $3"; tail -5 "$REQUESTS"; exit 1; fi
}

wait_for_mail() { # pattern seconds
  for _ in $(seq 1 $(( $2 * 10 ))); do
    for f in "$WORK"/mail/*.eml; do [ -f "$f" ] && grep -q "$1" "$f" && { echo "$f"; return; }; done
    sleep 0.1
  done
}

# 1. A recruiter signs up, confirms the address from the mailed link, signs in and writes
# three postings, across both instances.
R="$WORK/recruiter.jar"; EMAIL="recruiter-$(date +%s)@two-instances.test"
call "$R" GET /register >/dev/null
expect "sign-up" "$(call "$R" POST /register --data-urlencode "_csrf=$(csrf)" --data-urlencode "email=$EMAIL" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "name=Bench Recruiter" -d company=monzo -d agency=false)" 302
call "$R" GET /login >/dev/null
expect "sign-in" "$(call "$R" POST /login --data-urlencode "_csrf=$(csrf)" --data-urlencode "username=$EMAIL" \
  --data-urlencode "password=$PASSWORD")" 302
expect "sign-in lands on the dashboard" "$(location)" "$LB/recruiter"
VERIFY_MAIL=$(wait_for_mail "$EMAIL" 20)
[ -n "$VERIFY_MAIL" ] || { echo "FAILED: no confirmation mail for the recruiter"; exit 1; }
TOKEN=$(mail_text "$VERIFY_MAIL" | grep -o '/account/verify?token=[A-Za-z0-9_-]*' | head -1 | sed 's/.*token=//')
call "$R" GET "/account/verify?token=$TOKEN" >/dev/null
expect "confirm the address" "$(call "$R" POST /account/verify --data-urlencode "_csrf=$(csrf)" -d "token=$TOKEN")" 302
# 1b. The admin signs in and vouches for the recruiter, whose address is not on Monzo's
# domain (else their postings could not go to review).
A="$WORK/admin.jar"
call "$A" GET /login >/dev/null
expect "admin sign-in" "$(call "$A" POST /login --data-urlencode "_csrf=$(csrf)" \
  --data-urlencode "username=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD")" 302
# Admins give a second factor: a code mailed by one instance works on the other.
call "$A" GET /admin/moderation >/dev/null
expect "admin asked for a second factor" "$(location | sed 's/?.*//')" "$LB/login/second-factor"
call "$A" GET /login/second-factor >/dev/null
expect "code asked for" "$(call "$A" POST /login/second-factor/code --data-urlencode "_csrf=$(csrf)")" 302
CODE_MAIL=$(wait_for_mail "Subject: Your sign-in code" 20)
[ -n "$CODE_MAIL" ] || { echo "FAILED: no sign-in code mailed to the admin"; exit 1; }
CODE=$(mail_text "$CODE_MAIL" | grep -o 'is [0-9]\{6\}' | head -1 | awk '{print $2}')
call "$A" GET /login/second-factor >/dev/null
expect "code given" "$(call "$A" POST /login/code --data-urlencode "_csrf=$(csrf)" -d "token=$CODE")" 302
expect "back to moderation" "$(location | sed 's/?.*//')" "$LB/admin/moderation"
call "$A" GET /admin/users >/dev/null
RID=$(grep -o '/admin/users/[0-9]*/vouch' "$WORK/body" | head -1 | sed 's|/admin/users/||; s|/vouch||')
[ -n "$RID" ] || { echo "FAILED: the recruiter is not waiting to be vouched for"; exit 1; }
expect "vouch" "$(call "$A" POST "/admin/users/$RID/vouch" --data-urlencode "_csrf=$(csrf)")" 302
POSTINGS=()
for n in 1 2 3; do
  # One more request on the second round, so forms travel both ways (a to b, b to a).
  [ "$n" = 2 ] && call "$R" GET /recruiter >/dev/null
  call "$R" GET /recruiter/postings/new >/dev/null
  KEY=$(grep -o 'name="idempotencyKey" value="[^"]*"' "$WORK/body" | sed 's/.*value="//; s/"$//')
  expect "new posting $n" "$(call "$R" POST /recruiter/postings --data-urlencode "_csrf=$(csrf)" \
    -d "idempotencyKey=$KEY" --data-urlencode "title=Two instances MLOps Engineer $n" -d role=mlops-engineer \
    -d level=senior -d town=london -d workMode=HYBRID -d remoteResidency=UK -d employmentType=PERMANENT_FULL_TIME \
    -d payMin=110000 -d payMax=140000 -d ir35= -d clearance=NONE -d visaSponsorship=false -d tags=ray \
    --data-urlencode "description=You will run our training and serving platform on Kubernetes, posted across two instances." \
    --data-urlencode "howToApply=https://example.com/apply" -d closesOn=)" 302
  ID=$(location | sed 's|.*/recruiter/postings/||')
  POSTINGS+=("$ID")
  call "$R" GET "/recruiter/postings/$ID" >/dev/null
  expect "submit posting $n" "$(call "$R" POST "/recruiter/postings/$ID/submit" --data-urlencode "_csrf=$(csrf)")" 302
done
for _ in 1 2 3 4; do expect "dashboard" "$(call "$R" GET /recruiter)" 200; done

# 2. The admin approves them, also across both instances.
for ID in "${POSTINGS[@]}"; do
  call "$A" GET /admin/moderation >/dev/null
  expect "approve $ID" "$(call "$A" POST "/admin/moderation/postings/$ID/approve" --data-urlencode "_csrf=$(csrf)")" 302
done
PUBLISHED=$(sql "SELECT count(*) FROM posting WHERE id IN ($(IFS=,; echo "${POSTINGS[*]}")) AND status = 'PUBLISHED'")
expect "postings published" "$PUBLISHED" 3
# Each instance searches its own Lucene index: both find the three, asked directly.
found_on() { # port: how many of the three a search on that instance lists
  curl -s "http://127.0.0.1:$1/api/v1/jobs?q=%22two+instances%22" | grep -o '"title":"Two instances MLOps Engineer' | wc -l; }
SEARCH_START=$(date +%s.%N)
for _ in $(seq 1 40); do [ "$(found_on "$PORT_A")" = 3 ] && [ "$(found_on "$PORT_B")" = 3 ] && break; sleep 0.05; done
SEARCH_SECONDS=$(printf '%.2f' "$(echo "$(date +%s.%N) - $SEARCH_START" | bc)")
FOUND_A=$(found_on "$PORT_A"); FOUND_B=$(found_on "$PORT_B")
expect "found by a search on a" "$FOUND_A" 3; expect "found by a search on b" "$FOUND_B" 3
for ID in "${POSTINGS[@]}"; do expect "public page $ID" "$(call "$R" GET "/jobs/$ID" -L)" 200; done

# 3. A second recruiter, signed in through nginx, is disabled through nginx: their
# session is then refused by both instances, asked directly.
R2="$WORK/recruiter2.jar"; EMAIL2="second-$(date +%s)@two-instances.test"
call "$R2" GET /register >/dev/null
call "$R2" POST /register --data-urlencode "_csrf=$(csrf)" --data-urlencode "email=$EMAIL2" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "name=Second Recruiter" -d company=monzo -d agency=false >/dev/null
call "$R2" GET /login >/dev/null
expect "second sign-in" "$(call "$R2" POST /login --data-urlencode "_csrf=$(csrf)" --data-urlencode "username=$EMAIL2" \
  --data-urlencode "password=$PASSWORD")" 302
direct() { curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$2" "http://127.0.0.1:$1/recruiter"; }
BEFORE_A=$(direct "$PORT_A" "$R2"); BEFORE_B=$(direct "$PORT_B" "$R2")
ID2=$(sql "SELECT id FROM account WHERE email = '$EMAIL2'")
call "$A" GET /admin/users >/dev/null
expect "disable" "$(call "$A" POST "/admin/users/$ID2/disable" --data-urlencode "_csrf=$(csrf)" \
  --data-urlencode "reason=Bench: ends sessions on every instance")" 302
DISABLED_ON=$(tail -1 "$REQUESTS" | awk '{print $1}')
AFTER_A=$(direct "$PORT_A" "$R2"); AFTER_B=$(direct "$PORT_B" "$R2")
expect "session on a before" "$BEFORE_A" "200 "; expect "session on b before" "$BEFORE_B" "200 "
# The first instance asked finds the session marked expired and ends it (/login?expired);
# the other then finds no session at all (/login): refused either way.
expect "session on a after" "${AFTER_A%%\?*}" "302 http://127.0.0.1:$PORT_A/login"
expect "session on b after" "${AFTER_B%%\?*}" "302 http://127.0.0.1:$PORT_B/login"

# 4. /companies kept by both instances' page caches; an admin adds a sector through one
# instance; both drop the page.
page_cache() { curl -s -o /dev/null -D - "http://127.0.0.1:$1/companies" | grep -i '^x-page-cache:' | tr -d '\r' | awk '{print $2}'; }
for port in "$PORT_A" "$PORT_B"; do page_cache "$port" >/dev/null; done
KEPT_A=$(page_cache "$PORT_A"); KEPT_B=$(page_cache "$PORT_B")
call "$A" GET /admin/companies/sectors-and-towns >/dev/null
expect "add a sector" "$(call "$A" POST /admin/companies/sectors --data-urlencode "_csrf=$(csrf)" \
  --data-urlencode "name=Bench Sector $(date +%s)")" 302
CHANGED_ON=$(tail -1 "$REQUESTS" | awk '{print $1}')
sleep 0.2
DROPPED_A=$(page_cache "$PORT_A"); DROPPED_B=$(page_cache "$PORT_B")
expect "kept on a" "$KEPT_A" hit; expect "kept on b" "$KEPT_B" hit
expect "dropped on a" "$DROPPED_A" miss; expect "dropped on b" "$DROPPED_B" miss

# 5. A seeker asks for an alert on a search through nginx and confirms it through the link
# in the mail. Its digest is then made due on both instances at once: one digest is built
# and one mail is sent, whichever instance takes it.
S="$WORK/seeker.jar"; SEEKER="seeker-$(date +%s)@two-instances.test"
# The search page links to the alert form; the form carries the CSRF token.
call "$S" GET "/alerts/new?role=mlops-engineer" >/dev/null
expect "alert asked for" "$(call "$S" POST /alerts --data-urlencode "_csrf=$(csrf)" -d role=mlops-engineer \
  --data-urlencode "email=$SEEKER" -d frequency=DAILY)" 302
ASKED_ON=$(tail -1 "$REQUESTS" | awk '{print $1}')
CONFIRM_MAIL=$(wait_for_mail "Confirm your job alert" 20)
[ -n "$CONFIRM_MAIL" ] || { echo "FAILED: no confirmation mail"; exit 1; }
LINK=$(mail_text "$CONFIRM_MAIL" | grep -o '/alerts/confirm?alert=[0-9]*&sig=[A-Za-z0-9_-]*' | head -1)
expect "confirm page" "$(call "$S" GET "$LINK")" 200
ALERT_ID=$(echo "$LINK" | sed 's/.*alert=//; s/&.*//'); SIG=$(echo "$LINK" | sed 's/.*sig=//')
expect "confirmed" "$(call "$S" POST /alerts/confirm --data-urlencode "_csrf=$(csrf)" -d "alert=$ALERT_ID" -d "sig=$SIG")" 200
CONFIRMED_ON=$(tail -1 "$REQUESTS" | awk '{print $1}')
# The three postings were published a moment ago; a digest lists what is at least two minutes
# old, so move them back, and make the digest due now.
sql "UPDATE posting SET published_at = now() - interval '10 minutes' WHERE id IN ($(IFS=,; echo "${POSTINGS[*]}"))" >/dev/null
sql "UPDATE job_alert SET watermark = now() - interval '1 hour', next_due_at = now() WHERE id = $ALERT_ID" >/dev/null
DIGEST_MAIL=$(wait_for_mail "new jobs:" 20)
[ -n "$DIGEST_MAIL" ] || { echo "FAILED: no digest mail"; exit 1; }
sleep 6 # both instances run their alert job three more times
DIGEST_MAILS=$(grep -l "new jobs:" "$WORK"/mail/*.eml | wc -l)
DIGEST_ROWS=$(sql "SELECT count(*) FROM mail_outbox WHERE alert_id = $ALERT_ID AND dedup_key LIKE 'digest:%'")
DIGEST_SENT=$(sql "SELECT count(*) FROM mail_outbox WHERE alert_id = $ALERT_ID AND dedup_key LIKE 'digest:%' AND sent_at IS NOT NULL")
MAIL_ROW=$(sql "SELECT id FROM mail_outbox WHERE alert_id = $ALERT_ID AND dedup_key LIKE 'digest:%'")
SENT_BY=$(grep -l "Mail $MAIL_ROW sent" "$WORK/a.log" "$WORK/b.log" | xargs -n1 basename | sed 's/\.log//' | tr '\n' ' ')
ONE_CLICK=$(grep -c '^List-Unsubscribe-Post: List-Unsubscribe=One-Click' "$DIGEST_MAIL" || true)
LISTED=$(mail_text "$DIGEST_MAIL" | grep -c 'Two instances MLOps Engineer' || true)
expect "digest rows" "$DIGEST_ROWS" 1; expect "digest rows sent" "$DIGEST_SENT" 1
expect "digest mails received" "$DIGEST_MAILS" 1; expect "one-click unsubscribe header" "$ONE_CLICK" 1
expect "postings in the digest" "$LISTED" 3

# 6. The expiry job: one posting's closing date passes; watch the job for $WATCH seconds.
sql "UPDATE posting SET closes_on = current_date - 1 WHERE id = ${POSTINGS[0]}" >/dev/null
sleep "$WATCH"
kill -0 "${PIDS[0]}" "${PIDS[1]}"
EXPIRED=$(sql "SELECT status FROM posting WHERE id = ${POSTINGS[0]}")
expect "the passed posting expired" "$EXPIRED" EXPIRED
RAN_A=$(grep -c 'Job posting-expiry ran' "$WORK/a.log" || true); RAN_B=$(grep -c 'Job posting-expiry ran' "$WORK/b.log" || true)
SKIP_A=$(grep -c 'Job posting-expiry for .* has already run\|Job posting-expiry for .* is running on another' "$WORK/a.log" || true)
SKIP_B=$(grep -c 'Job posting-expiry for .* has already run\|Job posting-expiry for .* is running on another' "$WORK/b.log" || true)
ROWS=$(sql "SELECT count(*) FROM job_run WHERE job = 'posting-expiry'")
PERIODS=$(sql "SELECT count(DISTINCT period_start) FROM job_run WHERE job = 'posting-expiry'")
ROWS_A=$(sql "SELECT count(*) FROM job_run WHERE job = 'posting-expiry' AND instance = 'a'")
ROWS_B=$(sql "SELECT count(*) FROM job_run WHERE job = 'posting-expiry' AND instance = 'b'")
ELAPSED=$(( $(date +%s) - STARTED ))
expect "one row per period" "$ROWS" "$PERIODS"
expect "log lines = rows" "$((RAN_A + RAN_B))" "$ROWS"
expect "no errors in the logs" "$(grep -c ' ERROR ' "$WORK/a.log" "$WORK/b.log" | awk -F: '{s+=$2} END {print s}')" 0

THROUGH_A=$(awk '$1 == "a"' "$REQUESTS" | wc -l); THROUGH_B=$(awk '$1 == "b"' "$REQUESTS" | wc -l)
TOTAL=$(wc -l < "$REQUESTS")
ALTERNATING=$(awk '{print $1}' "$REQUESTS" | awk 'NR > 1 && $1 != prev {n++} {prev = $1} END {print n + 0}')
SIGNED_IN_A=$(awk '$1 == "a" && ($3 ~ /^\/recruiter/ || $3 ~ /^\/admin/)' "$REQUESTS" | wc -l)
SIGNED_IN_B=$(awk '$1 == "b" && ($3 ~ /^\/recruiter/ || $3 ~ /^\/admin/)' "$REQUESTS" | wc -l)
POSTS_A=$(awk '$1 == "a" && $2 == "POST"' "$REQUESTS" | wc -l); POSTS_B=$(awk '$1 == "b" && $2 == "POST"' "$REQUESTS" | wc -l)
# A POST whose form (the request before it) came from the other instance.
CROSSED=$(awk '$2 == "POST" && prev != "" && $1 != prev {n++} {prev = $1} END {print n + 0}' "$REQUESTS")
[ "$THROUGH_A" -gt 0 ] && [ "$THROUGH_B" -gt 0 ] || { echo "FAILED: nginx did not use both instances"; exit 1; }

{
  echo "# Two instances on one database behind nginx ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "\`bash bench/two-instances.sh $WATCH\` on $(nproc) cores: instances a and b of $(basename "$JAR") (-Xmx384m),"
  echo "PostgreSQL $(sql 'SHOW server_version' | cut -d' ' -f1), nginx $("$NGINX" -v 2>&1 | sed 's|.*/||') round-robin; every row below was checked by the script."
  echo
  echo "| check | result |"
  echo "| --- | --- |"
  echo "| requests through nginx | $TOTAL: $THROUGH_A served by a, $THROUGH_B by b; the instance changed $ALTERNATING times between consecutive requests |"
  echo "| signed-in requests (/recruiter, /admin) | $SIGNED_IN_A on a, $SIGNED_IN_B on b, one session each |"
  echo "| POSTs with a CSRF token scraped from a form | $POSTS_A on a, $POSTS_B on b, all accepted; $CROSSED sent to the other instance than the one that served the form |"
  echo "| recruiter (off Monzo's domain): sign-up, address confirmed from the mail, sign-in; admin signs in with a mailed code, vouches; 3 postings written and submitted; admin approves | 3 published, public pages 200 |"
  echo "| a search on each instance, each with its own Lucene index, asked directly | a found $FOUND_A of 3, b $FOUND_B of 3, ${SEARCH_SECONDS} s after the last approval |"
  echo "| second recruiter disabled through instance $DISABLED_ON | session before: a \`$BEFORE_A\`, b \`$BEFORE_B\`; after: a \`$AFTER_A\`, b \`$AFTER_B\` |"
  echo "| /companies page cache after a sector added through instance $CHANGED_ON | before: a $KEPT_A, b $KEPT_B; 0.2 s after: a $DROPPED_A, b $DROPPED_B |"
  echo "| job alert asked for through instance $ASKED_ON, confirmed (link from the mail) through $CONFIRMED_ON; digest due on both, alert job every 2 s on each | $DIGEST_ROWS digest built, $DIGEST_MAILS mail received (sent by ${SENT_BY% }), listing the $LISTED postings, with a one-click \`List-Unsubscribe\` header |"
  echo "| posting-expiry, cron every 3 s on both, period 3 s, watched ${ELAPSED} s | $ROWS runs in $PERIODS periods (a $ROWS_A, b $ROWS_B); skipped as already run or running: a $SKIP_A, b $SKIP_B |"
  echo "| a posting whose closing date passed | $EXPIRED |"
  echo "| ERROR lines in both logs | 0 |"
} > "$RESULTS"
cat "$RESULTS"
