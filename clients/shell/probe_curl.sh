#!/usr/bin/env bash
# curl as it is typed: -L to follow redirects, -d for content (which makes a POST), -I for HEAD; curl reports the
# status it got, and exits 0 for any status (no -f).
set -uo pipefail
. "$(dirname "$0")/probe_common.sh"

# The option proxy=http://[user:password@]host:port as curl is typed: -x for the proxy, --proxy-user for the
# credentials; the heads are dumped to tell whether a Proxy-Authenticate reached the caller.
proxy_args() {
  [ -n "${opt[proxy]:-}" ] || return 0
  local proxy=${opt[proxy]#http://} credentials=""
  if [[ "$proxy" == *@* ]]; then credentials=${proxy%%@*} proxy=${proxy#*@}; fi
  args+=(-x "http://$proxy" -D "$work/head")
  [ -n "$credentials" ] && args+=(--proxy-user "$credentials")
  return 0
}

proxy_challenge() {
  [ -n "${opt[proxy]:-}" ] || return 0
  grep -i '^proxy-authenticate:' "$work/head" 2>/dev/null | tail -1 | cut -d' ' -f2- >"$work/challenge"
}

send() { # method url bodyfile headers...
  local method=$1 url=$2 bodyfile=$3
  shift 3
  local args=(-sS -L -o "$work/out" -w '%{http_code} %{http_version}')
  # HTTP/2 asked for the ordinary way: on an http:// URL curl offers h2c with Upgrade
  [ "${opt[http]:-}" = 2 ] && args+=(--http2)
  for header in "$@"; do args+=(-H "$header"); done
  [ "${opt[http]:-}" = 1.0 ] && args+=(--http1.0)
  if [ "$method" = HEAD ]; then
    args+=(-I)
  elif [ -n "$bodyfile" ] && [ "$method" = POST ]; then
    args+=(--data-binary "@$bodyfile")
  elif [ -n "$bodyfile" ]; then
    args+=(-X "$method" --data-binary "@$bodyfile")
  elif [ "$method" != GET ]; then
    args+=(-X "$method")
  fi
  proxy_args
  : >"$work/out"
  local status code version written
  written=$(curl "${args[@]}" "$url" 2>/dev/null)
  code=$?
  read -r status version <<<"$written"
  proxy_challenge
  [ "$status" = 000 ] && status=0
  # -I writes the head where the content would go; a HEAD has no content
  [ "$method" = HEAD ] && : >"$work/out"
  echo "${status:-0} $code $(protocol "$version")"
}

# curl's %{http_version} (1.1, 2) as the protocol's name; nothing when there was no answer
protocol() {
  case $1 in
    1.0 | 1.1) echo "HTTP/$1" ;;
    2) echo "HTTP/2" ;;
  esac
}

send_both() { # url then headers...: one curl run for two GETs, which reuses its connection as a multi-URL command
  # line does; the headers go with both, as -H does without --next
  local url=$1 then=$2 header
  shift 2
  local args=(-sS -L -w '%{http_code} ')
  for header in "$@"; do args+=(-H "$header"); done
  : >"$work/out"
  : >"$work/out2"
  local statuses code
  statuses=$(curl "${args[@]}" -o "$work/out" "$url" -o "$work/out2" "$then" 2>/dev/null)
  code=$?
  local first second
  read -r first second <<<"$statuses"
  [ "${first:-000}" = 000 ] && first=0
  [ "${second:-000}" = 000 ] && second=0
  echo "$first $second $code"
}

run "$(curl --version | head -1 | cut -d' ' -f2)"
