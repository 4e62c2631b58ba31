#!/usr/bin/env bash
# Two builds of the server alternated on h2c /status/200, to compare a change on the HTTP/2 request path without
# the host's drift: each pinned to core 1 with the other stopped (SIGSTOP), h2load (64 connections, 10 streams
# each) on core 0, 10 s of warm-up each, then four rounds of 8 s each.
#   bench/ab-h2.sh BEFORE_CHECKOUT AFTER_CHECKOUT     two checkouts, each with its jar built (bin/httpstatus runs it)
set -euo pipefail
[[ $# -eq 2 ]] || { sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
pa=18290; pb=18291
taskset -c 1 "$1/bin/httpstatus" serve --port $pa --quiet >/dev/null 2>&1 &
taskset -c 1 "$2/bin/httpstatus" serve --port $pb --quiet >/dev/null 2>&1 &
for p in $pa $pb; do for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$p/status/200" && break; sleep 0.1; done; done
pid() { ss -ltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
A=$(pid $pa); B=$(pid $pb)
run() { taskset -c 0 h2load -c64 -m10 -D "$2" "http://127.0.0.1:$1/status/200" 2>/dev/null | awk '/finished in/ {print $4}'; }
kill -STOP $B; run $pa 10 >/dev/null; kill -CONT $B; kill -STOP $A; run $pb 10 >/dev/null; kill -CONT $A
for r in 1 2 3 4; do
  kill -STOP $B; a=$(run $pa 8); kill -CONT $B
  kill -STOP $A; b=$(run $pb 8); kill -CONT $A
  echo "round $r before $a after $b"
done
kill $A $B
