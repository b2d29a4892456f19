"""The ``dags`` commands (details, tasks, source, warnings, delete, list filters), ``runs list`` filters and
what a failed run's wait prints, against real Airflow 2 and 3 servers (``cli``: see conftest.py)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from _runner import WAIT, Result, Runner, _assert_no_secrets, connection_env
from astro_airflow.cli import EXIT_FAILED, EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE, main

DAGS_DIR = Path(__file__).resolve().parents[1] / "airflow" / "dags"


def test_dags_details_tasks_source_warnings(cli: Runner) -> None:
    r = cli("--json", "dags", "details", "detailed")
    assert r.code == EXIT_OK, r.err
    details = r.json()
    assert details["dag_id"] == "detailed" and details["params"] == {"name": "world", "count": 2}
    assert details["dag_run_timeout"] == 5400.0 and details["max_active_runs"] == 3  # durations in seconds
    assert details["start_date"] == "2020-12-31T23:00:00+00:00" and details["catchup"] is False
    r = cli("dags", "details", "detailed")
    assert r.code == EXIT_OK and "max_active_tasks" in r.out and "dag_run_timeout" in r.out

    r = cli("dags", "tasks", "detailed")
    assert r.code == EXIT_OK, r.err
    lines = r.out.splitlines()
    assert lines[0].split()[:3] == ["TASK_ID", "OPERATOR_NAME", "TRIGGER_RULE"]
    assert [line.split()[0] for line in lines[1:]] == ["first", "last", "mapped"]
    r = cli("--json", "dags", "tasks", "detailed")
    mapped = {t["task_id"]: t for t in r.json()}["mapped"]
    assert mapped["is_mapped"] is True and mapped["pool"] == "detailed_missing_pool" and mapped["retries"] == 0

    r = cli("dags", "source", "hello")
    assert r.code == EXIT_OK and r.out.strip() == (DAGS_DIR / "hello.py").read_text().strip()
    r = cli("--json", "dags", "source", "hello")
    assert r.json()["dag_id"] == "hello" and 'dag_id="hello"' in r.json()["source"]

    r = cli("--json", "dags", "warnings", "detailed")
    assert r.code == EXIT_OK, r.err
    assert {w["dag_id"] for w in r.json()} <= {"detailed"}
    r = cli("dags", "warnings")
    assert r.code == EXIT_OK and r.out.split()[:4] == ["DAG_ID", "WARNING_TYPE", "TIMESTAMP", "MESSAGE"]
    assert cli("dags", "warnings", "hello").out.strip() == "(no warnings)"


def test_dags_list_filters(cli: Runner) -> None:
    r = cli("--json", "dags", "list", "--pattern", "DETAIL")
    assert r.code == EXIT_OK and [d["dag_id"] for d in r.json()] == ["detailed"]
    r = cli("--json", "dags", "list", "--tag", "detailed", "--include-inactive", "--paused")
    assert [d["dag_id"] for d in r.json()] == ["detailed"]
    r = cli("--json", "dags", "list", "--tag", "detailed", "--tag", "astro-airflow-test", "--tags-match", "all")
    if cli.server.major == 3:
        assert r.code == EXIT_OK and [d["dag_id"] for d in r.json()] == ["detailed"]
    else:  # Airflow 2 matches any tag: said, not guessed
        assert r.code == EXIT_FAILED and "tags_match='all'" in r.err and r.out == ""


def test_dags_delete(cli: Runner) -> None:
    missing = f"no_such_dag_{uuid.uuid4().hex[:6]}"
    r = cli("dags", "delete", missing)
    assert r.code == EXIT_NOT_FOUND and r.err.startswith("error: 404") and missing in r.err
    r = cli("--json", "dags", "delete", missing, "--missing-ok")
    assert r.code == EXIT_OK and r.json() == {"deleted": missing}
    assert cli("dags", "delete", "a/b").code == EXIT_USAGE


def test_runs_list_filters(cli: Runner) -> None:
    r = cli("runs", "list", "--state", "failed", "--order-by=-start_date", "--limit", "3")  # every DAG
    assert r.code == EXIT_OK, r.err
    assert r.out.splitlines()[0].split()[:3] == ["DAG_ID", "RUN_ID", "STATE"]
    r = cli("--json", "runs", "list", "hello", "--logical-after", "2024-06-01", "--logical-before", "2030-01-01")
    assert r.code == EXIT_OK
    assert all("2024-06-01" <= run["logical_date"] <= "2030-01-01" for run in r.json())
    r = cli("--json", "runs", "list", "--end-after", "2020-01-01T00:00:00Z", "--order-by", "end_date", "--limit", "5")
    assert r.code == EXIT_OK and len(r.json()) <= 5
    r = cli("--json", "runs", "list", "hello", "--run-type", "manual", "--limit", "3")
    if cli.server.major == 3:
        assert r.code == EXIT_OK and {run["run_type"] for run in r.json()} <= {"manual"}
    else:
        assert r.code == EXIT_FAILED and "run_type" in r.err and "Airflow 2" in r.err
    r = cli("runs", "list", "--order-by", "bogus")
    assert r.code == EXIT_USAGE and "order_by must be one of" in r.err
    r = cli("runs", "list", "--logical-after", "yesterday")
    assert r.code == EXIT_USAGE and "not an ISO 8601" in r.err


def run_showing_logs(cli: Runner, *args: str) -> Result:
    """``cli(*args)``, where stderr may hold a traceback: the failed task's, in its log tail (``Runner``
    refuses any other; here a crash of the CLI itself shows as ``error: unexpected``). No secret, still."""
    with cli.monkeypatch.context() as mp:
        for name, value in connection_env(cli.server).items():
            mp.setenv(name, value)
        cli.capsys.readouterr()
        code = main(list(args))
        out, err = cli.capsys.readouterr()
    _assert_no_secrets(cli.server, out, err)
    assert "error: unexpected" not in err
    return Result(code, out, err)


def test_a_failed_run_prints_its_failed_tasks_and_log_tail(cli: Runner) -> None:
    r = run_showing_logs(
        cli, "--json", "trigger", "fails", "--wait", "--timeout", WAIT, "--poll-interval", "1", "--log-tail", "40"
    )
    assert r.code == EXIT_FAILED, r.err
    run = r.json()  # the run is still printed, for scripts
    assert run["state"] == "failed"
    first, *rest = r.err.splitlines()
    assert first == f"error: DAG run fails/{run['run_id']} finished failed; failed tasks: boom (failed)"
    assert rest[0] == "--- boom: last 40 log lines ---" and 0 < len(rest) <= 41
    assert "RuntimeError: boom: this task fails on purpose" in r.err

    # the finished run, waited for again: one line naming the failed task, no log without --log-tail
    r = cli("runs", "wait", "fails", run["run_id"])
    assert r.code == EXIT_FAILED and "state         failed" in r.out
    assert r.err == f"error: DAG run fails/{run['run_id']} finished failed; failed tasks: boom (failed)\n"


@pytest.mark.parametrize("value", ["-1", "many"])
def test_log_tail_must_be_a_count(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["runs", "wait", "fails", "some_run", "--log-tail", value]) == EXIT_USAGE
    assert "--log-tail: invalid count value" in capsys.readouterr().err
