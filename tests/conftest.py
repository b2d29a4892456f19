"""Session fixtures that run REAL Airflow servers (see scripts/airflow_server.py).

Fixtures
--------
``airflow2``  (session) -> ``AirflowServer`` running Airflow 2.x (Astronomer Software shape,
              ``/api/v1``, raw API key auth).
``airflow3``  (session) -> ``AirflowServer`` running Airflow 3.x (``/api/v2``, Bearer JWT).
``airflow``   (function, parametrized ``["2", "3"]``, ids ``airflow2``/``airflow3``) -> one of
              the two above, so a test runs against both.
``airflow_server_factory`` (function) -> ``factory(major, **kwargs) -> AirflowServer``: a
              private, started server (e.g. ``env={"AIRFLOW__API_AUTH__JWT_EXPIRATION_TIME": "5"}``)
              stopped at the end of the test.

Servers start lazily: only the majors that the collected tests request are
started, and they start in background threads as soon as the session begins
(both at once), so Airflow 3 boots while Airflow 2 tests already run.  Airflow
is installed into ``.cache/airflow/venv-<version>`` when missing -- never skipped.

Tests that use these fixtures get the ``integration`` marker automatically.

Environment knobs: ``ASTRO_AIRFLOW_REUSE=1`` (development) uses the servers that
``scripts/airflow_server.py start --major N`` left running instead of starting new ones;
``ASTRO_AIRFLOW_PRESTART=0`` disables the background
pre-start (servers then start on first use); ``ASTRO_AIRFLOW_KEEP_HOME=1`` keeps
each server's temporary AIRFLOW_HOME (logs, sqlite) after the run.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPTS_DIR = REPO_ROOT / "scripts"
if str(SCRIPTS_DIR) not in sys.path:
    sys.path.insert(0, str(SCRIPTS_DIR))

import airflow_server  # noqa: E402
from airflow_server import AirflowServer  # noqa: E402

sys.path.insert(0, str(REPO_ROOT / "tests" / "matrix"))
import _report  # noqa: E402  (the version matrix of README.md, from this run's results)

_FIXTURE_MAJORS = {"airflow2": {"2"}, "airflow3": {"3"}}
_NEEDED_MAJORS: set[str] = set()


def pytest_addoption(parser: pytest.Parser) -> None:
    # tests/reliability's option, registered here so that a run of the whole tree knows it too
    parser.addoption(
        "--triggers",
        type=int,
        default=None,
        help="triggers per server in the fault-injection storm of tests/reliability (e.g. 1000)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "integration: talks to a real Airflow server (fixtures airflow2 / airflow3 / airflow)",
    )


def _majors_for(item: pytest.Item) -> set[str]:
    names = set(getattr(item, "fixturenames", ()))
    majors: set[str] = set()
    for fixture, ms in _FIXTURE_MAJORS.items():
        if fixture in names:
            majors |= ms
    if "airflow" in names:
        callspec = getattr(item, "callspec", None)
        param = callspec.params.get("airflow") if callspec else None
        majors |= {str(param)} if param is not None else {"2", "3"}
    return majors


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        majors = _majors_for(item)
        if majors or "airflow_server_factory" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.integration)
    _report.label_items(items, _majors_for)


def pytest_collection_finish(session: pytest.Session) -> None:
    # after -k/-m deselection: only the servers the tests that will run need are started
    for item in session.items:
        _NEEDED_MAJORS.update(_majors_for(item))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _report.record(report)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    _report.finish(config, exitstatus, terminalreporter)


class _ServerPool:
    """Starts each major at most once (in a thread), hands out the running server."""

    def __init__(self) -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="airflow")
        self._futures: dict[str, concurrent.futures.Future] = {}
        self._servers: list[AirflowServer] = []
        self._lock = threading.Lock()

    def _start(self, major: str) -> AirflowServer:
        state = airflow_server.STATE_DIR / f"airflow{major}.json"
        if os.environ.get("ASTRO_AIRFLOW_REUSE") == "1" and state.exists():
            # development only: the servers of `scripts/airflow_server.py start --major N`, left running
            import json

            return AirflowServer.attach(json.loads(state.read_text()))
        srv = AirflowServer(major=int(major))
        with self._lock:
            self._servers.append(srv)
        srv.start()
        _RUNNING.append(srv)
        return srv

    def prestart(self, major: str) -> concurrent.futures.Future:
        with self._lock:
            fut = self._futures.get(major)
            if fut is None:
                fut = self._executor.submit(self._start, major)
                self._futures[major] = fut
            return fut

    def get(self, major: str) -> AirflowServer:
        return self.prestart(major).result()

    def stop_all(self) -> None:
        with self._lock:
            servers = list(self._servers)
        for fut in list(self._futures.values()):
            # let a start in progress finish (or fail: already reported to the tests) first
            with contextlib.suppress(Exception):
                fut.result(timeout=600)
        stoppers = [threading.Thread(target=srv.stop, name=f"stop-{srv.major}") for srv in servers]
        for t in stoppers:
            t.start()
        for t in stoppers:
            t.join()
        self._executor.shutdown(wait=True)


_RUNNING: list[AirflowServer] = []  # the session's servers, for failure reports


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """A test that failed because a server gave no answer gets the end of the servers' logs in its
    report: what Airflow was doing is otherwise lost with the server's temporary home."""
    report = yield
    timed_out = call.excinfo is not None and any(
        "Timeout" in type(exc).__name__ or "timed out" in str(exc)[:300] for exc in _chain(call.excinfo.value)
    )
    if report.failed and timed_out:
        for srv in list(_RUNNING):
            logs = srv.tail_logs(
                40, names=["webserver", "api-server", "execution-api-server", "scheduler", "dag-processor"]
            )
            report.sections.append((f"Airflow {srv.major} server logs (last 40 lines each)", logs))
    return report


