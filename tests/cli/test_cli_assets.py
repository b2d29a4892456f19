"""``astro-airflow assets ...`` and ``backfills ...`` against REAL Airflow 2 and 3 servers (the DAGs of
tests/airflow/dags/asset_producer.py and backfill_daily.py)."""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime, timedelta

from _runner import Result, Runner
from astro_airflow.cli import EXIT_FAILED, EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE

PRODUCED = "astro-airflow-test://assets/produced"
NEVER = "astro-airflow-test://assets/never-produced"
CONSUMER = "asset_consumer"
DAG = "backfill_daily"


def test_assets(cli: Runner) -> None:
    tag = uuid.uuid4().hex[:12]
    r = cli("assets", "list")
    assert r.code == EXIT_OK, r.err
    assert r.out.splitlines()[0].split() == ["URI", "ID", "CONSUMING_DAG_IDS", "UPDATED_AT"]
    assert PRODUCED in r.out and NEVER in r.out
    r = cli("--json", "assets", "list", "--pattern", "assets/prod")
    assert r.code == EXIT_OK and [a["uri"] for a in r.json()] == [PRODUCED]
    assert r.json()[0]["producing_tasks"] == [["asset_producer", "produce"]]
    r = cli("--json", "assets", "get", PRODUCED)
    assert r.code == EXIT_OK and r.json()["uri"] == PRODUCED and r.json()["consuming_dag_ids"] == [CONSUMER]

    r = cli("--json", "assets", "create-event", PRODUCED, "--extra", f'{{"cli": "{tag}"}}')
    assert r.code == EXIT_OK, r.err
    event = r.json()
    assert event["uri"] == PRODUCED and event["extra"]["cli"] == tag and event["source_dag_id"] is None
    r = cli("--json", "assets", "events", "--uri", PRODUCED, "--after", event["timestamp"])
    assert r.code == EXIT_OK and [e["extra"].get("cli") for e in r.json()] == [tag]
    r = cli("assets", "events", "--uri", PRODUCED, "--limit", "1")
    assert r.out.splitlines()[0].split()[:3] == ["TIMESTAMP", "URI", "SOURCE_DAG_ID"] and tag in r.out
    r = cli("assets", "events", "--dag-id", "hello")
    assert r.code == EXIT_OK and r.out.strip() == "(no events)"

    r = cli("--json", "assets", "queued", CONSUMER)
    assert r.code == EXIT_OK and [(q["dag_id"], q["uri"]) for q in r.json()] == [(CONSUMER, PRODUCED)]
    r = cli("assets", "clear-queued", CONSUMER)
    assert r.code == EXIT_OK and r.out.strip() == f"cleared the queued events of DAG {CONSUMER}"
    r = cli("assets", "queued", CONSUMER)
    assert r.code == EXIT_OK and r.out.strip() == "(no queued events)"


def test_assets_errors(cli: Runner) -> None:
    for args in (("assets", "get", "astro-airflow-test://assets/nope"), ("assets", "events", "--uri", "nope://x")):
        r = cli(*args)
        assert r.code == EXIT_NOT_FOUND, (args, r.err)
        assert r.err.startswith("error: ") and r.err.count("\n") == 1 and r.out == ""
    for args in (
        ("assets", "create-event", PRODUCED, "--extra", "[1, 2]"),
        ("assets", "create-event", PRODUCED, "--extra", "{not json"),
        ("assets", "events", "--after", "yesterday"),
    ):
        r = cli(*args)
        assert r.code == EXIT_USAGE, (args, r.err)
        assert r.err.startswith("error: ") and r.err.count("\n") == 1


def _create(cli: Runner, *args: str) -> Result:
    """``backfills create``, repeated while SQLite is locked (503: Airflow created nothing)."""
    for _ in range(20):
        r = cli(*args)
        if r.code != EXIT_FAILED or "Database is locked" not in r.err:
            return r
        time.sleep(3)
    return r


def test_backfills(cli: Runner) -> None:
    if cli.server.major == 2:
        create = ("backfills", "create", DAG, "--from", "2024-01-01", "--to", "2024-01-02")
        for args in (("backfills", "list", DAG), create):
            r = cli(*args)
            assert r.code == EXIT_FAILED and r.out == ""
            assert "the stable API of Airflow 2 has no backfill" in r.err and "`airflow dags backfill" in r.err
        return
    for b in cli("--json", "backfills", "list", DAG).json():  # one left by an interrupted run
        if b["completed_at"] is None:
            cli("backfills", "cancel", str(b["id"]))
    taken = {run["logical_date"] for run in cli("--json", "runs", "list", DAG, "--limit", "100000").json()}
    while True:
        start = datetime(2001, 1, 1, tzinfo=UTC) + timedelta(days=3 * random.randrange(0, 3000))
        days = [(start + timedelta(days=n)).isoformat() for n in range(3)]
        if not taken & set(days):
            break
    frm, to = days[0][:10], days[2][:10]

    r = _create(cli, "--json", "backfills", "create", DAG, "--from", frm, "--to", to, "--dry-run")
    assert r.code == EXIT_OK, r.err
    assert r.json() == days
    r = _create(cli, "backfills", "create", DAG, "--from", frm, "--to", to, "--dry-run", "--backwards")
    assert r.out.split() == ["LOGICAL_DATE", *(d.replace("+00:00", "Z") for d in reversed(days))]

    r = _create(cli, "--json", "backfills", "create", DAG, "--from", frm, "--to", to, "--max-active-runs", "1")
    assert r.code == EXIT_OK, r.err
    backfill = r.json()
    try:
        assert backfill["dag_id"] == DAG and backfill["from_date"] == days[0] and backfill["to_date"] == days[2]
        assert backfill["max_active_runs"] == 1 and backfill["reprocess_behavior"] == "none"
        assert backfill["completed_at"] is None
        r = cli("backfills", "list", DAG)
        header = r.out.splitlines()[0].split()
        assert header[:4] == ["ID", "DAG_ID", "FROM_DATE", "TO_DATE"] and str(backfill["id"]) in r.out
        r = cli("--json", "backfills", "pause", str(backfill["id"]))
        assert r.code == EXIT_OK and r.json()["is_paused"] is True
        r = _create(cli, "backfills", "create", DAG, "--from", frm, "--to", to)
        assert r.code == EXIT_FAILED and "already a running backfill" in r.err  # 409
    finally:
        r = cli("--json", "backfills", "cancel", str(backfill["id"]))
    assert r.code == EXIT_OK and r.json()["completed_at"] is not None
    r = cli("backfills", "cancel", str(backfill["id"]))
    assert r.code == EXIT_FAILED and "already completed" in r.err  # 409
    r = cli("backfills", "get", "2000000000")
    assert r.code == EXIT_NOT_FOUND
    r = cli("backfills", "create", DAG, "--from", to, "--to", frm)
    assert r.code == EXIT_USAGE and "must not be after to_date" in r.err
