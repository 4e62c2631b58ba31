#!/usr/bin/env python3
"""A seeded access log for bench/logs.sh: combined lines with a realistic mix, and its own true counts.

Zipf-distributed paths and clients (IPv4 and IPv6), query strings on a share of the paths, 24 status codes
(nginx's 444 and 499 among them), referrers, 7 days of time in order. Writes the log and, beside it, a JSON file
of the true count of every code, which the benchmark checks every tool's answer against.

Usage: logs_gen.py OUT.log LINES [SEED]
"""
import bisect
import json
import random
import sys
import time

out, lines = sys.argv[1], int(sys.argv[2])
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 22
rng = random.Random(seed)

CODES = [200, 201, 204, 206, 301, 302, 304, 307, 308, 400, 401, 403, 404, 405, 408, 409, 413, 429, 444, 499,
         500, 502, 503, 504]
WEIGHTS = [700, 10, 8, 4, 15, 12, 60, 2, 2, 8, 10, 6, 80, 2, 2, 1, 1, 6, 2, 8, 3, 4, 3, 2]


def zipf_cdf(n, s=1.1):
    weights = [1 / (k ** s) for k in range(1, n + 1)]
    total = sum(weights)
    cdf, running = [], 0.0
    for w in weights:
        running += w / total
        cdf.append(running)
    return cdf


PATHS = [f"/{rng.choice(['api', 'static', 'blog', 'shop', 'img'])}/{i}/{rng.choice(['index', 'item', 'view', 'x.png'])}"
         for i in range(50_000)]
CLIENTS = [(f"2001:db8:{i:x}::{i % 97:x}" if i % 5 == 0 else f"{10 + i % 200}.{i // 200 % 256}.{i % 251}.{i % 253}")
           for i in range(20_000)]
REFERRERS = ["-", "https://www.google.com/", "https://example.org/", "https://news.example/item?id=1"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.5.0", "Googlebot/2.1 (+http://www.google.com/bot.html)"]
METHODS = ["GET"] * 17 + ["POST", "HEAD", "PUT"]
path_cdf, client_cdf = zipf_cdf(len(PATHS)), zipf_cdf(len(CLIENTS))
code_cdf = []
running = 0
for w in WEIGHTS:
    running += w
    code_cdf.append(running)

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
start = 1_764_979_200  # 2025-12-06T00:00:00Z
span = 7 * 86_400
counts = {}
with open(out, "w", encoding="utf-8", newline="\n") as log:
    buffer = []
    for n in range(lines):
        t = start + n * span // lines
        tm = time.gmtime(t)
        stamp = f"{tm.tm_mday:02d}/{MONTHS[tm.tm_mon - 1]}/{tm.tm_year}:{tm.tm_hour:02d}:{tm.tm_min:02d}:{tm.tm_sec:02d} +0000"
        code = CODES[bisect.bisect_left(code_cdf, rng.random() * running)]
        path = PATHS[min(bisect.bisect_left(path_cdf, rng.random()), len(PATHS) - 1)]
        if rng.random() < 0.3:
            path += f"?q={rng.randrange(1000)}&page={rng.randrange(20)}"
        client = CLIENTS[min(bisect.bisect_left(client_cdf, rng.random()), len(CLIENTS) - 1)]
        size = 0 if code in (204, 304, 444, 499) else rng.randrange(100, 60_000)
        buffer.append(f'{client} - - [{stamp}] "{rng.choice(METHODS)} {path} HTTP/1.1" {code} {size} '
                      f'"{rng.choice(REFERRERS)}" "{rng.choice(AGENTS)}"\n')
        counts[code] = counts.get(code, 0) + 1
        if len(buffer) >= 10_000:
            log.write("".join(buffer))
            buffer.clear()
    log.write("".join(buffer))
with open(out + ".counts.json", "w") as f:
    json.dump({str(k): v for k, v in sorted(counts.items())}, f)
