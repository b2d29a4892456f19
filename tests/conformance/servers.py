"""The real Airflow servers of the conformance walk: the harness's ``AirflowServer``, own instance each.

The walk deletes DAG runs, pauses DAGs, adds users and roles and writes a DAG file that fails to
import, so it does not share the session's ``airflow2``/``airflow3`` servers with the other tests:
each test module starts its own server (``scripts/airflow_server.py``) on a per-server DAG folder
holding the test DAGs of ``tests/airflow/dags`` plus ``tests/conformance/dags`` (datasets/assets,
a mapped task in a task group, a human-in-the-loop task, a DAG file that fails to import), with the
config switches some endpoints need (``extra_env``). Airflow 3 also gets a second api-server on the
same database in the simple auth manager's all-admins mode, the only mode in which its two
``GET /auth/token*`` operations answer.

To iterate without restarting Airflow, start one by hand and point the tests at it::

    .venv/bin/python tests/conformance/servers.py 3      # prints the export line, runs until Ctrl-C
    export ASTRO_CONFORMANCE_SERVER_3='{"base_url": ..., ...}'
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from airflow_server import AirflowServer, free_port  # noqa: E402

HERE = Path(__file__).resolve().parent
CONFORMANCE_DAGS = HERE / "dags"
TEST_DAGS = ROOT / "tests" / "airflow" / "dags"


def extra_env(major: int) -> dict[str, str]:
    """Config the walk needs beyond the harness defaults (applied last by AirflowServer)."""
    env = {
        # POST /connections/test answers 403 while connection testing is disabled (the default)
        "AIRFLOW__CORE__TEST_CONNECTION": "Enabled",
    }
    if major == 3:
        env.update(
            {
                # a task log handler with external links: GET .../externalLogUrl/{try} answers 200
                "AIRFLOW__LOGGING__LOGGING_CONFIG_CLASS": "conformance_logging.LOGGING_CONFIG",
                "PYTHONPATH": os.pathsep.join([str(HERE / "airflow"), str(ROOT / "tests" / "airflow")]),
            }
        )
    return env


@dataclass
class Target:
    """What the walk needs to talk to one server."""

    major: int
    version: str
    base_url: str  # deployment URL, without /api/vN
    username: str
    password: str
    api_key: str | None  # Airflow 2: raw key for ``Authorization: <key>``
    dags_folder: Path
    home: Path  # AIRFLOW_HOME (logs, harness-logs/)
    all_admins_url: str | None = None  # Airflow 3: deployment URL of the all-admins api-server

    def server_log(self, lines: int = 80) -> str:
        """The end of the webserver's (Airflow 2) or api-server's (Airflow 3) log."""
        path = self.home / "harness-logs" / ("webserver.log" if self.major == 2 else "api-server.log")
        try:
            return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
        except OSError as exc:
            return f"<cannot read {path}: {exc}>"

    def to_json(self) -> str:
        return json.dumps({**self.__dict__, "dags_folder": str(self.dags_folder), "home": str(self.home)})

    @classmethod
    def from_json(cls, text: str) -> Target:
        data: dict[str, Any] = json.loads(text)
        data["dags_folder"] = Path(data["dags_folder"])
        data["home"] = Path(data["home"])
        return cls(**data)


def dags_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="conformance-dags-"))
    for source in (TEST_DAGS, CONFORMANCE_DAGS):
        for path in source.glob("*.py"):
            shutil.copy(path, folder / path.name)
    return folder


def start(major: int) -> tuple[AirflowServer, Target]:
    folder = dags_folder()
    home = Path(tempfile.mkdtemp(prefix=f"conformance-airflow{major}-home-"))
    server = AirflowServer(
        major=major, dags_folder=folder, env=extra_env(major), airflow_home=home, wait_for_dags=False
    )
    try:
        server.start()
        target = Target(
            major=major,
            version=server.version,
            base_url=server.base_url,
            username=server.username,
            password=server.password,
            api_key=server.api_key if major == 2 else None,
            dags_folder=folder,
            home=home,
        )
        if major == 3:
            target.all_admins_url = _start_all_admins(server)
    except BaseException:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server, target


def _start_all_admins(server: AirflowServer) -> str:
    """A second api-server on the same database with ``[core] simple_auth_manager_all_admins``.

    Spawned like the harness's own processes, so ``server.stop()`` (and its reaper) end it too.
    """
    port = free_port()
    base_url = f"http://127.0.0.1:{port}{server.prefix}"
    # The harness has no public API for an extra process: its private _build_env/_spawn it is.
    env = {
        **server._build_env(),
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
        "AIRFLOW__API__BASE_URL": base_url,
        "AIRFLOW__API__PORT": str(port),
    }
    name = "api-server-all-admins"
    server._spawn(name, ["api-server", "--port", str(port), "--host", "127.0.0.1", "--workers", "1"], env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.procs[name].poll() is not None:
            raise RuntimeError(f"the all-admins api-server exited:\n{server.tail_logs(names=[name])}")
        try:
            with urllib.request.urlopen(f"{base_url}/api/v2/monitor/health", timeout=5) as response:
                if response.status == 200:
                    return base_url
        except OSError:
            pass
        time.sleep(1)
    raise RuntimeError(f"the all-admins api-server did not answer within 120 s:\n{server.tail_logs(names=[name])}")


def stop(server: AirflowServer, target: Target) -> None:
    server.stop()
    for path in (target.dags_folder, target.home):
        shutil.rmtree(path, ignore_errors=True)


def from_environment(major: int) -> Target | None:
    text = os.environ.get(f"ASTRO_CONFORMANCE_SERVER_{major}")
    return Target.from_json(text) if text else None


if __name__ == "__main__":
    major = int(sys.argv[1])
    # SIGTERM ends this process through the finally below (the harness's handler chains to this one)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    srv, tgt = start(major)
    print(f"export ASTRO_CONFORMANCE_SERVER_{major}='{tgt.to_json()}'", flush=True)
    print(json.dumps(srv.info(), indent=2), flush=True)
    try:
        while srv.is_running():
            time.sleep(2)
        print("a server process exited:\n" + srv.tail_logs(lines=40), flush=True)
    finally:
        stop(srv, tgt)
