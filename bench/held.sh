#!/usr/bin/env bash
# Two targets of issue 8 that need no load generator. (1) From starting `bin/httpstatus serve` to its first
# answered request, against nginx started the same way. (2) 10,000 requests held at once with sleep=5000,
# each on its own connection: how many are answered, the server's peak RSS and its thread count (no thread
# per request). Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$PWD/target/bench"
mkdir -p "$work/nginx-start"
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
[[ -f httpstatus-cli/target/httpstatus.jar ]] || ./mvnw -q -B -DskipTests package
bin/httpstatus 404 >/dev/null # the launcher's first run picks the JDK and makes the command's archive
ulimit -n "$(ulimit -Hn)"

ours_port=18195 nginx_port=18196
cat >"$work/nginx-start/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx-start/nginx.pid;
error_log $work/nginx-start/error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$nginx_port; location / { return 200 "200 OK"; } } }
CONF

first_answer_ms() { # port command...: starts the command, polls until it answers, prints the milliseconds
  local port="$1"; shift
  local start; start="$(date +%s%N)"
  "$@" >/dev/null 2>&1 &
  local pid=$!
  until curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/status/200"; do :; done
  echo $((($(date +%s%N) - start) / 1000000))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

if [[ -z "${SKIP_START:-}" ]]; then
echo "== from start to the first answer, ms (5 runs each)"
for run in 1 2 3 4 5; do
  printf 'ours %s  nginx %s\n' "$(first_answer_ms "$ours_port" bin/httpstatus serve --port "$ours_port" --quiet)" \
    "$(first_answer_ms "$nginx_port" nginx -c "$work/nginx-start/nginx.conf")"
done

fi
echo "== 10,000 requests held at once with sleep=5000"
bin/httpstatus serve --port "$ours_port" --quiet >"$work/held.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$ours_port/status/200"; do sleep 0.05; done
pid="$(ss -ltnpH "sport = :$ours_port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)"
python3 bench/held_requests.py "$ours_port" "$pid" "${HELD:-10000}" 5000
