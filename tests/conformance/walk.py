"""The conformance walk's machinery: every operation of a generated client, one checked call, coverage.

``operations(api)`` enumerates the endpoint modules of ``generated/airflow_api_<api>/api/*/*.py``
(so an operation added by a regeneration cannot be forgotten: the tests fail until it has a case).

``Walker.call(op, **kwargs)`` calls ``sync_detailed`` of one operation against the real server and
checks, for a successful call:

* the status is a documented 2xx (or the 307 of a redirecting operation) of the operation
  (``raise_on_unexpected_status`` turns any undocumented status into ``UnexpectedStatus``);
* ``.parsed`` is the documented model (not ``None``, not an error model) when the response has a
  JSON schema, and ``.to_dict()`` re-serialises it;
* the raw JSON body validates against the patched spec's response schema (``spec_check``).

Each checked call is recorded in ``COVERAGE``; the session writes ``.cache/conformance-report.txt``.
"""

from __future__ import annotations

import importlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from . import spec_check

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
REPORT = ROOT / ".cache" / "conformance-report.txt"
THRESHOLD = 0.90

_METHOD = re.compile(r'"method": "(\w+)"')
_URL = re.compile(r'"url": (?:f?)"([^"]*)"')


@dataclass(frozen=True)
class Operation:
    api: str  # "v1" | "v2"
    name: str  # "<tag>.<function>", e.g. "dag_run.get_dag_runs"
    method: str  # "GET", ...
    path: str  # as in the spec
    module: ModuleType

    def __str__(self) -> str:
        return f"{self.method} {self.path} ({self.name})"


_OPERATIONS: dict[str, dict[str, Operation]] = {}


def operations(api: str) -> dict[str, Operation]:
    if api not in _OPERATIONS:
        package = f"airflow_api_{api}"
        found = {}
        for path in sorted((GENERATED / package / "api").glob("*/*.py")):
            if path.name == "__init__.py":
                continue
            text = path.read_text()
            method, url = _METHOD.search(text), _URL.search(text)
            assert method and url, f"cannot read method/url of {path}"
            name = f"{path.parent.name}.{path.stem}"
            module = importlib.import_module(f"{package}.api.{path.parent.name}.{path.stem}")
            found[name] = Operation(api, name, method.group(1).upper(), url.group(1), module)
        _OPERATIONS[api] = found
    return _OPERATIONS[api]


def get_operations(api: str) -> list[str]:
    return [name for name, op in operations(api).items() if op.method == "GET"]


@dataclass
class Coverage:
    versions: dict[str, str] = field(default_factory=dict)  # api -> Airflow version
    exercised: dict[str, dict[str, set[int]]] = field(default_factory=dict)  # api -> op -> statuses
    undocumented: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # api -> op -> keys
    seconds: dict[str, float] = field(default_factory=dict)  # api -> wall time of its tests
    error_walk: dict[str, str] = field(default_factory=dict)  # api -> the error walk's lines (errors.py)

    def record(self, op: Operation, status: int, undocumented: set[str]) -> None:
        self.exercised.setdefault(op.api, {}).setdefault(op.name, set()).add(status)
        if undocumented:
            keys = {re.sub(r"\[\d+\]", "[]", key) for key in undocumented}
            self.undocumented.setdefault(op.api, {}).setdefault(op.name, set()).update(keys)

    def summary(self, api: str) -> dict[str, Any]:
        ops = operations(api)
        done = self.exercised.get(api, {})
        gets = [n for n, o in ops.items() if o.method == "GET"]
        return {
            "total": len(ops),
            "exercised": len([n for n in ops if n in done]),
            "gets": len(gets),
            "gets_exercised": len([n for n in gets if n in done]),
            "missing": sorted(n for n in ops if n not in done),
        }

    def report(self, unsupported: dict[str, dict[str, str]]) -> str:
        lines = ["Spec conformance walk against real Airflow servers", ""]
        for api in ("v1", "v2"):
            if api not in self.exercised:
                lines.append(f"{api}: not run")
                lines += [self.error_walk[api]] if api in self.error_walk else []
                continue
            s = self.summary(api)
            version = self.versions.get(api, "?")
            secs = self.seconds.get(api)
            lines.append(
                f"{api} (Airflow {version}): {s['exercised']}/{s['total']} operations exercised "
                f"({100 * s['exercised'] / s['total']:.1f}%), GET {s['gets_exercised']}/{s['gets']}"
                + (f", {secs:.0f} s" if secs else "")
            )
            for name in s["missing"]:
                op = operations(api)[name]
                lines.append(f"  not exercised: {op} -- {unsupported.get(api, {}).get(name, 'NO REASON GIVEN')}")
            for name, keys in sorted(self.undocumented.get(api, {}).items()):
                lines.append(f"  undocumented keys in {name}: {', '.join(sorted(keys))}")
            if DB_RETRIES.get(api):
                lines.append(f"  calls retried because SQLite was locked: {DB_RETRIES[api]}")
            if TIMEOUT_RETRIES.get(api):
                lines.append(f"  idempotent calls repeated after no answer: {TIMEOUT_RETRIES[api]}")
            if api in self.error_walk:
                lines.append(self.error_walk[api])
        return "\n".join(lines) + "\n"


COVERAGE = Coverage()
#: attempts of a call SQLite refused as locked. A backfill's write transaction meets SQLITE_BUSY at
#: once (no busy wait) while the scheduler writes; 6 attempts over 12 s ran out once in CI.
DB_ATTEMPTS = 20
TIMEOUT_RETRIES: dict[str, int] = {}  # api -> idempotent calls repeated after no answer
DB_RETRIES: dict[str, int] = {}  # api -> calls retried after a 500 "Database error" (SQLite locked)


