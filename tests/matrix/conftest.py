"""The server matrix: the churn subset (``_churn.py``) against Airflow releases other than the pins.

``matrix_server`` (session, parametrized by version) -> a started ``AirflowServer`` of that release,
one at a time: pytest groups the tests by server, and a server is stopped as soon as the tests of
the next version begin (pytest finalizes a session fixture's previous parameter then). Each has its
own port and ``AIRFLOW_HOME`` and loads the test plugin (``tests/airflow/plugins``).

``ASTRO_AIRFLOW_MATRIX_ATTACH=<servers.json>`` (the older-pins run, tests/matrix/test_older_pins.py):
the servers of that file (``AirflowServer.info()`` of each) are used as they are, nothing is started,
and the results go to ``ASTRO_AIRFLOW_MATRIX_RESULTS=<file>`` as JSON.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
for extra in (HERE, HERE.parent / "facade"):  # _calls/_churn/_report, and the facade tests' _clients
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

import _report  # noqa: E402
import airflow_server  # noqa: E402
import install_airflow  # noqa: E402
from _calls import CALLED, Calls  # noqa: E402
from _churn import Env  # noqa: E402
from _clients import make_async_client, make_client  # noqa: E402
from _xcom_run import finished_xcom_run  # noqa: E402
from airflow_server import AirflowServer  # noqa: E402

PLUGINS = HERE.parent / "airflow" / "plugins"
ATTACH = os.environ.get("ASTRO_AIRFLOW_MATRIX_ATTACH")


def _attached() -> dict[str, dict[str, Any]]:
    return {s["version"]: s for s in json.loads(Path(ATTACH).read_text())} if ATTACH else {}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "matrix_server" in metafunc.fixturenames:
        versions = list(_attached()) if ATTACH else list(_report.MATRIX_VERSIONS)
        metafunc.parametrize("matrix_server", versions, indirect=True, scope="session")


_INSTALLS: dict[str, concurrent.futures.Future[Any]] = {}


def pytest_collection_finish(session: pytest.Session) -> None:
    """A fresh clone has none of the matrix's releases installed (~80 s each): install the missing ones
    in the background at once, one at a time and niced, while the rest of the suite runs."""
    wanted: set[str] = set()
    for item in session.items if not ATTACH else []:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and "matrix_server" in callspec.params:
            wanted.add(str(callspec.params["matrix_server"]))
    missing = sorted(v for v in wanted if not install_airflow.is_installed(v))
    if missing:
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="matrix-install")
        for version in missing:
            _INSTALLS[version] = pool.submit(install_airflow.install, version, quiet=True, nice=10)
        pool.shutdown(wait=False)


@pytest.fixture(scope="session")
def matrix_server(request: pytest.FixtureRequest) -> Iterator[AirflowServer]:
    version = str(request.param)
    if ATTACH:
        yield AirflowServer.attach(_attached()[version])
        return
    if version in _INSTALLS:
        _INSTALLS[version].result()  # its background install (fails here, in the test, if it failed)
    airflow_server.install_cleanup_handlers()
    srv = _STARTED[version] = AirflowServer(version=version, env={"AIRFLOW__CORE__PLUGINS_FOLDER": str(PLUGINS)})
    try:
        yield srv.start()
    finally:
        srv.stop()


_STARTED: dict[str, AirflowServer] = {}


def _version_of(item: pytest.Item | None) -> str | None:
    callspec = getattr(item, "callspec", None)
    return str(callspec.params["matrix_server"]) if callspec and "matrix_server" in callspec.params else None


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """A matrix server is stopped after its last test, not at the end of the session (pytest keeps the
    last parameter of a session fixture until then): the tests after tests/matrix get its CPU back."""
    version = _version_of(item)
    if version in _STARTED and _version_of(nextitem) != version:
        _STARTED.pop(version).stop()


_ENVS: dict[str, Env] = {}


@pytest.fixture
def churn_env(matrix_server: AirflowServer) -> Env:
    """The server's churn environment (its finished ``xcom_logs`` run), one per server and session."""
    if matrix_server.version not in _ENVS:
        run = finished_xcom_run(matrix_server)
        api = "v1" if matrix_server.major == 2 else "v2"
        _ENVS[matrix_server.version] = Env(server=matrix_server, api=api, run=run, plugins=not ATTACH)
    return _ENVS[matrix_server.version]


@pytest.fixture(params=["sync", "async"])
async def calls(request: pytest.FixtureRequest, matrix_server: AirflowServer) -> Any:
    called = CALLED.setdefault((matrix_server.version, request.param), set())
    if request.param == "sync":
        with make_client(matrix_server) as client:
            yield Calls(client, called)
    else:
        async with make_async_client(matrix_server) as aclient:
            yield Calls(aclient, called)


def pytest_sessionfinish(session: pytest.Session) -> None:
    results = os.environ.get("ASTRO_AIRFLOW_MATRIX_RESULTS")
    if results:
        import airflow_api_v1
        import airflow_api_v2

        rows = {key: vars(row) for key, row in _report.ROWS.items()}
        misses = {v: sorted(e.raw_misses) for v, e in _ENVS.items()}
        generated = {m.__name__: str(Path(m.__file__ or "").parent) for m in (airflow_api_v1, airflow_api_v2)}
        Path(results).write_text(json.dumps({"rows": rows, "raw_misses": misses, "generated": generated}, indent=2))
