#!/usr/bin/env bash
# One keep-alive connection asking for delayed answers (GET /status/200?sleep=1ms) for a long run, as a polling
# client or a retry loop under test does: the server's heap after a full collection, every 30 s. A delayed answer
# once left its exchange (request, headers, query) on the connection until the connection closed, 1.1 KB a
# request; the heap must now stay flat. Runs the server of this checkout, or that of the checkout given as $1 (an
# older one, to see the difference), with the launcher's own flags (a 64 MiB heap). Not part of the test suite.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
duration="${DURATION:-300}"
port="${PORT:-18290}"
work="$(mktemp -d)"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[[ -f httpstatus-cli/target/httpstatus.jar ]] || ./mvnw -q -B -DskipTests package

bin/httpstatus serve --port "$port" --quiet >"$work/server.log" 2>&1 &
trap 'kill %1 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.1; done
pid="$(ss -ltnpH "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)"

# The heap in use after a full collection, in KiB: what the server really keeps.
heap_after_gc() {
  jcmd "$pid" GC.run >/dev/null
  # Every generation's "used" (the young and the old one of the serial collector, or G1's one heap line).
  jcmd "$pid" GC.heap_info | awk '/total [0-9]+K, used [0-9]+K/ {
      for (i = 1; i <= NF; i++) if ($i == "used") {gsub(/[K,]/, "", $(i + 1)); sum += $(i + 1)}
    } END {print sum}'
}

# One connection (-c1), one thread: every request on the same keep-alive connection, one after another.
wrk -t1 -c1 -d"${duration}s" "http://127.0.0.1:$port/status/200?sleep=1ms" >"$work/wrk.txt" 2>&1 &
load=$!
start=$SECONDS
echo "seconds  requests_so_far  heap_after_gc_kib  rss_mib"
while kill -0 "$load" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the server is gone after $((SECONDS - start)) s (its heap ran out: -XX:+ExitOnOutOfMemoryError)"
    break
  fi
  requests="$(curl -s "http://127.0.0.1:$port/metrics" |
    awk '/^httpstatus_requests_total/ {sum += $NF} END {printf "%d", sum}')"
  printf '%7d  %15s  %17s  %7.1f\n' "$((SECONDS - start))" "$requests" "$(heap_after_gc)" \
    "$(awk '/VmRSS/ {print $2 / 1024}' "/proc/$pid/status")"
  sleep 30
done
wait "$load" || true
grep -E "requests in|Requests/sec|Non-2xx|Socket errors" "$work/wrk.txt" || true