class NoAnswer(AssertionError):
    """The server did not answer a call within the client's timeout (the server log tail is in the message).

    Raised for a call that is not safe to repeat blindly (POST); idempotent calls are retried first."""


class ConformanceError(AssertionError):
    pass


NO_JSON = object()  # the response body is empty or not JSON


@dataclass
class Walker:
    """Calls operations of one API on one real server, checking and recording each call."""

    api: str
    client: Any
    error_models: tuple[type, ...]
    anonymous: Any = None  # a client without credentials (v2: token endpoints)
    new_client: Callable[[], Any] | None = None  # v2: a client with a fresh token (logout revokes its token)
    all_admins: Any = None  # v2: a client of the api-server in all-admins mode (servers.py)
    server_log: Callable[[], str] | None = None  # the end of the API server's log, shown with a 500

    def op(self, name: str) -> Operation:
        return operations(self.api)[name]

    def call(self, name: str, *, expect: int | None = None, returns: type | None = None, **kwargs: Any) -> Any:
        """Call ``name`` and check the response; return ``.parsed`` (the httpx response for no-JSON bodies).

        ``expect``: a documented non-2xx status this call must get instead (e.g. 404 after a delete);
        such calls check the status and error model but do not count as exercised.
        ``returns``: the model ``.parsed`` must be, where the spec allows several (``anyOf``).
        """
        op = self.op(name)
        kwargs.setdefault("client", self.client)
        response = self._send(op, kwargs)
        status = int(response.status_code)
        body: Any = NO_JSON
        if response.content:
            try:
                body = json.loads(response.content)
            except ValueError:
                body = NO_JSON
        where = f"{self.api} {op}"
        if expect is not None:
            if status != expect:
                raise ConformanceError(f"{where}: expected {expect}, got {status}: {response.content[:500]!r}")
            if status >= 400 and not isinstance(response.parsed, self.error_models):
                raise ConformanceError(f"{where}: {status} parsed as {type(response.parsed).__name__}")
            return response.parsed
        if not 200 <= status < 400:  # a documented redirect (307 of /auth/login) is that operation's answer
            raise ConformanceError(f"{where}: got {status}: {response.content[:1000]!r}")
        schema = spec_check.response_schema(self.api, op.method, op.path, status)
        if schema is not None:
            if body is NO_JSON:
                raise ConformanceError(f"{where}: {status} should be JSON, got {response.content[:300]!r}")
            parsed = response.parsed
            if (parsed is None and body is not None) or isinstance(parsed, self.error_models):
                raise ConformanceError(f"{where}: parsed as {type(parsed).__name__}: {response.content[:300]!r}")
            if returns is not None and not isinstance(parsed, returns):
                raise ConformanceError(
                    f"{where}: parsed as {type(parsed).__name__}, not {returns.__name__}: {response.content[:300]!r}"
                )
            for model in parsed if isinstance(parsed, list) else [parsed]:
                if hasattr(model, "to_dict"):
                    model.to_dict()
            result = spec_check.check_body(self.api, op.method, op.path, status, body)
            if result.errors:
                shown = "\n  ".join(result.errors[:25])
                more = f"\n  ... and {len(result.errors) - 25} more" if len(result.errors) > 25 else ""
                raise ConformanceError(f"{where}: {status} response does not match the spec:\n  {shown}{more}")
            COVERAGE.record(op, status, result.undocumented)
            return parsed
        COVERAGE.record(op, status, set())
        return response.parsed if response.parsed is not None else response

    def _send(self, op: Operation, kwargs: dict[str, Any]) -> Any:
        """``sync_detailed``, retried while SQLite is locked (nothing was written then): Airflow 3 answers
        500 "Database error" (undocumented) or, creating a backfill, 503 "Database is locked"."""
        unexpected = importlib.import_module(f"airflow_api_{self.api}.errors").UnexpectedStatus
        unanswered = 0
        for attempt in range(DB_ATTEMPTS):
            last = attempt == DB_ATTEMPTS - 1
            try:
                response = op.module.sync_detailed(**kwargs)
            except httpx.TimeoutException as exc:
                # A loaded 2-core machine running three Airflows has once left a call unanswered for
                # over a minute (CI, Airflow 3 trigger): show what the server was doing, and repeat
                # the call when that is safe; the caller decides for a POST (NoAnswer).
                log = self.server_log() if self.server_log else "<no server log>"
                unanswered += 1
                if op.method == "POST" or last or unanswered > 2:
                    raise NoAnswer(f"{self.api} {op}: no answer ({exc!r})\n--- server log ---\n{log}") from exc
                TIMEOUT_RETRIES[self.api] = TIMEOUT_RETRIES.get(self.api, 0) + 1
                continue
            except unexpected as exc:
                if exc.status_code == 500 and (b"Database error" not in exc.content or last) and self.server_log:
                    raise ConformanceError(
                        f"{self.api} {op}: 500 {exc.content[:500]!r}\n--- server log ---\n{self.server_log()}"
                    ) from exc
                if exc.status_code != 500 or b"Database error" not in exc.content or last:
                    raise
            else:
                if int(response.status_code) != 503 or b"Database is locked" not in response.content or last:
                    return response
            DB_RETRIES[self.api] = DB_RETRIES.get(self.api, 0) + 1
            time.sleep(min(1.0 + attempt, 5.0))  # ~85 s in all: the scheduler's write bursts end
        raise AssertionError("unreachable")


def wait_for(what: str, check: Callable[[], Any], timeout: float = 180, interval: float = 1.0) -> Any:
    """Poll ``check()`` until it returns a truthy value; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what} (last: {last!r})")
