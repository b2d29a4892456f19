"""Small local stub deployments for the fan-out tests (``tests/facade/test_fleet.py``, ``tests/cli/test_cli_fleet.py``).

``StubFleet`` starts one stub per kind (and as many Airflow-like ones as asked), each with its own
canary credential, and records everything they receive, so a test can check that every deployment's
credential went to its own URL only. A shared ``Gauge`` counts the requests in flight across all of
them (the fan-out's concurrency bound).

Kinds: ``ok2`` / ``ok3`` answer like Airflow 2 / 3 (version, health; a DAG run that stays running),
``slow`` answers after ``slow_seconds``, ``hung`` accepts and never answers, ``dead`` is a closed
port, ``login`` an HTML login page, ``unauthorized`` 401, ``error500`` 500, ``redirect`` a 302 to
``collector`` (which must never see a request: redirects are not followed).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from .stubservers import Answer, Hung, Seen, StubServer, closed_port, json_answer, login_page

KINDS = ("ok2", "ok3", "slow", "hung", "dead", "login", "unauthorized", "error500", "redirect")
#: what each failing kind's outcome must be (the class name of the error)
EXPECTED_ERROR = {
    "slow": "FleetTimeoutError",
    "hung": "FleetTimeoutError",
    "dead": "APIConnectionError",
    "login": "APIVersionError",
    "unauthorized": "AuthenticationError",
    "error500": "InternalServerError",
    "redirect": "APIVersionError",
}
HEALTHY = {"metadatabase": {"status": "healthy"}, "scheduler": {"status": "healthy"}}


class Gauge:
    """Requests in flight, across every stub that shares it, and the most seen at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.now = 0
        self.max = 0
        self.total = 0

    def __enter__(self) -> None:
        with self._lock:
            self.now += 1
            self.total += 1
            self.max = max(self.max, self.now)

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self.now -= 1

    def reset(self) -> None:
        with self._lock:
            self.now = self.max = self.total = 0


def canary(kind: str) -> str:
    return f"canary-{kind}-{secrets.token_hex(8)}"


def airflow_like(major: int, key: str, gauge: Gauge | None = None, latency: float = 0.0) -> Callable[[Seen], Answer]:
    """An Airflow ``major`` that wants ``Authorization: <key>`` (its version and health are public, as
    on Airflow) and has one DAG ``probe`` whose run ``r1`` stays running."""
    root = "/api/v1" if major == 2 else "/api/v2"
    version = "2.10.5" if major == 2 else "3.0.2"

    def handle(seen: Seen) -> Answer:
        with gauge or _NoGauge():
            if latency:
                time.sleep(latency)
            path = seen.path.split("?")[0]
            if path == f"{root}/version":
                return json_answer(200, {"version": version, "git_version": None})
            if path in ("/api/v1/health", "/api/v2/monitor/health") and path.startswith(root):
                return json_answer(200, HEALTHY)
            if not path.startswith(root + "/"):
                return json_answer(404, {"detail": "Not Found"})
            if seen.headers.get("Authorization") != key:
                return json_answer(401, {"detail": "Unauthorized"})
            if path.endswith("/dags/probe/dagRuns/r1"):
                return json_answer(200, {"dag_id": "probe", "dag_run_id": "r1", "state": "running"})
            return json_answer(404, {"detail": f"nothing at {path}"})

    return handle


class _NoGauge:
    def __enter__(self) -> None:
        pass

    def __exit__(self, *exc: object) -> None:
        pass


@attrs.define
class Stub:
    kind: str
    url: str
    #: the credential this deployment's client sends (``APIKey``: the header is the canary itself)
    canary: str
    server: StubServer | Hung | None = None

    @property
    def requests(self) -> list[Seen]:
        return list(self.server.requests) if isinstance(self.server, StubServer) else []


class StubFleet:
    """One stub deployment per kind (``kinds``), plus ``extra_ok`` more ``ok3`` stubs (``ok3-1`` ...)."""

    def __init__(
        self,
        kinds: tuple[str, ...] = KINDS,
        *,
        extra_ok: int = 0,
        slow_seconds: float = 5.0,
        latency: float = 0.0,
        gauge: Gauge | None = None,
    ) -> None:
        self.gauge = gauge or Gauge()
        self.stubs: dict[str, Stub] = {}
        self._closers: list[Callable[[], None]] = []
        self.collector = self._serve(lambda seen: json_answer(200, {"collected": True}))
        for kind in kinds:
            self.stubs[kind] = self._start(kind, slow_seconds, latency)
        for i in range(extra_ok):
            self.stubs[f"ok3-{i}"] = self._start("ok3", slow_seconds, latency)

    def _serve(self, handler: Callable[[Seen], Answer]) -> StubServer:
        server = StubServer(handler)
        self._closers.append(server.close)
        return server

    def _start(self, kind: str, slow_seconds: float, latency: float) -> Stub:
        key = canary(kind)
        if kind in ("ok2", "ok3"):
            server = self._serve(airflow_like(2 if kind == "ok2" else 3, key, self.gauge, latency))
            return Stub(kind, server.url, key, server)
        if kind == "slow":

            def slow(seen: Seen) -> Answer:
                time.sleep(slow_seconds)
                return json_answer(200, {"version": "3.0.2"})

            server = self._serve(slow)
            return Stub(kind, server.url, key, server)
        if kind == "hung":
            hung = Hung()
            self._closers.append(hung.close)
            return Stub(kind, hung.url, key, hung)
        if kind == "dead":
            return Stub(kind, f"http://127.0.0.1:{closed_port()}", key)
        if kind == "login":
            server = self._serve(login_page)
        elif kind == "unauthorized":
            server = self._serve(lambda seen: json_answer(401, {"detail": "Unauthorized"}))
        elif kind == "error500":
            server = self._serve(lambda seen: json_answer(500, {"detail": "Internal Server Error"}))
        elif kind == "redirect":
            target = self.collector.url
            server = self._serve(lambda seen: (302, {"Location": f"{target}{seen.path}"}, b""))
        else:
            raise ValueError(kind)
        return Stub(kind, server.url, key, server)

    def __iter__(self) -> Iterator[Stub]:
        return iter(self.stubs.values())

    def __getitem__(self, name: str) -> Stub:
        return self.stubs[name]

    @property
    def canaries(self) -> dict[str, str]:
        return {name: stub.canary for name, stub in self.stubs.items()}

    def assert_credentials_stayed_home(self, foreign: Sequence[str] = ()) -> int:
        """Each stub saw only its own canary (or no credential), and no other secret anywhere in what it
        received; the collector (behind the redirect) saw nothing. Returns the requests checked."""
        checked = 0
        others_of = {name: [c for n, c in self.canaries.items() if n != name] + list(foreign) for name in self.stubs}
        for name, stub in self.stubs.items():
            for seen in stub.requests:
                checked += 1
                header = seen.headers.get("Authorization")
                assert header in (None, stub.canary), f"{name} got a credential that is not its own"
                text = json.dumps([seen.method, seen.path, seen.headers]) + seen.body.decode(errors="replace")
                for other in others_of[name]:
                    assert other not in text, f"another deployment's secret reached {name}"
        assert self.collector.requests == [], "a redirect was followed: a credential could have left its host"
        return checked

    def close(self) -> None:
        # each server's shutdown waits up to its poll interval (0.5 s): all at once
        threads = [threading.Thread(target=close) for close in self._closers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


def secrets_in(text: str, values: Any) -> list[str]:
    """The values (secrets) that appear in ``text``."""
    return [v for v in values if v and v in text]
