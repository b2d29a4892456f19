"""A fault-injecting HTTP/1.1 proxy for tests: put it between a client and a real server.

Each client connection carries one request: the proxy reads it (head and ``Content-Length`` or
chunked body), decides with a seeded ``random.Random`` whether to inject a fault and which, and
otherwise forwards it to the upstream on a fresh connection and relays the answer with
``Connection: close``. Every request is a clean unit, so a fault hits exactly one request.

Fault kinds (``FAULT_KINDS``); "forwarded" means the upstream handled the request first:

==================  =========  ===================================================================
kind                forwarded  what the client sees
==================  =========  ===================================================================
reset_before        no         the connection is reset (RST) after the request was read
reset_after         yes        the server acted, then the connection is reset: the answer is lost
502                 no         ``502 Bad Gateway`` (text), no ``Retry-After``
502_retry_after     no         ``502 Bad Gateway`` with ``Retry-After: 1``
503                 no         ``503 Service Unavailable`` (JSON), no ``Retry-After``
503_retry_after     no         ``503 Service Unavailable`` with ``Retry-After: 1``
slow                yes        the answer is held back ``slow_seconds`` (past the client's timeout)
truncated           yes        the headers promise the whole body, half of it comes, then EOF
html_error          yes        an ingress's HTML ``504 Gateway Time-out`` page instead of the answer
==================  =========  ===================================================================

Besides random faults, ``script(kind, ...)`` forces the next requests' faults (``None``: forward
cleanly), and the extra kinds ``hang`` (never answer) and ``trickle`` (send the answer one byte at a
time, ``trickle_interval`` apart) can be scripted or set as ``mode`` for every request.

Counters: ``injected`` (a ``Counter`` by kind), ``requests``, ``forwarded``, ``paths`` (a
``Counter`` of ``METHOD path``). The proxy runs in daemon threads; ``close()`` stops it.
"""

from __future__ import annotations

import collections
import contextlib
import http.client
import json
import random
import socket
import struct
import threading
import time
from collections.abc import Iterable
from typing import Any

FAULT_KINDS: tuple[str, ...] = (
    "reset_before",
    "reset_after",
    "502",
    "502_retry_after",
    "503",
    "503_retry_after",
    "slow",
    "truncated",
    "html_error",
)
#: kinds after which the upstream has (or may have) acted on the request
FORWARDED_KINDS = frozenset({"reset_after", "slow", "truncated", "html_error"})
EXTRA_KINDS = ("hang", "trickle")

_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "transfer-encoding",
        "te",
        "trailer",
        "upgrade",
        "content-length",
    }
)

