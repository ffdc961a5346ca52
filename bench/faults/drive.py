"""Load and probes for bench/faults/run.sh (standard library only).

  drive.py postings BASE OUT_DIR STOP_FILE [workers]
      Signs up a recruiter, signs in, then each worker saves draft postings through the
      recruiter form (with the session's CSRF token), one idempotency key per posting,
      retrying a failed request with the SAME key until it is acknowledged. Runs until
      STOP_FILE exists; then finishes the postings it has started. Meanwhile probes
      /actuator/health/readiness every 250 ms. Writes requests.jsonl, probes.jsonl and
      recruiter.txt (the recruiter's email) to OUT_DIR.

  drive.py slow BASE OUT_FILE count
      Sends `count` searches at once, each with a word of its own so no cache answers it,
      and writes one JSON line per request (status, bytes, seconds).

  drive.py report OUT_DIR EVENTS DB_KEYS CONNECTION_TIMEOUT_S [OUTAGES=4]
      Compares acknowledged postings with the rows in the database (DB_KEYS: one
      "key id" a line) and measures recovery after each outage in EVENTS.
"""

import http.client
import json
import os
import re
import sys
import threading
import time
import uuid
import urllib.parse

REQUEST_TIMEOUT = 30
GIVE_UP_AFTER = 120  # seconds: a key's retries after the stop signal
PASSWORD = "fault tests keep every posting 2026"


