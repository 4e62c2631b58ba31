#!/usr/bin/env bash
# GNU Wget with its defaults (redirects followed, 20 tries on a network failure), the content written to a file;
# the status read from its -S report of the server's answers. Wget exits 8 when the server answered an error.
set -uo pipefail
. "$(dirname "$0")/probe_common.sh"

# The option proxy=http://[user:password@]host:port as Wget is told it: -e use_proxy=on -e http_proxy=…, and
# --proxy-user and --proxy-password for the credentials.
proxy_args() {
  [ -n "${opt[proxy]:-}" ] || return 0
  local proxy=${opt[proxy]#http://} credentials=""
  if [[ "$proxy" == *@* ]]; then credentials=${proxy%%@*} proxy=${proxy#*@}; fi
  args+=(-e use_proxy=on -e "http_proxy=http://$proxy")
  [ -n "$credentials" ] && args+=(--proxy-user="${credentials%%:*}" --proxy-password="${credentials#*:}")
  return 0
}

send() { # method url bodyfile headers...
  local method=$1 url=$2 bodyfile=$3
  shift 3
  local args=(-q -S -O "$work/out" --method="$method")
  for header in "$@"; do args+=(--header="$header"); done
  [ -n "$bodyfile" ] && args+=(--body-file="$bodyfile")
  proxy_args
  : >"$work/out"
  local code status protocol
  wget "${args[@]}" "$url" 2>"$work/err"
  code=$?
  status=$(grep -oE '^  HTTP/[0-9.]+ [0-9]{3}' "$work/err" | tail -1 | awk '{print $2}')
  [ -n "${opt[proxy]:-}" ] && grep -i '^  proxy-authenticate:' "$work/err" | tail -1 | cut -d' ' -f4- >"$work/challenge"
  # Wget speaks HTTP/1.1 only (no HTTP/2 option): the protocol is the one its -S report shows
  protocol=$(grep -oE '^  HTTP/[0-9.]+ [0-9]{3}' "$work/err" | tail -1 | awk '{print $1}')
  echo "${status:-0} $code $protocol"
}

run "$(wget --version | head -1 | cut -d' ' -f3)"
