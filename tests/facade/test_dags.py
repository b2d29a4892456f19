"""DAGs through the facade (details, tasks, source, warnings, delete, list filters), against real
Airflow 2 (/api/v1) and Airflow 3 (/api/v2), and what the experimental API can do of it.

The test DAGs: ``detailed`` (many settings, never run, one DAG warning on each major) and
``disposable`` (deleted here; the DAG processor re-creates it from its file on the next parse).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from astro_airflow import (
    APIKey,
    AsyncClient,
    Client,
    Dag,
    DagDetails,
    DagWarning,
    InvalidInputError,
    NotFoundError,
    Task,
    UnsupportedOperationError,
)
from astro_airflow.types import to_timedelta

DAGS_DIR = Path(__file__).resolve().parents[1] / "airflow" / "dags"
#: how long the DAG processor may take to (re-)parse a file (30 s interval, a busy machine)
PARSE_WAIT = 180.0


def warning_of(major: int) -> tuple[str, str]:
    """The type of the ``detailed`` DAG's warning, and a word of its message, on each major."""
    if major == 2:
        return "non-existent pool", "detailed_missing_pool"  # Airflow 2 checks the tasks' pools
    return "runtime varying value", "random.choice"  # Airflow 3's DAG stability check


def wait_until_present(client: Client, dag_id: str) -> Dag:
    deadline = time.monotonic() + PARSE_WAIT
    while True:
        try:
            return client.dags.get(dag_id)
        except NotFoundError:
            if time.monotonic() > deadline:
                raise
            time.sleep(2)


async def async_wait_until_present(client: AsyncClient, dag_id: str) -> Dag:
    deadline = time.monotonic() + PARSE_WAIT
    while True:
        try:
            return await client.dags.get(dag_id)
        except NotFoundError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(2)


# -- no server: the result types --------------------------------------------------------------
def test_durations_in_every_form_the_servers_send() -> None:
    assert to_timedelta({"__type": "TimeDelta", "days": 1, "seconds": 90, "microseconds": 5}) == timedelta(
        days=1, seconds=90, microseconds=5
    )
    assert to_timedelta("PT1H30M") == timedelta(hours=1, minutes=30)  # Airflow 3's DAG details
    assert to_timedelta("P1DT2H0.5S") == timedelta(days=1, hours=2, seconds=0.5)
    assert to_timedelta("-PT5S") == timedelta(seconds=-5)
    assert to_timedelta(30) == timedelta(seconds=30)
    for unreadable in (None, "", "P", "PT", "P1Y", "soon", True, [], {"days": "x"}, 1e300):
        assert to_timedelta(unreadable) is None


def test_details_read_renamed_keys_of_both_majors() -> None:
    v1 = DagDetails.from_json(
        {
            "dag_id": "d",
            "template_searchpath": "/opt/templates",
            "dataset_expression": {"any": ["s3://a"]},
            "params": {"n": {"__class": "airflow.models.param.Param", "value": 1, "schema": {}}},
            "dag_run_timeout": {"__type": "TimeDelta", "days": 0, "seconds": 60, "microseconds": 0},
            "is_active": True,
        },
        "v1",
    )
    assert v1.template_search_path == ["/opt/templates"] and v1.asset_expression == {"any": ["s3://a"]}
    assert v1.params == {"n": 1} and v1.dag_run_timeout == timedelta(minutes=1) and v1.is_active is True
    v2 = DagDetails.from_json(
        {"dag_id": "d", "template_search_path": ["a", "b"], "asset_expression": None, "is_stale": True}, "v2"
    )
    assert v2.template_search_path == ["a", "b"] and v2.asset_expression is None and v2.is_active is False
    assert isinstance(v2, Dag)  # details are a Dag with more fields
    task = Task.from_json({"task_id": "t", "class_ref": {"class_name": "BashOperator"}, "retries": 2.0}, "v2")
    assert (task.operator_class, task.retries, task.downstream_task_ids) == ("BashOperator", 2, [])


