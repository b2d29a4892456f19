"""One deadline for a whole attempt: the request sent and its answer read completely.

httpx's timeouts bound each network operation (connect, one write, one read), so a server or
proxy that trickles its answer a few bytes at a time is never timed out by them. The clients
therefore give every attempt a budget, the largest of its httpx timeouts (60 s by default), and
stop it when the budget is spent, with the same ``APITimeoutError`` as a timed-out read:

* ``AsyncClient``: ``asyncio.timeout`` around the send;
* ``Client``: the connections of the ``httpx.Client`` it made itself read and write through
  ``_Stream``, which shortens each operation's timeout to what is left of the attempt's budget
  (``_DEADLINE``, set by ``Client._drive`` for the thread that sends). An ``http_client`` passed
  in is used as it is.
"""

from __future__ import annotations

import time
import typing
from contextvars import ContextVar

import httpx

if typing.TYPE_CHECKING:  # httpx imports httpcore only when it makes a transport: so do we (import time)
    import ssl

    import httpcore

#: ``time.monotonic()`` by which the current attempt must have its whole answer (None: no limit)
DEADLINE: ContextVar[float | None] = ContextVar("astro_airflow_deadline", default=None)


def budget(request: httpx.Request) -> float | None:
    """Seconds one attempt of ``request`` may take in all: the largest of its httpx timeouts."""
    values = [v for v in (request.extensions.get("timeout") or {}).values() if v is not None]
    return max(values) if values else None


def _left(timeout: float | None, error: str) -> float | None:
    """What is left of the attempt's budget for one operation (``error``: httpcore's exception)."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore

        raise getattr(httpcore, error)("the whole answer did not arrive within the client's timeout")
    return left if timeout is None else min(timeout, left)


class _Stream:
    """An ``httpcore.NetworkStream`` whose operations end by the attempt's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left(timeout, "ReadTimeout"))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout, "WriteTimeout"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> _Stream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, _left(timeout, "ConnectTimeout")))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _Backend:
    """An ``httpcore.NetworkBackend`` whose connections are ``_Stream``s."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> _Stream:
        timeout = _left(timeout, "ConnectTimeout")
        return _Stream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> _Stream:
        timeout = _left(timeout, "ConnectTimeout")
        return _Stream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bound(http: httpx.Client) -> bool:
    """Make the connections of ``http`` (made by us) honour ``DEADLINE``; False if httpx's
    internals are not what this version expects (then only httpx's own timeouts apply)."""
    found = False
    for transport in [http._transport, *http._mounts.values()]:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if callable(getattr(backend, "connect_tcp", None)):
            if not isinstance(backend, _Backend):
                pool._network_backend = _Backend(backend)  # type: ignore[union-attr, arg-type]
            found = True
    return found
