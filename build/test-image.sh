#!/usr/bin/env bash
# The container image, tested under podman (build/test-release.sh runs this on the image bin/release made): loaded
# into a private store, it runs as nobody with a read-only root, explains a code, serves /status/418 over HTTP/1.1,
# h2c and (with --tls) h2, takes its settings from the environment, and on SIGTERM lets a request in flight finish,
# then exits 0.
# This machine's layout needs a workaround that belongs here, not in the image: crun refuses hybrid cgroups (v1
# controllers beside a cgroup2 mount), so the cgroup2 mount is hidden in a private mount namespace and podman runs
# with --cgroups=disabled; the open-file limit is passed explicitly, as podman's default exceeds the hard limit.
# The host network is used: podman's bridge would change the host's firewall.
# Usage: build/test-image.sh IMAGE_TAR
set -euo pipefail
if [[ "${1:-}" != --inside ]]; then
  command -v podman >/dev/null || { echo "FAIL: the image's test needs podman (bin/test installs it)" >&2; exit 1; }
  (($(id -u) == 0)) || { echo "FAIL: the image's test needs root, for a private mount namespace" >&2; exit 1; }
  exec unshare -m --propagation private "$0" --inside "$(readlink -f "$1")"
fi
tar="$2"
if mountpoint -q /sys/fs/cgroup/unified 2>/dev/null; then umount /sys/fs/cgroup/unified; fi

work="$(mktemp -d "${TMPDIR:-/tmp}/httpstatus-image-test.XXXXXX")"
pm=(podman --root "$work/graph" --runroot "$work/state" --cgroup-manager cgroupfs)
run=("${pm[@]}" run --rm --network=host --cgroups=disabled --read-only --tmpfs /app/temp:mode=1777
  --ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit nproc=4096:4096)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  # A `podman run` client still stopping when its storage is reset below hangs for ever, holding podman's shared
  # lock (/dev/shm/libpod_lock): every later podman on the machine then waits on it. So each is waited for, and
  # killed if it has not gone within 20 s.
  for pid in "${pids[@]}"; do
    for _ in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  "${pm[@]}" rm -af -t 0 >/dev/null 2>&1 || true
  "${pm[@]}" system reset -f >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

image="$("${pm[@]}" load -q -i "$tar" | sed -n 's/^Loaded image: //p' | head -n 1)"
[[ -n "$image" ]] || { echo "FAIL: podman loaded no image from $tar" >&2; exit 1; }
user="$("${pm[@]}" image inspect --format '{{.Config.User}}' "$image")"
[[ "$user" == 65534:65534 ]] || fail "the image runs as '$user', not nobody"

out="$("${run[@]}" "$image" 404 2>&1)" || true
[[ "$out" == "404 Not Found"* ]] || fail "the image's 404 printed: $out"

# Starts the server in a container, set by the environment; sets url to where it says it listens.
serve() {
  local name="$1" log="$work/$1.log" deadline=$((SECONDS + 120))
  shift
  url=""
  : >"$log"
  "${run[@]}" --name "$name" -e HTTPSTATUS_HOST=127.0.0.1 -e HTTPSTATUS_PORT=0 "$@" "$image" >"$log" 2>&1 &
  pids+=($!)
  while [[ -z "$url" ]] && ((SECONDS < deadline)) && kill -0 "${pids[-1]}" 2>/dev/null; do
    url="$(sed -n 's#.*listening on \(https\?://[^ ]*\).*#\1#p' "$log")"
    [[ -n "$url" ]] || sleep 0.2
  done
  [[ -n "$url" ]] || { fail "the container $name did not start: $(cat "$log")"; return 1; }
}

if serve plain; then
  got="$(curl -s -o /dev/null -w '%{http_code} %{http_version}' "$url/status/418")"
  [[ "$got" == "418 1.1" ]] || fail "HTTP/1.1 /status/418 answered '$got'"
  got="$(curl -s --http2-prior-knowledge -o /dev/null -w '%{http_code} %{http_version}' "$url/status/418")"
  [[ "$got" == "418 2" ]] || fail "h2c /status/418 answered '$got'"
  got="$(curl -s -o /dev/null -w '%{http_code}' "$url/healthz")"
  [[ "$got" == 200 ]] || fail "/healthz answered $got"
  # SIGTERM while a request waits: it is answered, then the server exits 0.
  curl -s -o "$work/slow.body" -w '%{http_code}' "$url/status/200?sleep=2s" >"$work/slow.code" &
  slow=$!
  # In flight: the scrape counts itself, so 2 means the slow request is under way.
  until curl -s "$url/metrics" | grep '^httpstatus_requests_in_flight 2' >/dev/null || ! kill -0 "$slow" 2>/dev/null; do
    sleep 0.1
  done
  kill -0 "$slow" 2>/dev/null || fail "the slow request ended before SIGTERM"
  server="${pids[-1]}"
  kill -TERM "$server"
  wait "$slow" || true
  [[ "$(cat "$work/slow.code")" == 200 ]] || fail "a request in flight at SIGTERM got '$(cat "$work/slow.code")'"
  code=0
  wait "$server" || code=$?
  [[ "$code" == 0 ]] || fail "the container exited $code after SIGTERM: $(tail -n 3 "$work/plain.log")"
fi

if serve tls -e HTTPSTATUS_TLS=true; then
  got="$(curl -sk -o /dev/null -w '%{http_code} %{http_version}' "$url/status/418")"
  [[ "$got" == "418 2" ]] || fail "TLS /status/418 answered '$got' (expected 418 over h2)"
  kill -TERM "${pids[-1]}"
  wait "${pids[-1]}" || true
fi

if ((failures)); then
  echo "image: $failures checks failed" >&2
  exit 1
fi
echo "image: all checks passed ($(du -k "$tar" | cut -f1) KiB, $image)"
