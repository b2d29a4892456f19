"""``astro-airflow xcom | import-errors | event-logs | providers | plugins`` against REAL Airflow 2 and 3.

The XComs and event logs are those of a run of the ``xcom_logs`` test DAG, triggered here through
the CLI (``trigger --wait``) once per server; the import error is the one of
``tests/airflow/dags/_broken_dag.py``, a file that fails to import on purpose.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from _runner import WAIT, Runner
from astro_airflow.cli import EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE, main

_RUNS: dict[str, str] = {}


def xcom_run(cli: Runner) -> str:
    """The run id of a finished run of xcom_logs on the runner's server (triggered once)."""
    url = cli.server.base_url
    if url not in _RUNS:
        r = cli("--json", "trigger", "xcom_logs", "--wait", "--timeout", WAIT, "--poll-interval", "1")
        assert r.code == EXIT_OK, r.err
        assert r.json()["state"] == "success"
        _RUNS[url] = r.json()["run_id"]
    return _RUNS[url]


def test_xcom_list_and_get(cli: Runner) -> None:
    run_id = xcom_run(cli)
    r = cli("xcom", "list", "xcom_logs", run_id, "push")
    assert r.code == EXIT_OK, r.err
    lines = r.out.splitlines()
    assert lines[0].split() == ["KEY", "MAP_INDEX", "TIMESTAMP"]
    assert sorted(line.split()[0] for line in lines[1:]) == ["extra", "return_value"]
    r = cli("--json", "xcom", "list", "xcom_logs", run_id, "push")
    entries = r.json()
    assert {e["key"] for e in entries} == {"extra", "return_value"}
    assert all(e["run_id"] == run_id and e["map_index"] == -1 and "value" not in e for e in entries)
    assert cli("--json", "xcom", "list", "xcom_logs", run_id, "push", "--map-index", "0").json() == []

    r = cli("xcom", "get", "xcom_logs", run_id, "push", "extra")  # the bare value, as JSON
    assert r.code == EXIT_OK, r.err
    assert json.loads(r.out) == {"answer": 42, "items": [1, 2, 3]}
    r = cli("xcom", "get", "xcom_logs", run_id, "push", "return_value", "--json")
    assert r.json()["value"] == {"status": "ok", "value": 7} and r.json()["key"] == "return_value"
    r = cli("xcom", "get", "xcom_logs", run_id, "push", "no_such_key")
    assert r.code == EXIT_NOT_FOUND
    assert r.err.startswith(f"error: XCom 'no_such_key' of xcom_logs/{run_id}/push not found")
    assert cli("xcom", "get", "xcom_logs", run_id, "push", "extra", "--map-index", "-5").code == EXIT_USAGE


def test_xcom_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["xcom"], ["xcom", "get", "d", "r", "t"], ["xcom", "list", "d", "r"], ["event-logs", "--limit", "x"]):
        assert main(argv) == EXIT_USAGE, argv
        assert "usage:" in capsys.readouterr().err


def test_import_errors(cli: Runner) -> None:
    deadline = time.monotonic() + 180  # a fresh server may parse the broken file after the test DAGs
    while True:
        r = cli("--json", "import-errors")
        assert r.code == EXIT_OK, r.err
        found = [e for e in r.json() if Path(e["filename"]).name == "_broken_dag.py"]
        if found or time.monotonic() > deadline:
            break
        time.sleep(2)
    assert len(found) == 1, r.out
    (error,) = found
    assert set(error) == {"id", "filename", "stack_trace", "timestamp", "bundle_name"}
    assert "RuntimeError: _broken_dag: this DAG file fails to import on purpose" in error["stack_trace"]
    r = cli("import-errors")
    assert r.out.splitlines()[0].split() == ["ID", "FILENAME", "TIMESTAMP", "ERROR"]
    row = next(line for line in r.out.splitlines() if "_broken_dag.py" in line)
    assert row.split()[0] == str(error["id"])
    assert row.endswith("RuntimeError: _broken_dag: this DAG file fails to import on purpose")  # the last line
    assert len(cli("--json", "import-errors", "--limit", "1").json()) == 1


def test_event_logs(cli: Runner) -> None:
    run_id = xcom_run(cli)
    r = cli("--json", "event-logs", "--dag-id", "xcom_logs", "--run-id", run_id, "--event", "success")
    assert r.code == EXIT_OK, r.err
    (entry,) = r.json()
    assert (entry["dag_id"], entry["run_id"], entry["task_id"], entry["event"]) == (
        "xcom_logs",
        run_id,
        "push",
        "success",
    )
    r = cli("event-logs", "--dag-id", "xcom_logs", "--run-id", run_id, "--task-id", "push")
    lines = r.out.splitlines()
    assert lines[0].split() == ["ID", "WHEN", "EVENT", "DAG_ID", "RUN_ID", "TASK_ID", "OWNER"]
    assert {"running", "success"} <= {line.split()[2] for line in lines[1:]}
    ids = [int(line.split()[0]) for line in lines[1:]]
    assert ids == sorted(ids, reverse=True)  # newest first
    assert len(cli("--json", "event-logs", "--limit", "2").json()) == 2
    assert 0 < len(cli("--json", "event-logs").json()) <= 25  # the default limit
    r = cli("--json", "event-logs", "--dag-id", "xcom_logs", "--after", "2999-01-01T00:00:00")
    assert r.code == EXIT_OK and r.json() == []
    r = cli("event-logs", "--after", "yesterday")
    assert r.code == EXIT_USAGE and "after 'yesterday' is not an ISO 8601 date-time" in r.err


def test_providers_and_plugins(cli: Runner) -> None:
    r = cli("providers")
    assert r.code == EXIT_OK, r.err
    assert r.out.splitlines()[0].split() == ["PACKAGE_NAME", "VERSION", "DESCRIPTION"]
    assert "apache-airflow-providers-common-sql" in r.out
    providers: list[dict[str, Any]] = cli("--json", "providers").json()
    assert "apache-airflow-providers-common-sql" in {p["package_name"] for p in providers}
    assert all(p["version"] for p in providers)
    r = cli("plugins")
    assert r.code == EXIT_OK and r.out.strip() == "(no plugins)"  # the test servers load none
    assert cli("--json", "plugins").json() == []
