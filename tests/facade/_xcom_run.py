"""A finished run of the ``xcom_logs`` test DAG per server (imported by tests as ``_xcom_run``): its task
``push`` pushed XComs (``return_value`` and ``extra``) and left event log entries. Triggered once per
server and test session, through the facade (``dags.trigger`` + ``dag_runs.wait``)."""

from __future__ import annotations

import uuid
from typing import Any

from _clients import make_client
from astro_airflow import DagRun

#: the DAG's task and what it pushes (tests/airflow/dags/xcom_logs.py)
TASK = "push"
PUSHED = {"return_value": {"status": "ok", "value": 7}, "extra": {"answer": 42, "items": [1, 2, 3]}}

_RUNS: dict[str, DagRun] = {}


def finished_xcom_run(server: Any) -> DagRun:
    """The run, succeeded (Airflow 2's sequential executor may queue it behind others' runs: 300 s)."""
    if server.base_url not in _RUNS:
        with make_client(server) as client:
            run = client.dags.trigger("xcom_logs", run_id=f"astro_xcom_{uuid.uuid4().hex[:10]}")
            done = client.dag_runs.wait("xcom_logs", run.run_id, timeout=300, poll_interval=1)
        assert done.succeeded, f"xcom_logs run {run.run_id} finished {done.state}"
        _RUNS[server.base_url] = done
    return _RUNS[server.base_url]
