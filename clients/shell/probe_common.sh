# The loop of the shell probes (the other probes run the same one, in JSON): a line with the tool's version, then
# for each request spec one line of what the caller saw. The runner writes a shell probe's specs as fields separated by the ASCII unit separator (0x1F: a tab, being white space to read, would merge empty fields)
# fields, since bash reads no JSON: case, method, url, body, repeat (the body that many times), then (a second URL,
# or -), the options as "name=value" words (read into the array opt; a probe reads the ones it knows), and the
# headers as "Name: value", one field each. The answer is JSON with the content in base64.
# A probe defines send METHOD URL BODYFILE HEADERS... which writes the content to $work/out and prints
# "STATUS EXIT" (STATUS 0 when there was none), and may add a third word: the answer's protocol (HTTP/1.1, HTTP/2);
# it may write the Proxy-Authenticate challenge the caller was given to $work/challenge.

declare -A opt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seen() { # prefix method url bodyfile headers...
  local prefix=$1
  shift
  local status code protocol
  : >"$work/challenge"
  read -r status code protocol < <(send "$@")
  [ -n "$protocol" ] && printf '"%sprotocol":"%s",' "$prefix" "$protocol"
  if [ -s "$work/challenge" ]; then
    printf '"%schallenge":"%s",' "$prefix" "$(tr -d '\r\n' <"$work/challenge" | sed 's/\\/\\\\/g; s/"/\\"/g')"
  fi
  printf '"%sstatus":%s,"%sexit":%s,"%slength":%s,"%sbody64":"%s",' "$prefix" "${status:-0}" "$prefix" \
    "${code:-0}" "$prefix" "$(stat -c %s "$work/out")" "$prefix" "$(head -c 4000 "$work/out" | base64 -w0)"
}

seen_both() { # url then headers...: a probe's send_both URL1 URL2 HEADERS... writes $work/out and $work/out2, prints
  # "STATUS1 STATUS2 EXIT"
  local status1 status2 code exit1=0 exit2=0
  read -r status1 status2 code < <(send_both "$@")
  # one exit status for the run: the transfer that got no answer failed; else the last one
  if [ "${status1:-0}" = 0 ]; then exit1=${code:-0}; else exit2=${code:-0}; fi
  printf '"status":%s,"exit":%s,"length":%s,"body64":"%s",' "${status1:-0}" "$exit1" \
    "$(stat -c %s "$work/out")" "$(head -c 4000 "$work/out" | base64 -w0)"
  printf '"then_status":%s,"then_exit":%s,"then_length":%s,"then_body64":"%s",' "${status2:-0}" "$exit2" \
    "$(stat -c %s "$work/out2")" "$(head -c 4000 "$work/out2" | base64 -w0)"
}

run() { # version
  printf '{"version":"%s"}\n' "$1"
  local name method url body repeat then word
  while IFS=$'\x1f' read -r -a fields; do
    name=${fields[0]} method=${fields[1]} url=${fields[2]} body=${fields[3]} repeat=${fields[4]} then=${fields[5]}
    opt=()
    for word in ${fields[6]:-}; do opt[${word%%=*}]=${word#*=}; done
    local bodyfile=""
    if [ -n "$body" ]; then
      bodyfile=$work/body
      yes -- "$body" | head -n "$repeat" | tr -d '\n' >"$bodyfile"
    fi
    local start=$(($(date +%s%N) / 1000000))
    local line
    if [ "$then" != "-" ] && [ "${opt[connection]:-}" = reuse ] && declare -F send_both >/dev/null; then
      # both URLs in one run, so that the tool's own connection reuse applies (separate runs never share one)
      line=$(seen_both "$url" "$then" "${fields[@]:7}")
    else
      line=$(seen "" "$method" "$url" "$bodyfile" "${fields[@]:7}")
      if [ "$then" != "-" ]; then line+=$(seen "then_" GET "$then" ""); fi
    fi
    printf '{%s"case":"%s","ms":%d}\n' "$line" "$name" $(($(date +%s%N) / 1000000 - start))
  done
}
