"""XComs through the facade (``client.xcom``), against real Airflow 2 and 3.

The XComs read are the ones the ``xcom_logs`` test DAG's task pushed in a run triggered here
(``_xcom_run``); the ones written (Airflow 3) are new keys of that run, deleted afterwards.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import pytest
from _xcom_run import PUSHED, TASK, finished_xcom_run
from astro_airflow import (
    APIKey,
    AsyncClient,
    Client,
    InvalidInputError,
    NotFoundError,
    UnsupportedOperationError,
    XCom,
)

DAG = "xcom_logs"


@pytest.fixture
def run_id(airflow: Any) -> str:
    return finished_xcom_run(airflow).run_id


@pytest.fixture
def key() -> str:
    return f"astro_key_{uuid.uuid4().hex[:8]}"


def test_list_gives_the_pushed_keys_without_values(client: Client, run_id: str) -> None:
    entries = list(client.xcom.list(DAG, run_id, TASK))
    assert sorted(x.key for x in entries) == sorted(PUSHED)
    for x in entries:
        assert isinstance(x, XCom)
        # Airflow 2's entries do not say their run: the client fills in the one asked for
        assert (x.dag_id, x.run_id, x.task_id, x.map_index) == (DAG, run_id, TASK, -1)
        assert isinstance(x.timestamp, datetime) and x.timestamp.tzinfo is not None
        assert x.value is None and "value" not in x.data  # the servers leave values out of lists
        assert x.raw is not None
    assert [x.key for x in client.xcom.list(DAG, run_id, TASK, limit=1)] == [entries[0].key]


def test_get_gives_the_value_as_json_on_both_majors(client: Client, airflow: Any, run_id: str) -> None:
    """Airflow 2 would send str(value) ("{'status': 'ok', ...}") without stringify=false."""
    for key, value in PUSHED.items():
        x = client.xcom.get(DAG, run_id, TASK, key)
        assert x.value == value, (key, x.data)
        assert (x.key, x.dag_id, x.run_id, x.task_id, x.map_index) == (key, DAG, run_id, TASK, -1)
        assert x.timestamp is not None and x.raw is not None
    sent = client.request(  # what the server answers without the client's choice of options
        "GET", f"dags/{DAG}/dagRuns/{run_id}/taskInstances/{TASK}/xcomEntries/extra"
    ).json()["value"]
    assert sent == ("{'answer': 42, 'items': [1, 2, 3]}" if airflow.major == 2 else PUSHED["extra"])


def test_wildcards_map_index_and_paging(client_factory: Any, run_id: str) -> None:
    small = client_factory(page_size=1)
    assert sorted(x.key for x in small.xcom.list(DAG, run_id, TASK)) == sorted(PUSHED)  # two pages of one
    assert len(list(small.xcom.list(DAG, run_id, TASK).iter_pages())) == 2
    any_run = list(small.xcom.list(DAG, "~", TASK, limit=3))  # every run of the DAG (a fresh server: one)
    assert 2 <= len(any_run) <= 3 and all(x.dag_id == DAG and x.task_id == TASK for x in any_run)
    assert len(list(small.xcom.list("~", "~", "~", limit=1))) == 1
    assert list(small.xcom.list(DAG, run_id, TASK, map_index=0)) == []
    assert sorted(x.key for x in small.xcom.list(DAG, run_id, TASK, map_index=-1)) == sorted(PUSHED)


def test_missing_xcom_is_named(client: Client, run_id: str) -> None:
    with pytest.raises(NotFoundError) as info:
        client.xcom.get(DAG, run_id, TASK, "no_such_key")
    assert str(info.value).startswith(f"XCom 'no_such_key' of {DAG}/{run_id}/{TASK} not found: ")
    with pytest.raises(NotFoundError) as info:
        client.xcom.get(DAG, run_id, TASK, "return_value", map_index=3)
    assert f"{DAG}/{run_id}/{TASK}[3] not found" in str(info.value)


def test_bad_input_is_refused_before_sending(client: Client) -> None:
    for call in (
        lambda: client.xcom.get("a b", "r", "t", "k"),
        lambda: client.xcom.get("d", "", "t", "k"),
        lambda: client.xcom.get("d", "r", "t", ""),
        lambda: client.xcom.get("d", "r", "t", "k", map_index=-2),
        lambda: client.xcom.list("d", "r", "t", map_index=True),  # type: ignore[arg-type]
        lambda: client.xcom.set("d", "r", "t", "k", object()),
        lambda: client.xcom.set("d", "r", "t", "k", float("nan")),
        lambda: client.xcom.delete("d", "r", "t/x", "k"),
    ):
        with pytest.raises(InvalidInputError):
            call()


def test_set_creates_or_updates_and_delete(client: Client, airflow: Any, run_id: str, key: str) -> None:
    if airflow.major == 2:
        with pytest.raises(UnsupportedOperationError) as info:
            client.xcom.set(DAG, run_id, TASK, key, {"a": 1})
        message = str(info.value)
        assert message.startswith("setting an XCom is not available on the v1 API of this server")
        assert "ti.xcom_push" in message and "POST /api/v2/dags/{dag_id}/dagRuns" in message
        with pytest.raises(UnsupportedOperationError) as info:
            client.xcom.delete(DAG, run_id, TASK, "extra")
        message = str(info.value)
        assert message.startswith("deleting an XCom is not available on the v1 API of this server")
        assert "client.task_instances.clear" in message and "airflow db clean --tables xcom" in message
        assert client.xcom.get(DAG, run_id, TASK, "extra").value == PUSHED["extra"]  # nothing changed
        return
    try:
        created = client.xcom.set(DAG, run_id, TASK, key, {"rows": 3, "tags": ["a", None]})  # POST after a 404
        assert (created.key, created.run_id, created.value) == (key, run_id, {"rows": 3, "tags": ["a", None]})
        assert client.xcom.get(DAG, run_id, TASK, key).value == {"rows": 3, "tags": ["a", None]}
        for value in ("text", 0, [1, "two"], None, True, {"nested": {"x": 1.5}}):  # PATCH: it exists
            assert client.xcom.set(DAG, run_id, TASK, key, value).value == value
            assert client.xcom.get(DAG, run_id, TASK, key).value == value
        assert key in {x.key for x in client.xcom.list(DAG, run_id, TASK)}
        with pytest.raises(NotFoundError):  # push is not mapped: no map index 2
            client.xcom.delete(DAG, run_id, TASK, key, map_index=2)
    finally:
        client.xcom.delete(DAG, run_id, TASK, key, missing_ok=True)
    with pytest.raises(NotFoundError):
        client.xcom.get(DAG, run_id, TASK, key)
    with pytest.raises(NotFoundError) as info:
        client.xcom.delete(DAG, run_id, TASK, key)
    assert f"XCom {key!r} of {DAG}/{run_id}/{TASK} not found" in str(info.value)
    with pytest.raises(NotFoundError) as info:  # the POST's 404 says what is missing
        client.xcom.set(DAG, "no_such_run", TASK, key, 1)
    assert "Dag Run with ID: `no_such_run` not found" in str(info.value)
    with pytest.raises(NotFoundError) as info:
        client.xcom.set(DAG, run_id, "no_such_task", key, 1)
    assert "Task with ID: `no_such_task` not found" in str(info.value)


async def test_async(aclient: AsyncClient, airflow: Any, run_id: str, key: str) -> None:
    keys = [x.key async for x in aclient.xcom.list(DAG, run_id, TASK)]
    assert sorted(keys) == sorted(PUSHED)
    assert sorted(x.key for x in await aclient.xcom.list(DAG, run_id, TASK)) == sorted(PUSHED)
    assert (await aclient.xcom.get(DAG, run_id, TASK, "return_value")).value == PUSHED["return_value"]
    if airflow.major == 2:
        with pytest.raises(UnsupportedOperationError):
            await aclient.xcom.set(DAG, run_id, TASK, key, 1)
        with pytest.raises(UnsupportedOperationError):
            await aclient.xcom.delete(DAG, run_id, TASK, key)
        return
    try:
        assert (await aclient.xcom.set(DAG, run_id, TASK, key, [1])).value == [1]
        assert (await aclient.xcom.set(DAG, run_id, TASK, key, [2])).value == [2]
        assert (await aclient.xcom.get(DAG, run_id, TASK, key)).value == [2]
    finally:
        await aclient.xcom.delete(DAG, run_id, TASK, key, missing_ok=True)
    with pytest.raises(NotFoundError):
        await aclient.xcom.get(DAG, run_id, TASK, key)


def test_experimental_api_has_no_xcoms(airflow2: Any) -> None:
    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as client:
        with pytest.raises(UnsupportedOperationError) as info:
            list(client.xcom.list(DAG, "r", TASK))
        assert "GET /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries" in str(info.value)
        with pytest.raises(UnsupportedOperationError):
            client.xcom.get(DAG, "r", TASK, "return_value")
