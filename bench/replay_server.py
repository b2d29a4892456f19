#!/usr/bin/env python3
"""A fast local HTTP/1.1 server that replays Airflow answers recorded by ``bench/record.py``.

    python bench/replay_server.py bench/recordings/airflow-2.json bench/recordings/airflow-3.json

It prints one JSON line, ``{"port": N, "base_url": ...}``, once it listens, and exits when its
standard input closes (so it never outlives the benchmark that started it) or on SIGTERM.

Built to never be the bottleneck: an ``asyncio.Protocol`` (no streams, no per-request
objects), keep-alive, every answer pre-rendered to bytes. Routing is by method and path; the
query only matters to the big listings (``offset``/``limit``), whose pages are synthesized
from the recorded page (items repeated with unique keys) up to ``--total`` items.

Stdlib only.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote_to_bytes

DEFAULT_PREFIX = "/galactic-stars-1234/airflow"
#: big listings: recorded response name -> (list key, field made unique per synthesized item)
LISTINGS = {"list_variables": ("variables", "key"), "list_task_instances": ("task_instances", "task_id")}
REASONS = {200: b"OK", 201: b"Created", 204: b"No Content", 404: b"Not Found", 409: b"Conflict"}


def render(status: int, body: bytes, content_type: str = "application/json") -> bytes:
    head = b"HTTP/1.1 %d %s\r\ncontent-type: %s\r\ncontent-length: %d\r\nserver: bench-replay\r\n\r\n" % (
        status,
        REASONS.get(status, b"OK"),
        content_type.encode(),
        len(body),
    )
    return head + body


NOT_FOUND = render(404, b'{"detail": "not recorded by bench/record.py"}')


class Listing:
    """Pages of ``total`` items made from a recorded page, rendered once per (offset, limit)."""

    def __init__(self, recorded: dict[str, Any], list_key: str, unique: str, total: int) -> None:
        page = json.loads(recorded["body"])
        base = page[list_key]
        items = []
        for k in range(total):
            item = copy.deepcopy(base[k % len(base)])
            item[unique] = f"{item[unique]}_{k:05d}"
            items.append(json.dumps(item).encode())
        self.items = items
        self.total = total
        frame = json.dumps({**page, list_key: "@ITEMS@", "total_entries": total}).encode()
        self.before, self.after = frame.split(b'"@ITEMS@"')
        self.status = recorded["status"]
        self.content_type = recorded["content_type"]
        self.cache: dict[tuple[int, int], bytes] = {}
        for offset in range(0, total, 100):
            self.page(offset, 100)

    def page(self, offset: int, limit: int) -> bytes:
        key = (offset, limit)
        rendered = self.cache.get(key)
        if rendered is None:
            body = self.before + b"[" + b", ".join(self.items[offset : offset + limit]) + b"]" + self.after
            rendered = self.cache[key] = render(self.status, body, self.content_type)
        return rendered


class Routes:
    def __init__(self, recordings: list[dict[str, Any]], prefix: str, total: int) -> None:
        self.exact: dict[tuple[bytes, bytes], bytes] = {}
        self.listings: dict[bytes, Listing] = {}
        for recording in recordings:
            for name, r in recording["responses"].items():
                path = (prefix + r["path"]).encode()
                if name in LISTINGS:
                    self.listings[path] = Listing(r, *LISTINGS[name], total)
                else:
                    self.exact[(r["method"].encode(), path)] = render(
                        r["status"], r["body"].encode(), r["content_type"] or "application/json"
                    )

    def answer(self, method: bytes, target: bytes) -> bytes:
        path, _, query = target.partition(b"?")
        found = self.exact.get((method, path))
        if found is not None:
            return found
        listing = self.listings.get(path)
        if listing is None and b"%" in path:  # run ids such as manual__2024-06-01T00:00:00+00:00
            decoded = unquote_to_bytes(path)
            found = self.exact.get((method, decoded))
            if found is not None:
                return found
            listing = self.listings.get(decoded)
        if listing is not None and method == b"GET":
            params = parse_qs(query.decode())
            offset = int(params.get("offset", ["0"])[0])
            limit = int(params.get("limit", ["100"])[0])
            return listing.page(offset, limit)
        return NOT_FOUND


class Replay(asyncio.Protocol):
    routes: Routes

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        out = []
        close = False
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = 0
            lower = head.lower()
            at = lower.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : stop if stop >= 0 else None])
            if len(buffer) < end + 4 + length:
                break
            buffer = buffer[end + 4 + length :]
            line = head[: head.find(b"\r\n")] if b"\r\n" in head else head
            method, target, _ = line.split(b" ", 2)
            out.append(self.routes.answer(method, target))
            if b"\r\nconnection: close" in lower:
                close = True
                break
        self.buffer = buffer
        if out:
            self.transport.write(b"".join(out) if len(out) > 1 else out[0])
        if close:
            self.transport.close()


def _exit_on_stdin_eof() -> None:
    try:
        while sys.stdin.buffer.read(1024):
            pass
    finally:
        os._exit(0)


async def serve(routes: Routes, host: str, port: int, prefix: str) -> None:
    Replay.routes = routes
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Replay, host, port, backlog=1024, reuse_address=True)
    port = server.sockets[0].getsockname()[1]
    print(json.dumps({"port": port, "base_url": f"http://{host}:{port}{prefix}", "pid": os.getpid()}), flush=True)
    loop.add_signal_handler(signal.SIGTERM, server.close)
    async with server:
        with contextlib.suppress(asyncio.CancelledError):
            await server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recordings", nargs="+", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--prefix", default=DEFAULT_PREFIX)
    parser.add_argument("--total", type=int, default=10_000, help="items in each synthesized big listing")
    parser.add_argument("--no-stdin-watch", action="store_true", help="do not exit when stdin closes")
    args = parser.parse_args(argv)
    recordings = [json.loads(p.read_text()) for p in args.recordings]
    routes = Routes(recordings, args.prefix.rstrip("/"), args.total)
    if not args.no_stdin_watch:
        threading.Thread(target=_exit_on_stdin_eof, daemon=True).start()
    asyncio.run(serve(routes, args.host, args.port, args.prefix.rstrip("/")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
