#!/usr/bin/env bash
# Slow clients (issue #9): 1,000 connections dribbling a request head a byte a second, against ours and
# against nginx in the same run, each with a 10 s head time-out. Prints how fast a normal client is
# answered meanwhile (target: within 100 ms) and what became of the slow connections (ours: 408, then
# close). Not part of the test suite: timings belong in benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$PWD/target/bench"
mkdir -p "$work/nginx-slow"
slow="${SLOW:-1000}"
seconds="${SECONDS_NORMAL:-10}"

command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
[[ -f httpstatus-cli/target/httpstatus.jar ]] || ./mvnw -q -B -DskipTests package

ours_port=18190 nginx_port=18191
cat >"$work/nginx-slow/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx-slow/nginx.pid;
error_log $work/nginx-slow/error.log;
events { worker_connections 4096; }
worker_rlimit_nofile 8192;
http {
  access_log off;
  client_header_timeout 10s;
  server {
    listen 127.0.0.1:$nginx_port;
    location /status/200 { return 200 "200 OK"; }
  }
}
CONF

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
wait_for() { for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$1/status/200" && return; sleep 0.1; done; echo "no server on $1" >&2; exit 1; }

HTTPSTATUS_HEAD_TIMEOUT=10s bin/httpstatus serve --port "$ours_port" --quiet >"$work/slow-ours.log" 2>&1 &
pids+=($!)
nginx -c "$work/nginx-slow/nginx.conf" &
pids+=($!)
wait_for "$ours_port"; wait_for "$nginx_port"

ulimit -n "$(ulimit -Hn)"
echo "== httpstatus, $slow slow clients"
python3 bench/slow_clients.py "$ours_port" "$slow" "$seconds"
echo "== nginx, $slow slow clients"
python3 bench/slow_clients.py "$nginx_port" "$slow" "$seconds"