WEIRD: list[Any] = [None, "", "garbage", 0, -1, True, 1.5, [], ["x"], {}, {"a": 1}, "2024-13-45T99:00:00"]


@pytest.mark.parametrize("cls", [DagDetails, Task, DagWarning], ids=lambda c: c.__name__)
def test_any_value_in_any_field_reads_without_raising(cls: type[Any]) -> None:
    for field in attrs.fields(cls):
        for value in WEIRD:
            obj = cls.from_json({field.name: value}, "v2")
            read = getattr(obj, field.name)
            if field.type == "str":
                assert isinstance(read, str)
            elif field.type == "timedelta | None":
                assert read is None or isinstance(read, timedelta)
            elif field.type == "datetime | None":
                assert read is None or (isinstance(read, datetime) and read.tzinfo is not None)
            elif field.type == "int | None":
                assert read is None or type(read) is int
            elif field.type == "list[str]":
                assert isinstance(read, list) and all(isinstance(v, str) for v in read)
            assert obj == cls.from_json({field.name: value}, "v2")
            repr(obj)


# -- details, tasks, source, warnings ---------------------------------------------------------
def test_details(client: Client) -> None:
    details = client.dags.details("detailed")
    assert isinstance(details, DagDetails) and details.raw is not None  # parses into the generated model
    assert (details.dag_id, details.dag_display_name, details.is_paused) == ("detailed", "detailed", True)
    assert details.description == "Many settings; never run" and details.is_active is True
    assert set(details.tags) == {"astro-airflow-test", "detailed"}
    assert details.params == {"name": "world", "count": 2}
    assert details.data["params"]["name"]["description"] == "who to greet"  # the whole spec stays in .data
    # 2021-01-01 and 2031-01-01 in Europe/Amsterdam, as aware UTC datetimes
    assert details.start_date == datetime(2020, 12, 31, 23, tzinfo=UTC)
    assert details.end_date == datetime(2030, 12, 31, 23, tzinfo=UTC)
    assert (details.catchup, details.max_active_runs, details.max_active_tasks) == (False, 3, 5)
    assert details.dag_run_timeout == timedelta(hours=1, minutes=30)  # A2: TimeDelta object; A3: "PT1H30M"
    assert details.doc_md is not None and details.doc_md.startswith("# detailed")
    assert details.is_paused_upon_creation is True and details.render_template_as_native_obj is True
    assert details.template_search_path == [] and details.asset_expression is None
    assert details.has_import_errors is False and details.max_consecutive_failed_dag_runs == 0
    assert isinstance(details.timezone, str) and details.timezone
    assert details.last_parsed_time is not None and details.last_parsed_time.tzinfo is not None
    assert details.file_token
    dag = client.dags.get("detailed")  # the same DAG, fewer fields
    assert (dag.dag_id, dag.description, dag.is_paused) == (details.dag_id, details.description, details.is_paused)


def test_tasks(client: Client) -> None:
    tasks = {t.task_id: t for t in client.dags.tasks("detailed")}
    assert list(tasks) == ["first", "last", "mapped"]  # by task id
    first, last, mapped = tasks["first"], tasks["last"], tasks["mapped"]
    assert all(t.raw is not None for t in tasks.values())
    assert (first.operator_name, first.operator_class) == ("@task", "_PythonDecoratedOperator")
    assert (first.owner, first.retries, first.retry_delay) == ("detailed-owner", 2, timedelta(seconds=90))
    assert first.execution_timeout == timedelta(minutes=5)
    assert (first.trigger_rule, first.pool, first.downstream_task_ids, first.is_mapped) == (
        "all_success",
        "default_pool",
        ["mapped"],
        False,
    )
    assert first.start_date == datetime(2020, 12, 31, 23, tzinfo=UTC) and first.pool_slots == 1
    assert (mapped.is_mapped, mapped.pool, mapped.trigger_rule, mapped.retries) == (
        True,
        "detailed_missing_pool",
        "all_done",
        0,
    )
    assert mapped.downstream_task_ids == ["last"]
    assert (last.operator_name, last.operator_class, last.trigger_rule) == (
        "EmptyOperator",
        "EmptyOperator",
        "none_failed",
    )
    assert last.downstream_task_ids == [] and last.execution_timeout is None


