#!/usr/bin/env bash
# Ten minutes (DURATION, in seconds) of mixed traffic against the server on loopback, printing its RSS and the
# error counts every 30 s: fast codes, redirects, sleeps, faults, malformed requests, HTTP/2. Not part of
# the test suite. Uses wrk (a Debian package) with a Lua script that rotates through the paths.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${DURATION:-600}"
port=18280
work="$(mktemp -d)"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v h2load >/dev/null || { apt-get update -qq && apt-get install -y -qq nghttp2-client >/dev/null; }

bin/httpstatus serve --port "$port" --quiet >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.1; done
pid="$(ss -ltnpH "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)"

cat >"$work/mixed.lua" <<'LUA'
local paths = {"/status/200", "/status/404", "/503", "/random/200,500", "/status/302", "/redirect/3",
  "/status/200?sleep=50", "/status/103", "/anything", "/range/1024", "/cache", "/status/200?fault=abort",
  "/status/418?header=X-A:1", "/limited", "/sequence/503,200?key=soak", "/status/204"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

wrk -t1 -c128 -d"${duration}s" -s "$work/mixed.lua" "http://127.0.0.1:$port" >"$work/wrk.txt" 2>&1 &
load=$!
h2load -c16 -m10 -D "$duration" "http://127.0.0.1:$port/status/200" >"$work/h2load.txt" 2>&1 &
h2=$!
end=$((SECONDS + duration))
echo "seconds  rss_mib  malformed_sent  malformed_not_4xx"
bad=0 sent=0
while ((SECONDS < end)); do
  for request in $'GET / HTTP/3.0\r\nHost: x\r\n\r\n' $'G\x01T / HTTP/1.1\r\n\r\n' $'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'; do
    answer="$(printf '%s' "$request" | timeout 5 curl -s --max-time 5 telnet://127.0.0.1:$port 2>/dev/null | head -c 12 || true)"
    sent=$((sent + 1))
    [[ -z "$answer" || "$answer" =~ ^HTTP/1\.1\ [45][0-9][0-9]$ && ! "$answer" =~ 500$ ]] || bad=$((bad + 1))
  done
  printf '%7d  %7.1f  %14d  %17d\n' "$((duration - (end - SECONDS)))" \
    "$(awk '/VmRSS/ {print $2 / 1024}' "/proc/$pid/status")" "$sent" "$bad"
  sleep 30
done
wait $load $h2 || true
echo "--- wrk (mixed HTTP/1.1)"; grep -E "Requests/sec|Non-2xx|Socket errors|requests in" "$work/wrk.txt" || true
echo "--- h2load"; grep -E "requests:|status codes|finished" "$work/h2load.txt" || true
echo "--- peak RSS: $(awk '/VmHWM/ {print $2 / 1024}' "/proc/$pid/status") MiB; server still answering: \
$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")"
