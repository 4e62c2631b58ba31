#!/usr/bin/env bash
# The stateful endpoints with their state in memory against in Redis (--state redis://…), in the same run:
# one server of each, alternating, ROUNDS rounds (default 3). HTTP/1.1 keep-alive with wrk, 64 connections, on
# /sequence/503,200 (an atomic counter: one INCR script per request) and /limited (a rate-limit window: one script
# per request; past its 5 requests each answer is a 429, which is still a hit counted), each with a key, so that
# every request of a run is one client's. /status/200 is measured too: it keeps no state and must not slow down.
# Prints req/s and p99 per endpoint and store and the ratio Redis/memory. With two cores or more, the servers and
# Redis share the last core and wrk takes the others (PIN=0 turns this off); the server not measured is stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$root/target/bench-state"
mkdir -p "$work"
rounds="${ROUNDS:-3}"
duration="${DURATION:-10s}"

need=()
for tool in wrk:wrk redis-server:redis-server; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
done
if ((${#need[@]})); then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
[[ -f httpstatus-cli/target/httpstatus.jar ]] || ./mvnw -q -B -DskipTests package

redis_port=18190 memory_port=18191 redis_backed_port=18192
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -s CONT "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

wait_for() { for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$1/status/200" && return; sleep 0.1; done; echo "no server on $1" >&2; exit 1; }

cores="$(nproc)"
server_cpu=() load_cpu=()
if ((cores >= 2)) && [[ "${PIN:-1}" != 0 ]]; then
  server_cpu=(taskset -c "$((cores - 1))")
  load_cpu=(taskset -c "0-$((cores - 2))")
fi
"${server_cpu[@]}" redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no \
  --dir "$work" >"$work/redis.log" 2>&1 &
pids+=($!)
"${server_cpu[@]}" bin/httpstatus serve --port "$memory_port" --quiet --threads 1 >"$work/memory.log" 2>&1 &
memory_pid=$!
pids+=($memory_pid)
"${server_cpu[@]}" bin/httpstatus serve --port "$redis_backed_port" --quiet --threads 1 \
  --state "redis://127.0.0.1:$redis_port" >"$work/redis-backed.log" 2>&1 &
redis_backed_pid=$!
pids+=($redis_backed_pid)
wait_for "$memory_port"; wait_for "$redis_backed_port"
# The launcher starts java as a child: the process to stop is the one listening.
pid_on() { ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1; }
memory_java="$(pid_on "$memory_port")" redis_java="$(pid_on "$redis_backed_port")"

paths=("/sequence/503,200?key=bench" "/limited?key=bench" "/status/200")
declare -A rps p99
run() { # store port path
  local out
  out="$("${load_cpu[@]}" wrk -t1 -c64 -d"$duration" --latency "http://127.0.0.1:$2$3")"
  rps["$1 $3"]+="$(awk '/Requests\/sec/ {print $2}' <<<"$out") "
  p99["$1 $3"]+="$(awk '$1 == "99%" {v = $2; ms = v ~ /us$/ ? v / 1000 : v ~ /ms$/ ? v + 0 : v * 1000
    printf "%.2fms", ms}' <<<"$out") "
}
for store in memory redis; do # warm both JITs up
  port=$([[ $store == memory ]] && echo "$memory_port" || echo "$redis_backed_port")
  for path in "${paths[@]}"; do "${load_cpu[@]}" wrk -t1 -c64 -d5s "http://127.0.0.1:$port$path" >/dev/null; done
done
for round in $(seq 1 "$rounds"); do
  for store in memory redis; do
    if [[ $store == memory ]]; then
      port=$memory_port; kill -s STOP "$redis_java"; kill -s CONT "$memory_java"
    else
      port=$redis_backed_port; kill -s STOP "$memory_java"; kill -s CONT "$redis_java"
    fi
    for path in "${paths[@]}"; do run "$store" "$port" "$path"; done
  done
done
kill -s CONT "$memory_java" "$redis_java"

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-30s %12s %10s %12s %10s %8s\n' endpoint "memory req/s" "p99" "redis req/s" "p99" ratio
for path in "${paths[@]}"; do
  m="$(median <<<"${rps["memory $path"]}")" r="$(median <<<"${rps["redis $path"]}")"
  printf '%-30s %12.0f %10s %12.0f %10s %8.2f\n' "$path" "$m" "$(median <<<"${p99["memory $path"]}")" \
    "$r" "$(median <<<"${p99["redis $path"]}")" "$(awk -v r="$r" -v m="$m" 'BEGIN {print r / m}')"
done
