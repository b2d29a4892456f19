"""The real Airflow servers of the conformance walk: the harness's ``AirflowServer``, own instance each.

The walk deletes DAG runs, pauses DAGs, adds users and roles and writes a DAG file that fails to
import, so it does not share the session's ``airflow2``/``airflow3`` servers with the other tests:
each test module starts its own server (``scripts/airflow_server.py``) on a per-server DAG folder
holding the test DAGs of ``tests/airflow/dags`` plus ``tests/conformance/dags`` (datasets/assets,
a mapped task in a task group, a human-in-the-loop task, a DAG file that fails to import), with the
config switches some endpoints need.

To iterate without restarting Airflow, start one by hand and point the tests at it::

    .venv/bin/python tests/conformance/servers.py 2      # prints the export line, runs until Ctrl-C
    export ASTRO_CONFORMANCE_SERVER_2='{"base_url": ..., ...}'
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from airflow_server import AirflowServer  # noqa: E402

CONFORMANCE_DAGS = Path(__file__).resolve().parent / "dags"
TEST_DAGS = ROOT / "tests" / "airflow" / "dags"

# Config the walk needs beyond the harness defaults.
EXTRA_ENV = {
    # POST /connections/test answers 403 while connection testing is disabled (the default)
    "AIRFLOW__CORE__TEST_CONNECTION": "Enabled",
    # Airflow 3: the triggerer runs the human-in-the-loop task while it waits for its answer
}


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

    def to_json(self) -> str:
        return json.dumps({**self.__dict__, "dags_folder": str(self.dags_folder)})

    @classmethod
    def from_json(cls, text: str) -> Target:
        data: dict[str, Any] = json.loads(text)
        data["dags_folder"] = Path(data["dags_folder"])
        return cls(**data)


def dags_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="conformance-dags-"))
    for source in (TEST_DAGS, CONFORMANCE_DAGS):
        for path in source.glob("*.py"):
            shutil.copy(path, folder / path.name)
    return folder


def start(major: int) -> tuple[AirflowServer, Target]:
    folder = dags_folder()
    server = AirflowServer(major=major, dags_folder=folder, env=EXTRA_ENV, wait_for_dags=False)
    server.start()
    target = Target(
        major=major,
        version=server.version,
        base_url=server.base_url,
        username=server.username,
        password=server.password,
        api_key=server.api_key if major == 2 else None,
        dags_folder=folder,
    )
    return server, target


def from_environment(major: int) -> Target | None:
    text = os.environ.get(f"ASTRO_CONFORMANCE_SERVER_{major}")
    return Target.from_json(text) if text else None


if __name__ == "__main__":
    major = int(sys.argv[1])
    srv, tgt = start(major)
    print(f"export ASTRO_CONFORMANCE_SERVER_{major}='{tgt.to_json()}'", flush=True)
    print(json.dumps(srv.info(), indent=2), flush=True)
    try:
        while srv.is_running():
            time.sleep(2)
    finally:
        srv.stop()
        shutil.rmtree(tgt.dags_folder, ignore_errors=True)
