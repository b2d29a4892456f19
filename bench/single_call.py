"""Where one simple GET's client CPU goes (issue #12, single calls): httpx vs urllib3 (what the official
client uses) vs httpx's API over a urllib3 transport, against ``replay_server.py``; then a cProfile of
httpx. ``PYTHONPATH=facade:generated .venv/bin/python bench/single_call.py``
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
import run
import urllib3

N = 2000


class Urllib3Transport(httpx.BaseTransport):
    """httpx's API, urllib3's connection pool underneath (a "leaner transport" candidate)."""

    def __init__(self) -> None:
        self.pool = urllib3.PoolManager()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        r = self.pool.request(
            request.method,
            str(request.url),
            headers=dict(request.headers),
            body=request.content,
            retries=False,
            redirect=False,
        )
        return httpx.Response(r.status, headers=list(r.headers.items()), content=r.data)


def cpu_per_call(fn: Callable[[], Any]) -> float:
    for _ in range(200):  # warm up
        fn()
    t = time.thread_time()
    for _ in range(N):
        fn()
    return (time.thread_time() - t) / N * 1e6


def main() -> None:
    srv = run.ReplayServer(100, [run.RECORDINGS["v1"]])
    try:
        url = f"{srv.base_url}/api/v1/pools/default_pool"
        headers = {"Authorization": run.KEY, "Accept": "application/json"}
        plain = httpx.Client(headers=headers)
        pool = urllib3.PoolManager()
        mixed = httpx.Client(headers=headers, transport=Urllib3Transport())
        results = {
            "httpx": cpu_per_call(lambda: plain.get(url).json()),
            "urllib3": cpu_per_call(lambda: pool.request("GET", url, headers=headers).json()),
            "httpx API over urllib3": cpu_per_call(lambda: mixed.get(url).json()),
        }
        print("client CPU per GET: " + ", ".join(f"{k} {v:.0f} us" for k, v in results.items()))
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(N):
            plain.get(url).json()
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(14)
        print(out.getvalue()[:4000])
    finally:
        srv.close()


if __name__ == "__main__":
    main()
