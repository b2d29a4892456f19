"""Tiny local HTTP servers that play what a client can meet instead of Airflow's API.

``StubServer(handler)`` runs a stdlib ``ThreadingHTTPServer`` on 127.0.0.1 in a daemon thread;
``handler(request) -> (status, headers, body)`` answers every method; ``server.requests``
records what arrived (method, path, headers), so a test can check what a client sent where.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs


@attrs.frozen
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Answer = tuple[int, dict[str, str], bytes]
Handler = Callable[[Seen], Answer]


class StubServer:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[Seen] = []
        stub = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                seen = Seen(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
                stub.requests.append(seen)
                status, headers, body = stub.handler(seen)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = _any

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class _Server(ThreadingHTTPServer):
            request_queue_size = 512  # a client may open 100 connections at once

        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name=f"stub:{self.port}", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> StubServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def json_answer(status: int, body: Any, headers: dict[str, str] | None = None) -> Answer:
    return status, {"Content-Type": "application/json", **(headers or {})}, json.dumps(body).encode()


def html_answer(status: int, html: str) -> Answer:
    return status, {"Content-Type": "text/html; charset=utf-8"}, html.encode()


LOGIN_PAGE = (
    "<!DOCTYPE html><html><head><title>Log In | Astronomer</title></head>"
    "<body><form action='/login'><input name='username'><input type='password'></form></body></html>"
)


def login_page(seen: Seen) -> Answer:
    """What a request misrouted to Astronomer's UI gets: the login page, with 200."""
    return html_answer(200, LOGIN_PAGE)


def other_json_service(seen: Seen) -> Answer:
    """Some other JSON service (not Airflow) on the URL."""
    return json_answer(200, {"service": "inventory", "status": "ok", "items": []})


def lookalike(seen: Seen) -> Answer:
    """A JSON service that answers ``{"version": ...}`` at every ``version`` path (so detection
    accepts it) and shapes that are not Airflow's everywhere else."""
    path = seen.path.split("?")[0]
    if path.endswith("/version"):
        return json_answer(200, {"version": "3.1.4", "git_version": None})
    if path.endswith("/dagRuns"):
        return json_answer(200, ["not", "an", "object"])
    return json_answer(200, {"ok": True})


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Hung:
    """A TCP listener that accepts connections and never answers (until ``close()``)."""

    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._conns: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._sock.settimeout(0.2)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._conns.append(conn)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for conn in self._conns:
            conn.close()
        self._sock.close()

    def __enter__(self) -> Hung:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