HTML_504 = (
    b"<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n"
    b"<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


class _BadRequest(Exception):
    pass


class FaultProxy:
    """``FaultProxy(upstream_port, fault_rate=0.2, seed=1)``; ``proxy.url`` is ``http://127.0.0.1:<port>``.

    ``upstream`` is ``(host, port)`` of the real server; a request's path is forwarded unchanged,
    so a deployment URL ``http://127.0.0.1:<server port>/<release>/airflow`` becomes
    ``proxy.url + "/<release>/airflow"``.
    """

    def __init__(
        self,
        upstream: tuple[str, int],
        *,
        fault_rate: float = 0.0,
        seed: int = 0,
        kinds: Iterable[str] = FAULT_KINDS,
        slow_seconds: float = 3.0,
        trickle_interval: float = 0.5,
        upstream_timeout: float = 120.0,
        max_upstream: int | None = None,
    ) -> None:
        self.upstream = upstream
        self.fault_rate = fault_rate
        self.kinds = tuple(kinds)
        for kind in self.kinds:
            if kind not in FAULT_KINDS + EXTRA_KINDS:
                raise ValueError(f"unknown fault kind {kind!r}")
        self.slow_seconds = slow_seconds
        self.trickle_interval = trickle_interval
        self.upstream_timeout = upstream_timeout
        #: at most this many requests at the upstream at once (the rest wait in the proxy): a client may
        #: make 1,000 calls at once without a small test server drowning in them
        self._upstream_slots = threading.BoundedSemaphore(max_upstream) if max_upstream else None
        #: when set, every request gets this fault (``"hang"``, ``"trickle"``, a fault kind or ``None``)
        self.mode: str | None = None
        self.rng = random.Random(seed)
        self.injected: collections.Counter[str] = collections.Counter()
        self.paths: collections.Counter[str] = collections.Counter()
        self.requests = 0
        self.forwarded = 0
        self.errors: list[str] = []
        self._script: collections.deque[str | None] = collections.deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._conns: set[socket.socket] = set()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port: int = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, name=f"faultproxy:{self.port}", daemon=True)
        self._thread.start()

    # -- control ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, *kinds: str | None) -> None:
        """Force the faults of the next requests, in order (``None``: forward cleanly)."""
        with self._lock:
            self._script.extend(kinds)

    def total_injected(self) -> int:
        return sum(self.injected.values())

    def reset_counters(self) -> None:
        with self._lock:
            self.injected.clear()
            self.paths.clear()
            self.requests = self.forwarded = 0

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- serving ---------------------------------------------------------------------------
    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._conns.add(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _decide(self, method: str, path: str) -> str | None:
        with self._lock:
            self.requests += 1
            self.paths[f"{method} {path.split('?')[0]}"] += 1
            if self._script:
                kind = self._script.popleft()
            elif self.mode is not None:
                kind = self.mode
            elif self.fault_rate > 0 and self.rng.random() < self.fault_rate:
                kind = self.rng.choice(self.kinds)
            else:
                kind = None
            if kind is not None:
                self.injected[kind] += 1
            return kind

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(self.upstream_timeout)
            reader = conn.makefile("rb")
            try:
                method, target, headers, body = _read_request(reader)
            except (_BadRequest, OSError, ValueError):
                return
            finally:
                reader.close()  # one request per connection; a socket with an open makefile never closes
            kind = self._decide(method, target)
            if kind == "reset_before":
                _reset(conn)
                return
            if kind in ("502", "502_retry_after", "503", "503_retry_after"):
                status = int(kind[:3])
                extra = [("Retry-After", "1")] if kind.endswith("retry_after") else []
                if status == 502:
                    payload, ctype = b"upstream connect error or disconnect/reset before headers", "text/plain"
                else:
                    payload, ctype = json.dumps({"error": "service unavailable"}).encode(), "application/json"
                reason = "Bad Gateway" if status == 502 else "Service Unavailable"
                conn.sendall(_response(status, reason, [("Content-Type", ctype), *extra], payload))
                return
            if kind == "hang":
                self._stop.wait(3600)
                return
            try:
                status, reason, resp_headers, resp_body = self._forward(method, target, headers, body)
            except OSError as exc:
                self.errors.append(f"{method} {target}: upstream {exc!r}")
                conn.sendall(_response(502, "Bad Gateway", [("Content-Type", "text/plain")], b"upstream failed"))
                return
            with self._lock:
                self.forwarded += 1
            if kind == "reset_after":
                _reset(conn)
                return
            if kind == "html_error":
                conn.sendall(_response(504, "Gateway Time-out", [("Content-Type", "text/html")], HTML_504))
                return
            if kind == "slow" and self._stop.wait(self.slow_seconds):
                return
            data = _response(status, reason, resp_headers, resp_body)
            if kind == "truncated":
                head_len = data.index(b"\r\n\r\n") + 4
                conn.sendall(data[: head_len + max(0, len(resp_body) // 2)])
                conn.shutdown(socket.SHUT_WR)
                return
            if kind == "trickle":
                for i in range(len(data)):
                    if self._stop.wait(self.trickle_interval if i else 0):
                        return
                    conn.sendall(data[i : i + 1])
                return
            conn.sendall(data)
        except OSError:
            pass  # the client went away (it timed out, or we reset it)
        finally:
            with self._lock:
                self._conns.discard(conn)
            with contextlib.suppress(OSError):
                conn.close()

    def _forward(
        self, method: str, target: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        if self._upstream_slots is None:
            return self._forward_now(method, target, headers, body)
        with self._upstream_slots:
            return self._forward_now(method, target, headers, body)

    def _forward_now(
        self, method: str, target: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        upstream = http.client.HTTPConnection(*self.upstream, timeout=self.upstream_timeout)
        try:
            out = [(k, v) for k, v in headers if k.lower() not in _HOP_BY_HOP]
            out.append(("Connection", "close"))
            if body or method in ("POST", "PUT", "PATCH"):
                out.append(("Content-Length", str(len(body))))
            upstream.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
            for k, v in out:
                upstream.putheader(k, v)
            upstream.endheaders(body or None)
            resp = upstream.getresponse()
            data = resp.read()
            return resp.status, resp.reason, resp.getheaders(), data
        finally:
            upstream.close()


def _read_request(reader: Any) -> tuple[str, str, list[tuple[str, str]], bytes]:
    line = reader.readline(65537)
    if not line:
        raise _BadRequest("no request")
    parts = line.decode("latin-1").rstrip("\r\n").split(" ")
    if len(parts) != 3:
        raise _BadRequest(f"bad request line {line!r}")
    method, target, _ = parts
    headers: list[tuple[str, str]] = []
    while True:
        h = reader.readline(65537)
        if h in (b"\r\n", b"\n", b""):
            break
        name, _, value = h.decode("latin-1").partition(":")
        headers.append((name.strip(), value.strip()))
    lower = {k.lower(): v for k, v in headers}
    if lower.get("transfer-encoding", "").lower() == "chunked":
        chunks = []
        while True:
            size = int(reader.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while reader.readline() not in (b"\r\n", b"\n", b""):
                    pass
                break
            chunks.append(reader.read(size))
            reader.readline()
        body = b"".join(chunks)
    else:
        body = reader.read(int(lower.get("content-length", "0") or 0))
    return method, target, headers, body


def _response(status: int, reason: str, headers: list[tuple[str, str]], body: bytes) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{k}: {v}" for k, v in headers if k.lower() not in _HOP_BY_HOP]
    lines += [f"Content-Length: {len(body)}", "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _reset(conn: socket.socket) -> None:
    """Close with RST (SO_LINGER 0) instead of FIN: the client sees 'connection reset by peer'."""
    with contextlib.suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def wait_until(predicate: Any, timeout: float = 10.0, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())