def _chain(exc: BaseException | None) -> list[BaseException]:
    seen: list[BaseException] = []
    while exc is not None and exc not in seen and len(seen) < 10:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


@pytest.fixture(scope="session", autouse=True)
def _airflow_pool(request: pytest.FixtureRequest):
    """Session-wide server pool; pre-starts the majors the collected tests need."""
    pool = _ServerPool()
    if _NEEDED_MAJORS:
        # atexit + SIGTERM/SIGINT/SIGHUP handlers (main thread), so killing the run leaves
        # nothing; each server also has a reaper process that kills it if this process dies.
        airflow_server.install_cleanup_handlers()
    if _NEEDED_MAJORS and os.environ.get("ASTRO_AIRFLOW_PRESTART", "1") != "0":
        for major in sorted(_NEEDED_MAJORS):
            pool.prestart(major)
    try:
        yield pool
    finally:
        pool.stop_all()


def _get_server(request: pytest.FixtureRequest, major: str) -> AirflowServer:
    airflow_server.install_cleanup_handlers()  # main thread: signal handlers too
    return request.getfixturevalue("_airflow_pool").get(major)


@pytest.fixture(scope="session")
def airflow2(request: pytest.FixtureRequest) -> AirflowServer:
    """A running Airflow 2.x server (Astronomer Software shape)."""
    return _get_server(request, "2")


@pytest.fixture(scope="session")
def airflow3(request: pytest.FixtureRequest) -> AirflowServer:
    """A running Airflow 3.x server."""
    return _get_server(request, "3")


@pytest.fixture(params=["2", "3"], ids=["airflow2", "airflow3"])
def airflow(request: pytest.FixtureRequest) -> AirflowServer:
    """Parametrized over both servers: the test runs once per major."""
    return request.getfixturevalue(f"airflow{request.param}")


@pytest.fixture
def airflow_server_factory():
    """``factory(major, **AirflowServer kwargs)`` -> a private started server,
    stopped when the test ends."""
    airflow_server.install_cleanup_handlers()
    started: list[AirflowServer] = []

    def factory(major: int | str, **kwargs) -> AirflowServer:
        srv = AirflowServer(major=int(major), **kwargs)
        started.append(srv)
        return srv.start()

    yield factory
    for srv in started:
        srv.stop()
