"""``trigger --count N --wait`` and ``runs wait DAG RUN RUN ...``: many runs, waited for with the list.

The runs are of ``paused_dag`` (they stay queued); another client sets their states a moment later."""

from __future__ import annotations

import json
import threading
import uuid
from typing import Any

from _runner import Runner
from astro_airflow import AirflowJWT, APIKey, Client
from astro_airflow.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE

DAG = "paused_dag"


def make_client(server: Any) -> Client:
    auth = APIKey(server.api_key) if server.major == 2 else AirflowJWT(server.username, server.password)
    return Client(server.base_url, auth=auth)


def _finish_later(server: Any, state: str, count: int, mark: str) -> threading.Thread:
    """Sets the state of the ``count`` queued runs of the DAG whose conf has ``mark``, once all exist.

    Not as each appears: a PATCH while the CLI's next trigger is being written contends for the harness's
    SQLite database, and Airflow 3.3.2 then held both requests for 60 s (a 500 for the PATCH, a timed-out
    trigger; seen in a CI run)."""

    def work() -> None:
        with make_client(server) as other:
            for _ in range(120):
                mine = [r for r in other.dag_runs.list(DAG, state="queued") if r.conf.get("cli_wait_many") == mark]
                if len(mine) >= count:
                    for run in mine:
                        other.dag_runs.set_state(DAG, run.run_id, state)
                    return
                threading.Event().wait(1)

    thread = threading.Thread(target=work)
    thread.start()
    return thread


def test_trigger_count_wait_and_runs_wait_several(cli: Runner) -> None:
    mark = uuid.uuid4().hex
    thread = _finish_later(cli.server, "success", 2, mark)
    conf = json.dumps({"cli_wait_many": mark})
    wait = ("--wait", "--poll-interval", "1", "--timeout", "120")
    r = cli("--json", "trigger", DAG, "--conf", conf, "--count", "2", *wait)
    thread.join(60)
    assert r.code == EXIT_OK, r.err
    runs = r.json()
    assert len(runs) == 2 and len({run["run_id"] for run in runs}) == 2
    assert all(run["state"] == "success" and run["dag_id"] == DAG for run in runs)
    r = cli("runs", "wait", DAG, *(run["run_id"] for run in runs), "--poll-interval", "1")
    assert r.code == EXIT_OK, r.err
    assert all(run["run_id"] in r.out for run in runs) and r.out.count("success") == 2


def test_several_runs_one_failed_exit_1(cli: Runner) -> None:
    r = cli("--json", "trigger", DAG, "--conf", '{"cli_wait_many": 2}', "--count", "2")
    assert r.code == EXIT_OK, r.err
    ids = [run["run_id"] for run in r.json()]
    with make_client(cli.server) as other:
        for run_id in ids:
            other.dag_runs.set_state(DAG, run_id, "failed")
    r = cli("--json", "runs", "wait", DAG, *ids, "--poll-interval", "1", "--timeout", "60")
    assert r.code == EXIT_FAILED
    assert [run["state"] for run in r.json()] == ["failed", "failed"]
    assert "2 of 2 runs did not succeed" in r.err
    assert cli("trigger", DAG, "--count", "2", "--run-id", "x").code == EXIT_USAGE
    assert cli("trigger", DAG, "--count", "0").code == EXIT_USAGE
