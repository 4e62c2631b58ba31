#!/usr/bin/env python3
"""Summarises bench/server.sh's raw rows: medians per server and test, ratios to the peers, and a bar chart
of requests per second as an SVG. Usage: report.py RESULTS.tsv [CHART.svg]"""
import csv
import statistics
import sys

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
servers = [s for s in ("ours", "nginx", "wiremock") if any(r["server"] == s for r in rows)]
tests = sorted({r["test"] for r in rows}, key=lambda t: (t.startswith("h2c"), t))


def med(server, test, field):
    values = [float(r[field]) for r in rows if r["server"] == server and r["test"] == test and r[field]]
    return statistics.median(values) if values else None


def fmt(value, spec):
    return format(value, spec) if value is not None else "-"


print(f"{'test':14} {'server':9} {'req/s':>9} {'p50 ms':>7} {'p99 ms':>7} {'RSS MiB':>8}")
for test in tests:
    for server in servers:
        rps = med(server, test, "req_s")
        if rps is not None:
            p50, p99, rss = (med(server, test, f) for f in ("p50_ms", "p99_ms", "rss_mib"))
            print(f"{test:14} {server:9} {rps:9.0f} {fmt(p50, '7.2f')} {fmt(p99, '7.2f')} {fmt(rss, '8.1f')}")
print()
for test in tests:
    ours = med("ours", test, "req_s")
    for peer in servers[1:]:
        theirs = med(peer, test, "req_s")
        if ours and theirs:
            line = f"{test:14} ours/{peer}: req/s {ours / theirs:.2f}x"
            p99o, p99t = med("ours", test, "p99_ms"), med(peer, test, "p99_ms")
            if p99o and p99t:
                line += f", p99 {p99o / p99t:.2f}x"
            print(line)
rss = [float(r["rss_mib"]) for r in rows if r["server"] == "ours" and r["rss_mib"]]
if rss:
    print(f"\nhighest RSS of ours under any test: {max(rss):.1f} MiB")

if len(sys.argv) > 2:
    colours = {"ours": "#2b7bb9", "nginx": "#4a9c4a", "wiremock": "#c8692d"}
    top = max(med(s, t, "req_s") or 0 for s in servers for t in tests)
    bar, gap, group = 18, 4, 0
    width, height, left, chart_h = 760, 60 + len(tests) * (len(servers) * (bar + gap) + 16), 120, None
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
             f'font-size="12"><title>Requests per second, median of the rounds</title>',
             f'<text x="{left}" y="20" font-size="14">Requests per second (median); longer is better</text>']
    y = 40
    for test in tests:
        parts.append(f'<text x="8" y="{y + bar}" font-weight="bold">{test}</text>')
        for server in servers:
            rps = med(server, test, "req_s")
            if rps is None:
                continue
            w = (width - left - 90) * rps / top
            parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar}" fill="{colours[server]}"/>')
            parts.append(f'<text x="{left + w + 6:.1f}" y="{y + bar - 5}">{server} {rps / 1000:.0f}k</text>')
            y += bar + gap
        y += 16
    parts.append("</svg>")
    open(sys.argv[2], "w").write("\n".join(parts) + "\n")
    print(f"chart: {sys.argv[2]}")
