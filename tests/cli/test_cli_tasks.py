"""``astro-airflow tasks list / set-state`` against the real Airflow 2 and 3 servers."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from _runner import WAIT, Runner
from astro_airflow.cli import EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE


def finished_hello_run(cli: Runner) -> str:
    """A finished run of ``hello`` at a logical date no other test uses."""
    when = datetime(2024, 6, 1, tzinfo=UTC) + timedelta(seconds=random.randrange(4 * 10**7))
    args = ("--json", "trigger", "hello", "--logical-date", when.isoformat(), "--wait", "--timeout", WAIT)
    r = cli(*args, "--poll-interval", "1")
    assert r.code == EXIT_OK, r.err
    run_id: str = r.json()["run_id"]
    return run_id


def test_tasks_list_filters_on_the_server(cli: Runner) -> None:
    rid = finished_hello_run(cli)
    r = cli("--json", "tasks", "list", "hello", rid, "--state", "success", "--state", "failed")
    assert r.code == EXIT_OK, r.err
    assert {t["task_id"]: t["state"] for t in r.json()} == {"say_hello": "success", "done": "success"}
    assert cli("--json", "tasks", "list", "hello", rid, "--state", "failed").json() == []
    r = cli("tasks", "list", "hello", rid, "--state", "upstream_failed")
    assert r.code == EXIT_OK and r.out.strip() == "(no task instances)"
    r = cli("--json", "tasks", "list", "hello", rid, "--task-id", "done", "--pool", "default_pool")
    assert [(t["run_id"], t["task_id"]) for t in r.json()] == [(rid, "done")]
    r = cli(
        "--json", "tasks", "list", "hello", rid, "--task-id", "done", "--task-id", "say_hello", "--queue", "default"
    )
    assert sorted(t["task_id"] for t in r.json()) == ["done", "say_hello"]

    # across runs / DAGs: the table names the run / the DAG
    r = cli("tasks", "list", "hello", "~", "--task-id", "done", "--state", "success", "--limit", "3")
    assert r.code == EXIT_OK, r.err
    lines = r.out.splitlines()
    assert lines[0].split()[:3] == ["RUN_ID", "TASK_ID", "MAP_INDEX"] and 2 <= len(lines) <= 4
    r = cli("tasks", "list", "~", rid)
    assert r.out.splitlines()[0].split()[:3] == ["DAG_ID", "TASK_ID", "MAP_INDEX"] and "say_hello" in r.out
    r = cli("tasks", "list", "hello", rid)
    assert r.out.splitlines()[0].split()[:2] == ["TASK_ID", "MAP_INDEX"]

    r = cli("tasks", "list", "hello", rid, "--state", "bogus")
    assert r.code == EXIT_USAGE and r.err.startswith("error: state 'bogus' is not a task instance state")
    assert r.out == ""


def test_tasks_set_state(cli: Runner) -> None:
    rid = finished_hello_run(cli)
    r = cli("--json", "tasks", "set-state", "hello", rid, "say_hello", "failed", "--downstream", "--dry-run")
    assert r.code == EXIT_OK, r.err
    assert {t["task_id"]: t["state"] for t in r.json()} == {"say_hello": "success", "done": "success"}
    r = cli("tasks", "set-state", "hello", rid, "say_hello", "failed", "--downstream", "--dry-run")
    assert r.out.startswith("dry run: these would be set to failed (nothing changed)\nDAG_ID")
    assert len(cli("--json", "tasks", "list", "hello", rid, "--state", "success").json()) == 2  # unchanged

    r = cli("--json", "tasks", "set-state", "hello", rid, "done", "skipped")
    assert r.code == EXIT_OK, r.err
    assert [(t["run_id"], t["task_id"], t["state"]) for t in r.json()] == [(rid, "done", "skipped")]
    r = cli("tasks", "set-state", "hello", rid, "done", "skipped")
    assert r.code == EXIT_OK and r.out.strip() == "nothing to change: no task instance would become skipped"
    r = cli("tasks", "set-state", "hello", rid, "say_hello", "success", "--upstream")
    assert r.code == EXIT_OK and r.out.strip().startswith("nothing to change")  # already success, no upstream

    r = cli("tasks", "set-state", "hello", rid, "done", "running")
    assert r.code == EXIT_USAGE and "invalid choice: 'running'" in r.err
    r = cli("tasks", "set-state", "hello", rid, "no_such_task", "failed")
    assert r.code == EXIT_NOT_FOUND and r.err.startswith("error: ") and r.err.count("\n") == 1
    r = cli("tasks", "set-state", "hello", rid, "say_hello", "failed", "--map-index", "3", "--dry-run")
    assert r.code == EXIT_NOT_FOUND  # not a mapped task