class Session:
    """One signed-in browser: a cookie jar of one cookie and the CSRF token."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port
        self.cookie = None
        self.csrf = None
        self.lock = threading.Lock()

    def request(self, method, path, form=None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=REQUEST_TIMEOUT)
        headers = {}
        if self.cookie:
            headers["Cookie"] = self.cookie
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            cookie = response.getheader("Set-Cookie")
            if cookie and cookie.startswith(("SESSION=", "JSESSIONID=")):
                with self.lock:
                    self.cookie = cookie.split(";")[0]
            return response.status, response.getheader("Location") or "", text
        finally:
            connection.close()

    def fetch_csrf(self, path):
        status, _, text = self.request("GET", path)
        match = re.search(r'name="_csrf"\s+value="([^"]+)"', text) or re.search(
            r'value="([^"]+)"\s+name="_csrf"', text)
        if status != 200 or not match:
            raise RuntimeError(f"no CSRF token on {path} (HTTP {status})")
        self.csrf = match.group(1)


def sign_up_and_in(base, out_dir):
    session = Session(base)
    email = f"faults-{uuid.uuid4().hex[:12]}@example.com"
    session.fetch_csrf("/register")
    status, location, _ = session.request("POST", "/register", {
        "_csrf": session.csrf, "email": email, "password": PASSWORD, "name": "Fault Tester",
        "company": "monzo", "agency": "false"})
    if status != 302:
        raise RuntimeError(f"sign-up answered {status}")
    session.fetch_csrf("/login")
    status, location, _ = session.request("POST", "/login", {
        "_csrf": session.csrf, "username": email, "password": PASSWORD})
    if status != 302 or "error" in location:
        raise RuntimeError(f"sign-in answered {status} {location}")
    session.fetch_csrf("/recruiter/postings/new")
    with open(os.path.join(out_dir, "recruiter.txt"), "w") as out:
        out.write(email + "\n")
    return session


def posting_form(csrf, key, n):
    return {
        "_csrf": csrf, "idempotencyKey": key, "version": "", "title": f"Fault-tested MLOps Engineer {n}",
        "role": "mlops-engineer", "level": "senior", "town": "london", "workMode": "HYBRID",
        "remoteResidency": "UK", "employmentType": "PERMANENT_FULL_TIME", "payMin": "110000",
        "payMax": "140000", "ir35": "", "clearance": "NONE", "visaSponsorship": "false",
        "tags": "ray, feature stores", "tools": ["kubernetes", "mlflow"],
        "description": "You will run our training and serving platform on Kubernetes, with MLflow "
                       "for tracking and Evidently for drift.",
        "howToApply": "https://example.com/apply", "closesOn": ""}


def postings(base, out_dir, stop_file, workers):
    session = sign_up_and_in(base, out_dir)
    log = open(os.path.join(out_dir, "requests.jsonl"), "a", buffering=1)
    log_lock = threading.Lock()
    counter = iter(range(1, 10**9))
    counter_lock = threading.Lock()

    def worker():
        while not os.path.exists(stop_file):
            with counter_lock:
                n = next(counter)
            key = str(uuid.uuid4())
            attempt = 0
            first = time.time()
            # The same key until the app acknowledges the posting; after the stop signal a
            # key still unacknowledged is given up on after GIVE_UP_AFTER, so a database
            # that never comes back cannot hang the run (it is logged, never counted lost).
            while True:
                if os.path.exists(stop_file) and time.time() - first > GIVE_UP_AFTER:
                    with log_lock:
                        log.write(json.dumps({"key": key, "attempt": attempt, "gave_up": True,
                                              "acked": False}) + "\n")
                    break
                attempt += 1
                start = time.time()
                try:
                    status, location, _ = session.request(
                        "POST", "/recruiter/postings", posting_form(session.csrf, key, n))
                    error = None
                except Exception as ex:  # refused, reset or timed out: retry with the same key
                    status, location, error = None, "", type(ex).__name__
                end = time.time()
                acked = status == 302 and re.search(r"/recruiter/postings/\d+$", location) is not None
                with log_lock:
                    log.write(json.dumps({"key": key, "attempt": attempt, "start": start, "end": end,
                                          "status": status, "location": location, "error": error,
                                          "acked": acked}) + "\n")
                if acked:
                    break
                time.sleep(0.25)

    def probe():
        with open(os.path.join(out_dir, "probes.jsonl"), "a", buffering=1) as probes:
            while not os.path.exists(stop_file):
                start = time.time()
                try:
                    connection = http.client.HTTPConnection(session.host, session.port, timeout=5)
                    connection.request("GET", "/actuator/health/readiness")
                    status = connection.getresponse().status
                    connection.close()
                except Exception:
                    status = None
                probes.write(json.dumps({"t": start, "status": status}) + "\n")
                time.sleep(max(0.0, 0.25 - (time.time() - start)))

    threads = [threading.Thread(target=worker) for _ in range(workers)] + [threading.Thread(target=probe)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def slow(base, out_file, count):
    url = urllib.parse.urlsplit(base)
    results = [None] * count
    barrier = threading.Barrier(count)

    def one(i):
        barrier.wait()
        start = time.time()
        try:
            connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
            connection.request("GET", f"/jobs?q=slowprobe&probe={i}x{uuid.uuid4().hex[:6]}")
            response = connection.getresponse()
            body = response.read()
            results[i] = {"status": response.status, "bytes": len(body),
                          "complete": body.rstrip().endswith(b"</html>"), "seconds": time.time() - start}
        except Exception as ex:
            results[i] = {"status": None, "error": type(ex).__name__, "seconds": time.time() - start}

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with open(out_file, "w") as out:
        for result in results:
            out.write(json.dumps(result) + "\n")


def report(out_dir, events_file, db_keys_file, connection_timeout, expected_outages=4):
    logged = [json.loads(line) for line in open(os.path.join(out_dir, "requests.jsonl"))]
    given_up = sorted({r["key"] for r in logged if r.get("gave_up")})
    requests = [r for r in logged if not r.get("gave_up")]
    probes = [json.loads(line) for line in open(os.path.join(out_dir, "probes.jsonl"))]
    stored = {}
    for line in open(db_keys_file):
        if line.strip():
            key, posting_id = line.split()
            stored.setdefault(key, []).append(posting_id)
    sent = {r["key"] for r in requests}
    acked = {r["key"] for r in requests if r["acked"]}
    ids_per_key = {}
    for r in requests:
        if r["acked"]:
            ids_per_key.setdefault(r["key"], set()).add(r["location"].rsplit("/", 1)[1])
    lost = sorted(acked - stored.keys())
    duplicates = sum(len(ids) - 1 for ids in stored.values()) + sum(
        len(ids) - 1 for ids in ids_per_key.values())
    retried_keys = {r["key"] for r in requests if r["attempt"] > 1}
    failed_attempts = sum(1 for r in requests if not r["acked"])
    unacked_rows = sorted(set(stored) - acked)
    # While the database is away the honest answer is 503 with Retry-After; a 500 says the
    # app broke.
    server_errors = sum(1 for r in requests if (r["status"] or 0) >= 500 and r["status"] != 503)
    answers = {}
    for r in requests:
        if not r["acked"]:
            answer = str(r["status"] or r["error"])
            answers[answer] = answers.get(answer, 0) + 1

    events = {}
    for line in open(events_file):
        name, when = line.split()
        events[name] = float(when)
    outages = []
    for label, begin, end in [("restart 1", "restart1-begin", "restart1-end"),
                              ("restart 2", "restart2-begin", "restart2-end"),
                              ("restart 3", "restart3-begin", "restart3-end"),
                              ("freeze", "freeze-begin", "freeze-end")]:
        if begin not in events or end not in events:
            continue
        b, e = events[begin], events[end]
        first_ack = min((r["end"] for r in requests if r["acked"] and r["end"] > e), default=None)
        ready = min((p["t"] for p in probes if p["t"] > e and p["status"] == 200), default=None)
        during = [r for r in requests if b - 1 <= r["start"] <= e + 10]
        failed = sum(1 for r in during if not r["acked"])
        longest = max((r["end"] - r["start"] for r in during), default=0.0)
        outages.append((label, e - b, None if first_ack is None else first_ack - e,
                        None if ready is None else ready - e, failed, longest))

    limit = 2 * connection_timeout
    lines = ["| outage | database down for | first posting acknowledged after the database was back "
             f"| readiness 200 after | failed attempts (retried) | longest request | "
             f"within 2 x connection timeout ({limit:g} s) |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for label, down, back, ready, failed, longest in outages:
        fmt = (lambda v: "never" if v is None else f"{v:.1f} s")
        ok = back is not None and back <= limit
        lines.append(f"| {label} | {down:.1f} s | {fmt(back)} | {fmt(ready)} | {failed} | {longest:.1f} s "
                     f"| {'yes' if ok else 'NO'} |")
    lines += ["", "| postings | count |", "| --- | ---: |",
              f"| keys sent | {len(sent)} |",
              f"| acknowledged (302 to the saved draft) | {len(acked)} |",
              f"| rows in the database for this recruiter | {sum(len(v) for v in stored.values())} |",
              f"| acknowledged but not in the database (lost) | {len(lost)} |",
              f"| duplicates (a key with more than one row or posting id) | {duplicates} |",
              f"| stored but never acknowledged | {len(unacked_rows)} |",
              f"| postings that needed a retry with the same key | {len(retried_keys)} |",
              f"| failed attempts in all | {failed_attempts} |",
              f"| answered with a 5xx other than 503 | {server_errors} |",
              f"| keys given up on after the stop (never acknowledged) | {len(given_up)} |",
              "| failed attempts by answer | " + (", ".join(
                  f"{answer}: {count}" for answer, count in sorted(answers.items())) or "none") + " |"]
    print("\n".join(lines))
    passed = not lost and duplicates == 0 and server_errors == 0 and all(o[2] is not None and o[2] <= limit for o in outages)
    return 0 if passed and len(outages) == expected_outages else 1


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "postings":
        postings(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 4)
    elif mode == "slow":
        slow(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif mode == "report":
        sys.exit(report(sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5]),
                        int(sys.argv[6]) if len(sys.argv) > 6 else 4))
    else:
        sys.exit(__doc__)
