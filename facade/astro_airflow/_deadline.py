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

A ``Fleet`` (``_fleet.py``) also gives each of its worker threads a ``Limit``: the time by which that
deployment's work must end, and the fan-out's cancellation. ``Client._drive`` then ends every attempt
by the limit (``attempt_deadline``), sleeps between retries and polls only until it (``sleep``), and
raises ``LimitReached`` past it or once cancelled: a slow or hung deployment frees its thread at its
timeout, whatever the call was doing (retrying, ``dag_runs.wait`` polling ...).
"""

from __future__ import annotations

import contextlib
import threading
import time
import typing
from contextvars import ContextVar

import httpx

if typing.TYPE_CHECKING:  # httpx imports httpcore only when it makes a transport: so do we (import time)
    import ssl

    import httpcore

#: ``time.monotonic()`` by which the current attempt must have its whole answer (None: no limit)
DEADLINE: ContextVar[float | None] = ContextVar("astro_airflow_deadline", default=None)


#: the fan-out limit of the current thread's work (None: none)
LIMIT: ContextVar[Limit | None] = ContextVar("astro_airflow_limit", default=None)


class LimitReached(Exception):
    """The current thread's fan-out limit passed, or the fan-out was cancelled (``Fleet`` turns it
    into ``FleetTimeoutError``). Not an ``AirflowError``: no call catches it on the way out."""


class Limit:
    """By when (``time.monotonic()``) one deployment's work in a fan-out must end, and whether the
    fan-out was cancelled."""

    __slots__ = ("cancelled", "deadline")

    def __init__(self, deadline: float | None, cancelled: threading.Event) -> None:
        self.deadline = deadline
        self.cancelled = cancelled

    def left(self) -> float | None:
        """Seconds left (raises ``LimitReached`` when none are, or when cancelled); None: no deadline."""
        if self.cancelled.is_set():
            raise LimitReached("the fan-out was cancelled")
        if self.deadline is None:
            return None
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise LimitReached("the fan-out's timeout for this deployment passed")
        return left


def attempt_deadline(seconds: float | None) -> float | None:
    """When one attempt with a budget of ``seconds`` must end: its own budget, or the thread's fan-out
    limit when that comes first (``LimitReached`` when it has passed)."""
    end = None if seconds is None else time.monotonic() + seconds
    limit = LIMIT.get()
    if limit is None:
        return end
    left = limit.left()
    if left is None:
        return end
    return time.monotonic() + left if end is None else min(end, time.monotonic() + left)


def sleep(seconds: float) -> None:
    """``time.sleep``, cut short by the thread's fan-out limit (then ``LimitReached``) or its cancellation."""
    limit = LIMIT.get()
    if limit is None:
        time.sleep(seconds)
        return
    left = limit.left()
    if limit.cancelled.wait(seconds if left is None else min(seconds, left)):
        raise LimitReached("the fan-out was cancelled")
    if left is not None and left <= seconds:
        raise LimitReached("the fan-out's timeout for this deployment passed")


def remaining() -> float | None:
    """Seconds left before the thread's fan-out limit (None: no limit; ``LimitReached`` if passed)."""
    limit = LIMIT.get()
    return None if limit is None else limit.left()


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
        # shut the socket down first: unlike close(), that wakes a thread blocked reading it (closing a
        # fan-out's clients on Ctrl-C ends the requests in flight at once)
        sock = self._stream.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(2)  # socket.SHUT_RDWR
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