def test_source(client: Client) -> None:
    for dag_id in ("detailed", "hello"):
        source = client.dags.source(dag_id)
        assert source.strip() == (DAGS_DIR / f"{dag_id}.py").read_text().strip()
    assert client.dags.source("hello").startswith('"""hello: ')


def test_warnings(client: Client, airflow: Any) -> None:
    warning_type, word = warning_of(airflow.major)
    deadline = time.monotonic() + PARSE_WAIT  # the DAG processor may be re-parsing the file
    while not (mine := list(client.dags.warnings("detailed"))) and time.monotonic() < deadline:
        time.sleep(2)
    assert [(w.dag_id, w.warning_type) for w in mine] == [("detailed", warning_type)]
    warning = mine[0]
    assert warning.message is not None and word in warning.message
    assert warning.timestamp is not None and warning.timestamp.tzinfo is not None
    assert warning.raw is not None
    everywhere = client.dags.warnings()
    assert (everywhere.total_entries or 0) >= 1 and ("detailed", warning_type) in {
        (w.dag_id, w.warning_type) for w in everywhere
    }
    by_type = list(client.dags.warnings(warning_type=warning_type))
    assert "detailed" in {w.dag_id for w in by_type} and {w.warning_type for w in by_type} == {warning_type}
    assert list(client.dags.warnings("hello")) == []
    assert len(list(client.dags.warnings(limit=1))) == 1


def test_unknown_and_impossible_dags(client: Client) -> None:
    missing = f"no_such_dag_{uuid.uuid4().hex[:6]}"
    for call in (client.dags.details, client.dags.tasks, client.dags.source):
        with pytest.raises(NotFoundError) as info:
            call(missing)
        assert missing in str(info.value) and info.value.status_code == 404
    for call in (client.dags.details, client.dags.tasks, client.dags.source, client.dags.delete):
        with pytest.raises(InvalidInputError, match="letters, digits"):
            call("a/b")
    with pytest.raises(InvalidInputError):
        client.dags.warnings("with space")


# -- list filters -----------------------------------------------------------------------------
def test_list_filters_on_the_server(client: Client, airflow: Any) -> None:
    ids = [d.dag_id for d in client.dags.list(dag_id_pattern="DETAIL")]  # a case-insensitive substring
    assert ids == ["detailed"]
    assert client.dags.list(dag_id_pattern="DETAIL").total_entries == 1  # filtered by the server
    tagged_any = {d.dag_id for d in client.dags.list(tags=["detailed", "astro-airflow-test"])}
    assert {"detailed", "hello", "fails"} <= tagged_any
    assert {d.dag_id for d in client.dags.list(tags=["detailed"], tags_match="any")} == {"detailed"}
    paused = {d.dag_id for d in client.dags.list(paused=True)}
    assert {"detailed", "disposable", "paused_dag"} <= paused and "hello" not in paused
    active = client.dags.list().total_entries or 0
    assert (client.dags.list(only_active=False).total_entries or 0) >= active > 0
    if airflow.major == 3:
        assert [d.dag_id for d in client.dags.list(tags=["detailed", "astro-airflow-test"], tags_match="all")] == [
            "detailed"
        ]
    else:
        with pytest.raises(UnsupportedOperationError) as info:
            list(client.dags.list(tags=["detailed", "astro-airflow-test"], tags_match="all"))
        message = str(info.value)
        assert "tags_match='all'" in message and "v1 API" in message and "set(tags) <= set(d.tags)" in message
    with pytest.raises(InvalidInputError, match="tags must be a list"):
        client.dags.list(tags="detailed")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="'any' or 'all'"):
        client.dags.list(tags=["x"], tags_match="every")  # type: ignore[arg-type]


