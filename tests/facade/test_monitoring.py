"""Import errors, event logs, providers and plugins through the facade, against real Airflow 2 and 3.

The import error is the one of ``tests/airflow/dags/_broken_dag.py`` (a file that fails to import
on purpose; the harness expects no DAG from ``_`` files). The event logs are those a run of
``xcom_logs`` left (``_xcom_run``). Plugins: the shared servers load none, so one test starts a
private server per major with ``tests/airflow/plugins`` as its plugins folder.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from _clients import make_client
from _xcom_run import TASK, finished_xcom_run
from astro_airflow import (
    APIKey,
    AsyncClient,
    Client,
    DagImportError,
    EventLog,
    InvalidInputError,
    NotFoundError,
    Plugin,
    Provider,
    UnsupportedOperationError,
)

BROKEN = "_broken_dag.py"
PLUGINS = Path(__file__).resolve().parents[1] / "airflow" / "plugins"


def broken_dag_error(client: Client) -> DagImportError:
    """The import error of _broken_dag.py (a fresh server may parse it after the test DAGs: up to 180 s)."""
    deadline = time.monotonic() + 180
    while True:
        found = [e for e in client.import_errors.list() if Path(e.filename or "").name == BROKEN]
        if found or time.monotonic() > deadline:
            assert len(found) == 1, f"no import error for {BROKEN}"
            return found[0]
        time.sleep(2)


# -- import errors ------------------------------------------------------------------------------
def test_import_errors_list_and_get(client: Client, airflow: Any) -> None:
    error = broken_dag_error(client)
    assert isinstance(error, DagImportError) and error.id > 0
    assert error.stack_trace and "RuntimeError: _broken_dag: this DAG file fails to import on purpose" in (
        error.stack_trace
    )
    assert error.timestamp is not None and error.timestamp.tzinfo is not None
    if airflow.major == 2:  # an absolute path, no bundles
        assert error.filename == str(Path(error.filename or "").parent / BROKEN) and error.filename.startswith("/")
        assert error.bundle_name is None
    else:  # relative to the DAG bundle
        assert (error.filename, error.bundle_name) == (BROKEN, "dags-folder")
    assert error.raw is not None
    again = client.import_errors.get(error.id)
    assert again == error and again.stack_trace == error.stack_trace
    assert len(list(client.import_errors.list(limit=1))) == 1
    with pytest.raises(NotFoundError) as info:
        client.import_errors.get(987654321)
    assert "importErrors/987654321" in str(info.value) and "987654321` was not found" in str(info.value)
    for bad in (0, -3, "seven", 1.5, True):
        with pytest.raises(InvalidInputError):
            client.import_errors.get(bad)  # type: ignore[arg-type]


async def test_import_errors_async(aclient: AsyncClient, client: Client) -> None:
    error = broken_dag_error(client)
    assert error in [e async for e in aclient.import_errors.list()]
    assert (await aclient.import_errors.get(error.id)).filename == error.filename
    with pytest.raises(NotFoundError):
        await aclient.import_errors.get(987654321)


# -- event logs ---------------------------------------------------------------------------------
def test_event_logs_filtered_by_the_server(client: Client, airflow: Any) -> None:
    run = finished_xcom_run(airflow)
    entries = list(client.event_logs.list(dag_id="xcom_logs", run_id=run.run_id, task_id=TASK))
    assert {"running", "success"} <= {e.event for e in entries}
    assert all((e.dag_id, e.run_id, e.task_id) == ("xcom_logs", run.run_id, TASK) for e in entries)
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)  # newest first
    (success,) = client.event_logs.list(dag_id="xcom_logs", run_id=run.run_id, event="success")
    assert isinstance(success, EventLog) and success.id > 0
    assert (success.event, success.try_number, success.map_index, success.owner) == (
        "success",
        1,
        -1,
        "astro-airflow-test",
    )
    assert success.when is not None and run.start_date is not None and run.end_date is not None
    assert run.start_date - timedelta(seconds=5) < success.when < run.end_date + timedelta(seconds=60)
    assert success.raw is not None
    assert client.event_logs.get(success.id) == success

    def ids(**window: Any) -> list[int]:
        return [e.id for e in client.event_logs.list(dag_id="xcom_logs", run_id=run.run_id, **window)]

    start, end = run.start_date - timedelta(seconds=5), run.end_date + timedelta(seconds=60)
    assert success.id in ids(after=start, before=end)
    assert success.id in ids(after=start.astimezone(UTC).replace(tzinfo=None))  # naive: UTC
    assert success.id in ids(after=start.isoformat(), before=end.isoformat())
    assert ids(after=end) == [] and ids(before=start) == []


def test_event_logs_paging_and_bad_input(client: Client, client_factory: Any, airflow: Any) -> None:
    run = finished_xcom_run(airflow)
    everything = [e.id for e in client.event_logs.list(dag_id="xcom_logs", run_id=run.run_id)]
    small = client_factory(page_size=1)
    assert [e.id for e in small.event_logs.list(dag_id="xcom_logs", run_id=run.run_id)] == everything
    assert len(list(small.event_logs.list(limit=3))) == 3
    with pytest.raises(NotFoundError):
        client.event_logs.get(987654321)
    for call in (
        lambda: client.event_logs.list(dag_id="a b"),
        lambda: client.event_logs.list(task_id="x/y"),
        lambda: client.event_logs.list(run_id=""),
        lambda: client.event_logs.list(event=""),
        lambda: client.event_logs.list(after="yesterday"),
        lambda: client.event_logs.list(before=20240101),  # type: ignore[arg-type]
        lambda: client.event_logs.get(0),
    ):
        with pytest.raises(InvalidInputError):
            call()


async def test_event_logs_async(aclient: AsyncClient, airflow: Any) -> None:
    run = finished_xcom_run(airflow)
    found = [e async for e in aclient.event_logs.list(dag_id="xcom_logs", run_id=run.run_id, event="success")]
    assert [e.event for e in found] == ["success"]
    assert (await aclient.event_logs.get(found[0].id)).run_id == run.run_id
    assert len(await aclient.event_logs.list(limit=2)) == 2


# -- providers and plugins ----------------------------------------------------------------------
def test_providers(client: Client, client_factory: Any, airflow: Any) -> None:
    providers = list(client.providers.list())
    assert providers and all(isinstance(p, Provider) for p in providers)
    names = [p.package_name for p in providers]
    assert "apache-airflow-providers-common-sql" in names
    assert all(n.startswith("apache-airflow-providers-") for n in names)
    assert all(p.version and p.description for p in providers)
    assert all(p.raw is not None for p in providers)
    if airflow.major == 2:
        assert all(p.documentation_url is None for p in providers)
    else:
        assert all((p.documentation_url or "").startswith("https://") for p in providers)
    assert client.providers.list().total_entries == len(providers)
    small = client_factory(page_size=2)  # Airflow 2 has no paging here: the client cuts the pages
    assert [p.package_name for p in small.providers.list()] == names
    assert len(list(small.providers.list().iter_pages())) == (len(names) + 1) // 2
    assert [p.package_name for p in client.providers.list(limit=2)] == names[:2]


async def test_providers_and_plugins_async(aclient: AsyncClient, client: Client) -> None:
    assert [p.package_name async for p in aclient.providers.list()] == [p.package_name for p in client.providers.list()]
    assert await aclient.plugins.list() == list(client.plugins.list())


def test_plugins_of_the_shared_servers(client: Client) -> None:
    pager = client.plugins.list()
    assert list(pager) == [] and pager.total_entries == 0  # their plugins folder is empty


@pytest.mark.parametrize("major", [2, 3])
def test_plugins_of_a_server_with_one(airflow_server_factory: Any, tmp_path: Path, major: int) -> None:
    server = airflow_server_factory(
        major,
        env={"AIRFLOW__CORE__PLUGINS_FOLDER": str(PLUGINS)},
        dags_folder=tmp_path,  # no DAGs: a faster start
        wait_for_dags=False,
    )
    with make_client(server) as client:
        (plugin,) = client.plugins.list()
        assert isinstance(plugin, Plugin) and plugin.name == "astro_airflow_test"
        assert plugin.source is not None and "astro_airflow_test_plugin.py" in plugin.source
        assert len(plugin.macros) == 1 and "shout" in plugin.macros[0]
        assert plugin.timetables == plugin.listeners == plugin.appbuilder_views == []
        assert plugin.raw is not None


# -- not on the experimental API; the types read anything ------------------------------------
def test_experimental_api_names_the_stable_endpoints(airflow2: Any) -> None:
    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as client:
        for call, path in (
            (lambda: list(client.import_errors.list()), "GET /api/v1/importErrors"),
            (lambda: client.import_errors.get(1), "GET /api/v1/importErrors/{import_error_id}"),
            (lambda: list(client.event_logs.list()), "GET /api/v1/eventLogs"),
            (lambda: client.event_logs.get(1), "GET /api/v1/eventLogs/{event_log_id}"),
            (lambda: list(client.providers.list()), "GET /api/v1/providers"),
            (lambda: list(client.plugins.list()), "GET /api/v1/plugins"),
        ):
            with pytest.raises(UnsupportedOperationError) as info:
                call()
            assert f"the stable REST API offers it as {path}" in str(info.value)


WEIRD: list[Any] = [None, "", "garbage", 0, -1, True, 1.5, [], ["x", None], {}, {"a": 1}, "2024-13-45T99:00:00"]


@pytest.mark.parametrize("cls", [DagImportError, EventLog, Provider, Plugin], ids=lambda c: c.__name__)
def test_any_value_in_any_field_reads_without_raising(cls: type[Any]) -> None:
    for field in attrs.fields(cls):
        for value in WEIRD:
            obj = cls.from_json({field.name: value}, "v2")
            read = getattr(obj, field.name)
            if field.type == "int":
                assert type(read) is int
            elif field.type == "str":
                assert isinstance(read, str)
            elif field.type in ("str | None", "int | None"):
                assert read is None or isinstance(read, str | int)
            elif field.type == "datetime | None":
                assert read is None or (isinstance(read, datetime) and read.tzinfo is not None)
            elif field.type == "list[str]":
                assert isinstance(read, list) and all(isinstance(v, str) for v in read)
            elif field.type == "list[dict[str, Any]]":
                assert isinstance(read, list) and all(isinstance(v, dict) for v in read)
            assert obj == cls.from_json({field.name: value}, "v2")
            repr(obj)
