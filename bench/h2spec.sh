#!/usr/bin/env bash
# HTTP/2 conformance of `httpstatus serve`, measured with h2spec (github.com/summerwind/h2spec): starts the
# server on a free port, once over h2c (prior knowledge) and once over TLS (h2 by ALPN), runs every h2spec
# case against each and prints the pass and fail counts, then the failed cases.
#
#   bench/h2spec.sh /path/to/h2spec          a built h2spec binary (H2specTest, which bin/test runs, unpacks
#                                            h2spec 2.2.0 from a Maven artifact; this script is for newer builds)
#   bench/h2spec.sh /path/to/h2spec-source   a source tree (a checkout of summerwind/h2spec): built here with
#                                            Debian's Go in GOPATH mode, with no module proxy
#
# h2spec is not packaged in Debian. Building it needs golang-go, golang-golang-x-net-dev,
# golang-github-spf13-cobra-dev and golang-github-fatih-color-dev (installed here when missing). Extra flags
# for h2spec go in H2SPEC_FLAGS (default: a 5 s timeout per case, as the machine may be busy); the path it
# requests in H2SPEC_PATH (default /, the site's home page: some cases need a body to read).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$root/target/h2spec"
mkdir -p "$work"

if [[ $# -ne 1 ]]; then
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
h2spec="$1"

if [[ -d "$h2spec" ]]; then
  need=()
  for package in golang-go golang-golang-x-net-dev golang-github-spf13-cobra-dev golang-github-fatih-color-dev; do
    dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
  done
  if ((${#need[@]})); then
    sudo=""
    [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  gopath="$work/gopath"
  rm -rf "$gopath/src/github.com/summerwind/h2spec"
  mkdir -p "$gopath/src/github.com/summerwind"
  cp -r "$(cd "$h2spec" && pwd)" "$gopath/src/github.com/summerwind/h2spec"
  (cd "$gopath/src/github.com/summerwind/h2spec" &&
    GOPATH="$gopath:/usr/share/gocode" GO111MODULE=off GOFLAGS= go build -o "$work/h2spec" ./cmd/h2spec)
  h2spec="$work/h2spec"
fi
[[ -x "$h2spec" ]] || { echo "bench/h2spec.sh: $h2spec is not an executable h2spec" >&2; exit 2; }

[[ -f httpstatus-cli/target/httpstatus.jar ]] || ./mvnw -q -B -DskipTests -pl httpstatus-cli -am package

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap stop_server EXIT

# Starts the server with "$@" on a port the system picks, and sets $port from the line it prints.
start_server() {
  local out="$work/server-$1.out" line=""
  shift
  : >"$out"
  java -jar httpstatus-cli/target/httpstatus.jar serve --port 0 --quiet "$@" >"$out" 2>"$out.err" &
  server_pid=$!
  for _ in $(seq 1 300); do
    line="$(grep -m 1 -o 'listening on https\{0,1\}://[^ ]*' "$out" || true)"
    [[ -n "$line" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$out.err" >&2; exit 1; }
    sleep 0.1
  done
  [[ -n "$line" ]] || { echo "bench/h2spec.sh: the server did not start" >&2; exit 1; }
  port="${line##*:}"
}

status=0
for mode in h2c tls; do
  if [[ "$mode" == tls ]]; then
    start_server "$mode" --tls
    tls=(--tls --insecure)
  else
    start_server "$mode"
    tls=()
  fi
  report="$work/report-$mode.txt"
  # shellcheck disable=SC2086 # H2SPEC_FLAGS holds several flags on purpose
  "$h2spec" --host 127.0.0.1 --port "$port" --path "${H2SPEC_PATH:-/}" "${tls[@]}" ${H2SPEC_FLAGS:---timeout 5} \
    --junit-report "$work/junit-$mode.xml" >"$report" 2>&1 || status=1
  stop_server
  summary="$(grep -E '^[0-9]+ tests, [0-9]+ passed' "$report" | tail -n 1)"
  echo "$mode: ${summary:-no summary, see $report}"
  # The failed cases, as h2spec lists them after its summary header.
  sed -n '/^Failures:/,$p' "$report" | grep -E '^ *(✗|×|[0-9]+:|[0-9]+\.[0-9])' | sed 's/^/  /' || true
  stack_traces="$(grep -c '^[[:space:]]*at ' "$work/server-$mode.out.err" || true)"
  echo "  server stderr: $(wc -l <"$work/server-$mode.out.err") lines, ${stack_traces} stack-trace lines"
done
exit "$status"
