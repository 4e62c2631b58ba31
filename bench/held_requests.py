#!/usr/bin/env python3
"""Holds N requests at once: each opens its own connection and asks GET /status/200?sleep=MS, then waits.
Prints how many were answered 200, how long the whole took, and the server's peak RSS and thread count
while they were held (read from /proc/PID/status every 100 ms).

usage: held_requests.py PORT PID [N] [MS]
"""
import asyncio
import resource
import sys
import time


def status(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["Threads"])


async def held(port, sleep_ms, answers):
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET /status/200?sleep={sleep_ms} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        line = await asyncio.wait_for(reader.readline(), timeout=sleep_ms / 1000 + 60)
        answers.append(line.split(b" ")[1].decode() if line else "closed")
        writer.close()
    except (OSError, asyncio.TimeoutError) as failure:
        answers.append(type(failure).__name__)


async def sample(pid, peaks, stop):
    while not stop.is_set():
        rss, threads = status(pid)
        peaks["rss"] = max(peaks["rss"], rss)
        peaks["threads"] = max(peaks["threads"], threads)
        await asyncio.sleep(0.1)


async def main(port, pid, count, sleep_ms):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, count + 256)), hard))
    before_rss, before_threads = status(pid)
    peaks = {"rss": before_rss, "threads": before_threads}
    stop = asyncio.Event()
    sampler = asyncio.ensure_future(sample(pid, peaks, stop))
    answers = []
    started = time.monotonic()
    tasks = []
    for i in range(count):
        tasks.append(asyncio.ensure_future(held(port, sleep_ms, answers)))
        if i % 500 == 499:
            await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    elapsed = time.monotonic() - started
    stop.set()
    await sampler
    ok = answers.count("200")
    print(f"held={count}\tsleep_ms={sleep_ms}\tanswered_200={ok}\tother={count - ok}\telapsed_s={elapsed:.1f}"
          f"\trss_before_mib={before_rss}\tpeak_rss_mib={peaks['rss']}\tthreads_before={before_threads}"
          f"\tpeak_threads={peaks['threads']}")
    others = sorted(set(a for a in answers if a != "200"))
    if others:
        print("other answers:", ", ".join(f"{a}×{answers.count(a)}" for a in others))


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2]),
                     int(sys.argv[3]) if len(sys.argv) > 3 else 10_000,
                     int(sys.argv[4]) if len(sys.argv) > 4 else 5000))
