#!/usr/bin/env bash
# Start-up of the httpstatus command against hc (Debian's httpcode, the command line people use today),
# measured in the same run with hyperfine. Prints each median and its ratio to hc's.
# Target (issue 3): median of `bin/httpstatus 404` at most 1.5 × that of `hc 404`.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v hc >/dev/null || need+=(httpcode)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

bin/httpstatus 404 >/dev/null # builds when needed and makes the class-data archive
runs="${RUNS:-30}"
out="$(mktemp -d)"
hyperfine -N --warmup 5 --runs "$runs" --export-json "$out/cli.json" \
  'hc 404' 'bin/httpstatus 404' 'bin/httpstatus search timeout' >/dev/null

python3 - "$out/cli.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print(f"{'command':32} {'median ms':>10} {'× hc 404':>9}")
for r in results:
    print(f"{r['command']:32} {r['median'] * 1000:10.1f} {r['median'] / base:9.2f}")
PY
echo "java: $(sed -n 3p httpstatus-cli/target/java.choice 2>/dev/null || echo '?'), $(nproc) cores, $runs runs each"
