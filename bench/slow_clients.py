#!/usr/bin/env python3
"""Slow clients against one server: SLOW connections each send a request head one byte a second while a
normal client asks GET /status/200 every 50 ms on fresh connections. Prints the normal client's latencies
and what became of the slow connections (answered 408, closed without an answer, or still open).

usage: slow_clients.py PORT [SLOW] [SECONDS]
"""
import asyncio
import resource
import statistics
import sys
import time

HEAD = b"GET /status/200 HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow\r\nX-Padding: " + b"p" * 200 + b"\r\n\r\n"


async def slow_client(port, outcome, stop):
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        outcome["refused"] += 1
        return
    answer = asyncio.ensure_future(reader.read(64))
    try:
        for byte in HEAD[:-4]:  # never finish the head
            if answer.done() or stop.is_set():
                break
            writer.write(bytes([byte]))
            try:
                await writer.drain()
            except OSError:
                break
            await asyncio.wait([answer], timeout=1.0)
        try:
            data = await asyncio.wait_for(answer, timeout=0.1 if stop.is_set() else 70)
        except asyncio.TimeoutError:
            outcome["open"] += 1
            return
        if data.startswith(b"HTTP/1.1 408"):
            outcome["408"] += 1
        elif data:
            outcome["other"] += 1
        else:
            outcome["closed"] += 1
    except OSError:
        outcome["closed"] += 1
    finally:
        writer.close()


async def normal_client(port, seconds, latencies, failures):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.monotonic()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"GET /status/200 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            await writer.drain()
            status = await asyncio.wait_for(reader.readline(), timeout=5)
            await reader.read()
            writer.close()
            if status.startswith(b"HTTP/1.1 200"):
                latencies.append((time.monotonic() - started) * 1000)
            else:
                failures.append(status)
        except (OSError, asyncio.TimeoutError) as failure:
            failures.append(repr(failure))
        await asyncio.sleep(0.05)


async def main(port, slow, seconds):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, slow + 256)), hard))
    outcome = {"408": 0, "closed": 0, "other": 0, "open": 0, "refused": 0}
    stop = asyncio.Event()
    slow_tasks = []
    for _ in range(slow):
        slow_tasks.append(asyncio.ensure_future(slow_client(port, outcome, stop)))
        await asyncio.sleep(0.001)
    await asyncio.sleep(1)
    latencies, failures = [], []
    await normal_client(port, seconds, latencies, failures)
    await asyncio.wait(slow_tasks, timeout=75)
    stop.set()
    await asyncio.gather(*slow_tasks, return_exceptions=True)
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else float("nan")
    print(f"normal\trequests={len(latencies)}\tfailed={len(failures)}\tp50_ms={statistics.median(latencies):.1f}"
          f"\tp99_ms={p99:.1f}\tmax_ms={latencies[-1]:.1f}")
    print("slow\t" + "\t".join(f"{k}={v}" for k, v in outcome.items()))


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000,
                     float(sys.argv[3]) if len(sys.argv) > 3 else 10))
