#!/usr/bin/env python3
"""Many stub Airflow 3 deployments for the fan-out bench (scenario 6), in their own process.

``fleet_stubs.py --count 200 --latency 0.05`` listens on 200 ports of 127.0.0.1 (one per deployment,
HTTP/1.1 keep-alive, asyncio) and answers ``/api/v2/version`` and ``/api/v2/monitor/health`` after
``latency`` seconds each (404 otherwise). It prints ``{"ports": [...]}`` on one line when ready. Each
line on stdin is a command: ``stats`` prints ``{"max_in_flight": n, "requests": m}`` (then resets);
end of stdin stops it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

VERSION = json.dumps({"version": "3.0.2", "git_version": None}).encode()
HEALTH = json.dumps({"metadatabase": {"status": "healthy"}, "scheduler": {"status": "healthy"}}).encode()
NOT_FOUND = json.dumps({"detail": "Not Found"}).encode()


class Stats:
    in_flight = 0
    max_in_flight = 0
    requests = 0


def answer(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, latency: float) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            path = lines[0].split(b" ")[1].split(b"?")[0]
            length = next(
                (int(v) for k, _, v in (ln.partition(b":") for ln in lines[1:]) if k.lower() == b"content-length"), 0
            )
            if length:
                await reader.readexactly(length)
            Stats.in_flight += 1
            Stats.requests += 1
            Stats.max_in_flight = max(Stats.max_in_flight, Stats.in_flight)
            try:
                await asyncio.sleep(latency)
            finally:
                Stats.in_flight -= 1
            if path.endswith(b"/api/v2/version"):
                writer.write(answer("200 OK", VERSION))
            elif path.endswith(b"/api/v2/monitor/health"):
                writer.write(answer("200 OK", HEALTH))
            else:
                writer.write(answer("404 Not Found", NOT_FOUND))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
        pass  # the client went away, or this process is stopping
    finally:
        writer.close()


async def main(count: int, latency: float) -> None:
    servers = [
        await asyncio.start_server(lambda r, w: serve(r, w, latency), "127.0.0.1", 0, backlog=256) for _ in range(count)
    ]
    ports = [s.sockets[0].getsockname()[1] for s in servers]
    print(json.dumps({"ports": ports}), flush=True)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            break
        if line.strip() == "stats":
            print(json.dumps({"max_in_flight": Stats.max_in_flight, "requests": Stats.requests}), flush=True)
            Stats.max_in_flight = Stats.requests = 0
    for s in servers:
        s.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    asyncio.run(main(args.count, args.latency))
