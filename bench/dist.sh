#!/usr/bin/env bash
# Start-up of `httpstatus 404` from the release archive (httpstatus-VERSION-OS-ARCH.tar.gz, made by bin/release)
# against the same jar on the full JDK and against `hc 404` (Debian's httpcode, a Python script), measured in the
# same run with hyperfine. Prints each median and CPU time,
# their ratios to the full JDK's, and the archive's sizes.
# Usage: bench/dist.sh ARCHIVE   (RUNS=30 by default)
set -euo pipefail
archive="$(readlink -f "$1")"
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
command -v hc >/dev/null || { apt-get update -qq && apt-get install -y -qq httpcode >/dev/null; }

runs="${RUNS:-30}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
tar -C "$out" -xzf "$archive"
home="$(echo "$out"/httpstatus-*)"
"$home/bin/httpstatus" 404 >/dev/null # with a runtime older than 25, the first run makes the command's archive
java="$(command -v java)"
flags='-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData'
bin/httpstatus 404 >/dev/null # the same for the repository's launcher (full JDK)

hyperfine -N --warmup 5 --runs "$runs" --export-json "$out/dist.json" \
  -n 'full JDK: java -jar' "$java $flags -jar $home/lib/httpstatus.jar 404" \
  -n "repository's bin/httpstatus (Java $(sed -n 3p httpstatus-cli/target/java.choice 2>/dev/null || echo '?'))" \
  'bin/httpstatus 404' \
  -n 'archive: runtime + its CDS only' "$home/runtime/bin/java $flags -jar $home/lib/httpstatus.jar 404" \
  -n 'archive: bin/httpstatus (its class-data archive or AOT cache)' "$home/bin/httpstatus 404" \
  -n 'hc 404' "$(command -v hc) 404" >/dev/null

python3 - "$out/dist.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
# CPU time (user + system) as well: on a busy machine it varies far less than the wall clock.
cpu = lambda r: (r["user"] + r["system"]) * 1000
print(f"{'httpstatus 404':62} {'median ms':>10} {'× full JDK':>10} {'CPU ms':>8} {'× full JDK':>10}")
for r in results:
    print(f"{r['command']:62} {r['median'] * 1000:10.1f} {r['median'] / base:10.2f} {cpu(r):8.1f} {cpu(r) / cpu(results[0]):10.2f}")
PY
echo "archive $(du -k "$archive" | cut -f1) KiB, unpacked $(du -sk "$home" | cut -f1) KiB (runtime $(du -sk "$home/runtime" | cut -f1) KiB)"
echo "java: $("$java" -version 2>&1 | head -n 1); archive runtime: $(sed -n 's/^JAVA_VERSION=//p' "$home/runtime/release"); $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $runs runs each"
