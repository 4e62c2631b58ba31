#!/usr/bin/env bash
# GNU Wget with its defaults (redirects followed, 20 tries on a network failure), the content written to a file;
# the status read from its -S report of the server's answers. Wget exits 8 when the server answered an error.
set -uo pipefail
. "$(dirname "$0")/probe_common.sh"

send() { # method url bodyfile headers...
  local method=$1 url=$2 bodyfile=$3
  shift 3
  local args=(-q -S -O "$work/out" --method="$method")
  for header in "$@"; do args+=(--header="$header"); done
  [ -n "$bodyfile" ] && args+=(--body-file="$bodyfile")
  : >"$work/out"
  local code status protocol
  wget "${args[@]}" "$url" 2>"$work/err"
  code=$?
  status=$(grep -oE '^  HTTP/[0-9.]+ [0-9]{3}' "$work/err" | tail -1 | awk '{print $2}')
  # Wget speaks HTTP/1.1 only (no HTTP/2 option): the protocol is the one its -S report shows
  protocol=$(grep -oE '^  HTTP/[0-9.]+ [0-9]{3}' "$work/err" | tail -1 | awk '{print $1}')
  echo "${status:-0} $code $protocol"
}

run "$(wget --version | head -1 | cut -d' ' -f3)"
