#!/usr/bin/env bash
# The status server against its peers in the same run: nginx (`return 404`, one worker) and WireMock
# standalone (the Java tool people use for this today), alternating, ROUNDS rounds (default 3).
# HTTP/1.1 keep-alive with wrk at 64 and 256 connections on /status/404 and /status/200; h2c with h2load
# (64 connections, 10 streams each) on /status/200. Prints req/s, p50, p99 and the RSS under each test of each server and
# the ratios of ours to the peers'. Everything runs on this machine's loopback, load generator included.
# With two cores or more, every server is pinned to the last core and the load generators to the others
# (PIN=0 turns this off): nginx runs one worker and ours one event loop, so each server gets one core to
# itself, and a result no longer depends on where the scheduler put the server and the load generator.
# While one server is measured the others are stopped (SIGSTOP), so that none works on the shared core.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$root/target/bench"
mkdir -p "$work"
rounds="${ROUNDS:-3}"
duration="${DURATION:-10s}"

need=()
for tool in wrk:wrk h2load:nghttp2-client nginx:nginx-light python3:python3; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
done
if ((${#need[@]})); then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
wiremock_version=3.13.2
wiremock="$work/wiremock-standalone-$wiremock_version.jar"
if [[ ! -f "$wiremock" ]]; then
  ./mvnw -q -B dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$wiremock_version" \
    -DoutputDirectory="$work" >/dev/null
fi
[[ -f httpstatus-cli/target/httpstatus.jar ]] || ./mvnw -q -B -DskipTests package

ours_port=18180 nginx_port=18181 nginx_h2_port=18182 wiremock_port=18183
mkdir -p "$work/nginx" "$work/wiremock/mappings"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 10000000;
  server {
    listen 127.0.0.1:$nginx_port;
    listen 127.0.0.1:$nginx_h2_port http2;
    location /status/404 { return 404 "404 Not Found"; }
    location /status/200 { return 200 "200 OK"; }
  }
}
CONF
for code in 200 404; do
  phrase=$([[ $code == 200 ]] && echo "OK" || echo "Not Found")
  cat >"$work/wiremock/mappings/status-$code.json" <<JSON
{"request": {"method": "GET", "url": "/status/$code"},
 "response": {"status": $code, "body": "$code $phrase", "headers": {"Content-Type": "text/plain"}}}
JSON
done

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}" $(all_pids_on "$nginx_port" 2>/dev/null); do kill -s CONT "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
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
"${server_cpu[@]}" bin/httpstatus serve --port "$ours_port" --quiet >"$work/ours.log" 2>&1 &
pids+=($!)
"${server_cpu[@]}" nginx -c "$work/nginx/nginx.conf" &
pids+=($!)
"${server_cpu[@]}" java -Xmx64m -XX:+UseSerialGC -jar "$wiremock" --port "$wiremock_port" --root-dir "$work/wiremock" \
  --no-request-journal --disable-banner >"$work/wiremock.log" 2>&1 &
pids+=($!)
wait_for "$ours_port"; wait_for "$nginx_port"; wait_for "$wiremock_port"

pid_on() { ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1; }
all_pids_on() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u; }
# Only the server under test may run: the others are stopped (SIGSTOP) meanwhile, since they share its core
# and an idle JVM still compiles and collects for a while after its load.
only_run() { # port
  local other
  for other in "$ours_port" "$nginx_port" "$wiremock_port"; do
    # shellcheck disable=SC2046 # one pid per word
    kill -s "$([[ $other == "$1" ]] && echo CONT || echo STOP)" $(all_pids_on "$other")
  done
}
rss_mib() { awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
# The highest RSS seen while a test runs, sampled every 100 ms: the memory under that load, without the
# JIT's transient peak while warming up, which VmHWM keeps for the life of the process.
sample_rss() { # pid file
  local max=0 now
  while true; do
    now="$(awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0)"
    # Renamed into place: a sampler stopped halfway through writing the file left it empty.
    if ((now > max)); then max="$now"; echo "$max" >"$2.new" && mv -f "$2.new" "$2"; fi
    sleep 0.1
  done
}
rss_during() { # pid command...: runs the command, prints its output, leaves the MiB in $work/rss
  local pid="$1"; shift
  echo 0 >"$work/rss.kib"
  sample_rss "$pid" "$work/rss.kib" &
  local sampler=$!
  "$@"
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  awk '{printf "%.1f", $1 / 1024}' "$work/rss.kib" >"$work/rss"
}

results="$work/results.tsv"
printf 'round\tserver\ttest\treq_s\tp50_ms\tp99_ms\trss_mib\n' >"$results"
run_wrk() { # server port connections path
  local out
  out="$("${load_cpu[@]}" wrk -t1 -c"$3" -d"$duration" --latency "http://127.0.0.1:$2$4")"
  local rps p50 p99
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  echo "$rps $p50 $p99"
}
to_ms() { python3 -c "import sys; v=sys.argv[1]; print(float(v[:-2])/1000 if v.endswith('us') else float(v[:-2]) if v.endswith('ms') else float(v[:-1])*1000)" "$1"; }

for round in $(seq 1 "$rounds"); do
  for server in ours nginx wiremock; do
    port_var="${server}_port"; port="${!port_var}"
    pid="$(pid_on "$port")"
    only_run "$port"
    # Warm-up: in the first round every test in turn for 10 s, since the JIT compiles on the server's one core
    # and recompiles when a new path or connection count first comes (measured: 100-120k req/s in the first
    # 30 s of a new mix, 140k after); 3 s in later rounds.
    if ((round == 1)); then
      for warm in 64:/status/404 256:/status/404 64:/status/200 256:/status/200; do
        "${load_cpu[@]}" wrk -t1 -c"${warm%%:*}" -d10s "http://127.0.0.1:$port${warm#*:}" >/dev/null
      done
    else
      "${load_cpu[@]}" wrk -t1 -c64 -d3s "http://127.0.0.1:$port/status/404" >/dev/null
    fi
    for test in "404 c64:64:/status/404" "404 c256:256:/status/404" "200 c64:64:/status/200" "200 c256:256:/status/200"; do
      IFS=: read -r name connections path <<<"$test"
      rss_during "$pid" run_wrk "$server" "$port" "$connections" "$path" >"$work/wrk.out"
      read -r rps p50 p99 <"$work/wrk.out"
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$server" "$name" "$rps" "$(to_ms "$p50")" "$(to_ms "$p99")" \
        "$(cat "$work/rss")" >>"$results"
    done
    h2_port="$port"; [[ $server == nginx ]] && h2_port="$nginx_h2_port"
    if [[ $server != wiremock ]]; then
      ((round > 1)) || "${load_cpu[@]}" h2load -c64 -m10 -D 5 "http://127.0.0.1:$h2_port/status/200" >/dev/null
      rss_during "$pid" "${load_cpu[@]}" h2load -c64 -m10 -D "${duration%s}" "http://127.0.0.1:$h2_port/status/200" >"$work/h2load.out"
      rps="$(awk '/finished in/ {print $4}' "$work/h2load.out")"
      printf '%s\t%s\t%s\t%s\t\t\t%s\n' "$round" "$server" "h2c c64 m10" "$rps" "$(cat "$work/rss")" >>"$results"
    fi
  done
done

kill -s CONT $(all_pids_on "$ours_port") $(all_pids_on "$nginx_port") $(all_pids_on "$wiremock_port")
mkdir -p docs
python3 bench/report.py "$results" docs/benchmarks-server.svg
echo "RSS of ours under 404 c256 in round 1, before any HTTP/2 load: $(awk -F'\t' '$1 == 1 && $2 == "ours" && $3 == "404 c256" {print $7}' "$results") MiB"
echo "peak RSS (VmHWM) of ours over the whole run, JIT warm-up included: $(rss_mib "$(pid_on "$ours_port")") MiB"
echo "medians of $rounds rounds of $duration each; raw rows in $results"
