#!/usr/bin/env bash
# httpstatus logs against GoAccess (Debian's package) and gawk's bare count of the status field, on the same
# generated log, in the same run. The log is made by bench/logs_gen.py (seeded: 2 million combined lines, Zipf
# paths and clients, IPv6, query strings, 24 codes, 7 days), which also writes the true count of every code; each
# tool's counts are checked against it before its speed is reported.
# Targets (issue 22): httpstatus ≥ 10 × GoAccess's lines per second, ≥ 0.5 × gawk's.
# Wall time is what the targets speak of; CPU time (user + system) is printed too, because on a machine that
# others share, wall time measures the neighbours as much as the tool (see `uptime` at the end).
# LINES=200000 bench/logs.sh for a quick run.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v goaccess >/dev/null || need+=(goaccess)
command -v gawk >/dev/null || need+=(gawk)
command -v python3 >/dev/null || need+=(python3)
[[ -x /usr/bin/time ]] || need+=(time)
if ((${#need[@]})); then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

lines="${LINES:-2000000}"
seed="${SEED:-22}"
work="${WORK:-/tmp/httpstatus-logs-bench}"
mkdir -p "$work"
log="$work/access-$lines-$seed.log"
if [[ ! -s "$log.counts.json" ]]; then
  echo "generating $lines lines (seed $seed) in $log"
  python3 bench/logs_gen.py "$log" "$lines" "$seed"
fi
bin/httpstatus 404 >/dev/null # builds the command when needed
cat "$log" >/dev/null          # the same warm page cache for every tool

# Runs a tool, keeping its output, its wall time and its peak memory (from GNU time).
measure() {
  local name="$1"
  shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"
}

measure gawk gawk '{ c[$9]++ } END { for (k in c) print k, c[k] }' "$log"
measure goaccess goaccess "$log" --log-format=COMBINED --no-global-config --no-progress -o "$work/goaccess.json"
measure httpstatus bin/httpstatus logs "$log" --format json

python3 - "$work" "$log" "$lines" <<'PY'
import json, sys
work, log, lines = sys.argv[1], sys.argv[2], int(sys.argv[3])
truth = {int(k): v for k, v in json.load(open(log + ".counts.json")).items()}

def gawk():
    return {int(a): int(b) for a, b in (l.split() for l in open(f"{work}/gawk.out") if l.strip())}

def goaccess():
    report = json.load(open(f"{work}/goaccess.json"))
    counts = {}
    for group in report["status_codes"]["data"]:
        for item in group.get("items", []):
            counts[int(item["data"].split()[0])] = item["hits"]["count"]
    return counts

def httpstatus():
    report = json.load(open(f"{work}/httpstatus.out"))
    return {c["code"]: c["count"] for c in report["codes"]}

rows = []
for name, read in (("gawk", gawk), ("goaccess", goaccess), ("httpstatus", httpstatus)):
    seconds, kilobytes, user, system = open(f"{work}/{name}.time").read().split()
    counts = read()
    rows.append((name, float(seconds), int(kilobytes), counts == truth, float(user) + float(system)))
rate = {row[0]: lines / row[1] for row in rows}
cpu_rate = {row[0]: lines / max(row[4], 0.01) for row in rows}
print(f"{lines} lines, {sum(truth.values())} counted by the generator, {len(truth)} codes")
print(f"{'tool':12} {'wall s':>7} {'lines/s':>11} {'CPU s':>7} {'lines/CPU s':>12} {'peak MB':>8} {'counts':>7}")
for name, seconds, kilobytes, right, cpu in rows:
    print(f"{name:12} {seconds:7.2f} {rate[name]:11,.0f} {cpu:7.2f} {cpu_rate[name]:12,.0f} {kilobytes / 1024:8.0f}"
          f" {'exact' if right else 'WRONG':>7}")
for other, target in (("goaccess", "10"), ("gawk", "0.5")):
    print(f"httpstatus / {other + ':':9} {rate['httpstatus'] / rate[other]:6.2f} x in lines/s (target >= {target}),"
          f" {cpu_rate['httpstatus'] / cpu_rate[other]:6.2f} x in lines per CPU second")
if not all(row[3] for row in rows):
    for name, _, _, right, _ in rows:
        if not right:
            print(f"{name}: counts differ from the generator's; see {work}/{name}.out", file=sys.stderr)
    sys.exit(1)
PY
echo "load: $(uptime | sed 's/.*load average: //')"
echo "goaccess $(goaccess --version | head -n 1 | awk '{print $NF}'), $(gawk --version | head -n 1), $(nproc) cores"