# -- delete -----------------------------------------------------------------------------------
def test_delete_the_disposable_dag(client: Client) -> None:
    wait_until_present(client, "disposable")  # an earlier delete: the processor re-creates it
    # a run of the paused DAG stays queued (nothing runs, so nothing blocks the delete); deleting
    # the DAG deletes its runs, which the next parse of the file does not bring back
    run = client.dags.trigger("disposable", run_id=f"to_delete_{uuid.uuid4().hex[:8]}")
    client.dags.delete("disposable")
    with pytest.raises(NotFoundError):
        client.dag_runs.get("disposable", run.run_id)
    client.dags.delete("disposable", missing_ok=True)  # gone, or already parsed again: no error
    missing = f"no_such_dag_{uuid.uuid4().hex[:6]}"
    with pytest.raises(NotFoundError) as info:
        client.dags.delete(missing)
    assert missing in str(info.value) and info.value.status_code == 404
    client.dags.delete(missing, missing_ok=True)
    back = wait_until_present(client, "disposable")  # the file is still there: parsed again
    assert back.dag_id == "disposable" and back.is_paused is True
    assert run.run_id not in {r.run_id for r in client.dag_runs.list("disposable")}


# -- the experimental API ---------------------------------------------------------------------
def test_experimental_api(airflow2: Any) -> None:
    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as legacy:
        assert legacy.dags.source("hello").strip() == (DAGS_DIR / "hello.py").read_text().strip()
        for call, path in (
            (legacy.dags.details, "GET /api/v1/dags/{dag_id}/details"),
            (legacy.dags.tasks, "GET /api/v1/dags/{dag_id}/tasks"),
        ):
            with pytest.raises(UnsupportedOperationError) as info:
                call("hello")
            assert "experimental API" in str(info.value) and path in str(info.value)
        with pytest.raises(UnsupportedOperationError, match="GET /api/v1/dagWarnings"):
            list(legacy.dags.warnings())
        with pytest.raises(UnsupportedOperationError, match="GET /api/v1/dags"):
            list(legacy.dags.list(paused=True))
        missing = f"no_such_dag_{uuid.uuid4().hex[:6]}"
        with pytest.raises(NotFoundError):
            legacy.dags.delete(missing)
        legacy.dags.delete(missing, missing_ok=True)
        with pytest.raises(NotFoundError):
            legacy.dags.source(missing)


# -- async ------------------------------------------------------------------------------------
async def test_async_twin(aclient: AsyncClient, airflow: Any) -> None:
    details = await aclient.dags.details("detailed")
    assert details.max_active_runs == 3 and details.dag_run_timeout == timedelta(minutes=90)
    assert [t.task_id for t in await aclient.dags.tasks("detailed")] == ["first", "last", "mapped"]
    assert 'dag_id="detailed"' in await aclient.dags.source("detailed")
    warning_type, _ = warning_of(airflow.major)
    deadline = time.monotonic() + PARSE_WAIT
    while not (mine := [w async for w in aclient.dags.warnings("detailed")]) and time.monotonic() < deadline:
        await asyncio.sleep(2)
    assert [w.warning_type for w in mine] == [warning_type]
    assert [d.dag_id async for d in aclient.dags.list(dag_id_pattern="detail", paused=True)] == ["detailed"]

    await async_wait_until_present(aclient, "disposable")
    run = await aclient.dags.trigger("disposable", run_id=f"to_delete_{uuid.uuid4().hex[:8]}")
    await aclient.dags.delete("disposable")
    with pytest.raises(NotFoundError):
        await aclient.dag_runs.get("disposable", run.run_id)
    await aclient.dags.delete("disposable", missing_ok=True)
    assert (await async_wait_until_present(aclient, "disposable")).dag_id == "disposable"
