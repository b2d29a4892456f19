"""``trigger --count N --wait`` and ``runs wait DAG RUN RUN ...``: many runs, waited for with the list."""

from __future__ import annotations

from _runner import Runner
from astro_airflow.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE


def test_trigger_count_wait_and_runs_wait_several(cli: Runner) -> None:
    r = cli("--json", "trigger", "hello", "--count", "3", "--wait", "--poll-interval", "1", "--timeout", "300")
    assert r.code == EXIT_OK, r.err
    runs = r.json()
    assert len(runs) == 3 and len({run["run_id"] for run in runs}) == 3
    assert all(run["state"] == "success" and run["dag_id"] == "hello" for run in runs)
    r = cli("runs", "wait", "hello", *(run["run_id"] for run in runs), "--poll-interval", "1")
    assert r.code == EXIT_OK, r.err
    assert all(run["run_id"] in r.out for run in runs) and r.out.count("success") == 3


def test_several_runs_one_failed_exit_1(cli: Runner) -> None:
    r = cli("--json", "trigger", "fails", "--count", "2")
    assert r.code == EXIT_OK, r.err
    ids = [run["run_id"] for run in r.json()]
    r = cli("--json", "runs", "wait", "fails", *ids, "--poll-interval", "1", "--timeout", "300")
    assert r.code == EXIT_FAILED
    assert [run["state"] for run in r.json()] == ["failed", "failed"]
    assert "2 of 2 runs did not succeed" in r.err
    assert cli("trigger", "hello", "--count", "2", "--run-id", "x").code == EXIT_USAGE
    assert cli("trigger", "hello", "--count", "0").code == EXIT_USAGE
