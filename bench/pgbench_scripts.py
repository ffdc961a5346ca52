#!/usr/bin/env python3
"""Turns the statements the app sent PostgreSQL for each benchmark request into pgbench scripts.

Reads a PostgreSQL server log written with log_min_duration_statement = 0, in which each request's
statements follow a marker statement `SELECT 'bench-request-<n>'` sent by run.sh, and writes one
script per request (request-<n>.sql) with the bound parameters written in as literals, so pgbench
runs exactly the SQL the app ran for the request, statement for statement (the planner's row
estimate past the facet cap, an EXPLAIN, included).

Usage: pgbench_scripts.py <server log> <first log line> <output directory>
"""
import re
import sys
from pathlib import Path

EXECUTE = re.compile(r"LOG:  duration: [0-9.]+ ms  (?:execute [^:]*|statement): (.*)$")
PARAMETERS = re.compile(r"DETAIL:  parameters: (.*)$")
VALUE = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
MARKER = re.compile(r"'bench-request-(\d+)'")


def main(log, first_line, out):
    out.mkdir(parents=True, exist_ok=True)
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()[first_line:]
    scripts = {}
    current = None
    pending = None  # a statement whose parameters may follow on the next line

    def flush():
        nonlocal pending
        if pending is not None and current is not None:
            scripts[current].append(pending)
        pending = None

    for line in lines:
        parameters = PARAMETERS.search(line)
        if parameters and pending is not None:
            values = {int(n): v for n, v in VALUE.findall(parameters.group(1))}
            for n in sorted(values, reverse=True):  # $12 before $1
                pending = pending.replace("$" + str(n), values[n])
            flush()
            continue
        executed = EXECUTE.search(line)
        if not executed:
            continue
        flush()
        sql = executed.group(1).strip()
        marker = MARKER.search(sql)
        if marker:
            current = int(marker.group(1))
            scripts[current] = []
        elif sql.upper().startswith(("SELECT", "WITH", "EXPLAIN")) and "FROM posting p" in sql:
            # Search's own statements (each reads posting as p, on one line); the app's
            # scheduled jobs (alert digests, expiry) log theirs in between and stay out.
            pending = sql
    flush()
    for n, statements in sorted(scripts.items()):
        (out / f"request-{n:02d}.sql").write_text("".join(s + ";\n" for s in statements), encoding="utf-8")
    print(f"{len(scripts)} scripts, {sum(len(s) for s in scripts.values())} statements")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
