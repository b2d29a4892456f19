"""Assets (Airflow 2: datasets) through the facade, against real Airflow 2 and 3.

The assets are those of tests/airflow/dags/asset_producer.py: ``asset_producer`` updates PRODUCED;
``asset_consumer`` is scheduled on PRODUCED and NEVER (never updated), so it never runs and every
event of PRODUCED leaves a queued event for it. Events cannot be deleted: each test marks its own
with a unique ``extra`` and clears the consumer's queue afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import pytest
from astro_airflow import (
    APIKey,
    Asset,
    AssetEvent,
    AsyncClient,
    Client,
    InvalidInputError,
    NotFoundError,
    QueuedEvent,
    UnsupportedOperationError,
)

PRODUCED = "astro-airflow-test://assets/produced"
NEVER = "astro-airflow-test://assets/never-produced"
PRODUCER, CONSUMER = "asset_producer", "asset_consumer"
WAIT = 300  # Airflow 2's sequential executor: runs queue behind other tests' runs


@pytest.fixture
def tag() -> str:
    return uuid.uuid4().hex[:12]


@pytest.fixture
def assets(client: Client) -> Iterator[Client]:
    """``client``, clearing the consumer's queued events afterwards (the events stay: no API deletes them)."""
    yield client
    client.assets.clear_queued_events(CONSUMER)


@pytest.fixture
async def aassets(aclient: AsyncClient) -> AsyncIterator[AsyncClient]:
    yield aclient
    await aclient.assets.clear_queued_events(CONSUMER)


def test_list_and_get(client: Client) -> None:
    found = {a.uri: a for a in client.assets.list()}
    produced, never = found[PRODUCED], found[NEVER]
    assert isinstance(produced, Asset) and isinstance(produced.id, int) and produced.id != never.id
    assert produced.name == PRODUCED  # Airflow 3's default name; Airflow 2 has the URI only
    assert produced.consuming_dag_ids == [CONSUMER] and never.consuming_dag_ids == [CONSUMER]
    assert produced.producing_tasks == [(PRODUCER, "produce")] and never.producing_tasks == []
    assert produced.extra == {} and produced.created_at is not None and produced.created_at.tzinfo is not None
    assert produced.raw is not None  # the generated Dataset / AssetResponse
    assert produced.group == (None if client.api_version == "v1" else "asset")

    got = client.assets.get(PRODUCED)
    assert (got.uri, got.id, got.consuming_dag_ids, got.producing_tasks) == (
        PRODUCED,
        produced.id,
        [CONSUMER],
        [(PRODUCER, "produce")],
    )
    assert [a.uri for a in client.assets.list("astro-airflow-test://assets/p")] == [PRODUCED]
    assert [a.uri for a in client.assets.list("astro-airflow-test://")] == [NEVER, PRODUCED]  # by URI
    assert list(client.assets.list(f"no-such-asset-{uuid.uuid4().hex}")) == []
    assert len(list(client.assets.list(limit=1))) == 1


def test_get_needs_the_exact_uri(client: Client) -> None:
    # a part of the produced asset's URI: the server's uri_pattern matches it, the client does not
    for uri in ("astro-airflow-test://assets/p", "astro-airflow-test://assets/produced/", "nope://x"):
        with pytest.raises(NotFoundError) as info:
            client.assets.get(uri)
        assert uri in str(info.value) and info.value.status_code == 404 and info.value.safe_to_retry
    with pytest.raises(NotFoundError) as info:
        client.assets.create_event("astro-airflow-test://assets/nope", {"x": 1})
    assert "astro-airflow-test://assets/nope" in str(info.value)
    with pytest.raises(NotFoundError) as info:
        list(client.assets.events("astro-airflow-test://assets/nope"))
    assert "astro-airflow-test://assets/nope" in str(info.value)


def test_create_event_filters_and_queued_events(assets: Client, tag: str) -> None:
    client = assets
    event = client.assets.create_event(PRODUCED, {"test": tag, "n": 1})
    assert isinstance(event, AssetEvent) and event.uri == PRODUCED
    assert event.extra["test"] == tag and event.extra["n"] == 1 and event.extra.get("from_rest_api") is True
    assert event.asset_id == client.assets.get(PRODUCED).id and isinstance(event.id, int)
    assert (event.source_dag_id, event.source_task_id, event.source_run_id, event.source_map_index) == (
        None,
        None,
        None,
        -1,
    )
    assert event.created_dag_runs == []  # the consumer also waits for NEVER
    assert event.timestamp is not None and abs(event.timestamp - datetime.now(UTC)) < timedelta(minutes=5)
    second = client.assets.create_event(PRODUCED, {"test": tag, "n": 2})
    assert second.timestamp is not None and second.timestamp > event.timestamp

    newest = list(client.assets.events(PRODUCED, limit=2))  # newest first
    assert [e.extra.get("n") for e in newest] == [2, 1] and [e.id for e in newest] == [second.id, event.id]
    window = list(client.assets.events(after=event.timestamp))  # after is inclusive
    assert [(e.extra.get("test"), e.extra.get("n")) for e in window] == [(tag, 2), (tag, 1)]
    between = client.assets.events(PRODUCED, after=event.timestamp, before=second.timestamp)
    assert [e.extra.get("n") for e in between] == [1]  # before is exclusive
    older = list(client.assets.events(PRODUCED, before=event.timestamp, limit=5))
    assert all(e.timestamp is not None and e.timestamp < event.timestamp for e in older)
    naive = event.timestamp.astimezone(UTC).replace(tzinfo=None).isoformat()  # a naive string is UTC
    assert [e.id for e in client.assets.events(PRODUCED, after=naive)] == [second.id, event.id]
    assert list(client.assets.events(NEVER, after=event.timestamp)) == []
    assert list(client.assets.events(dag_id=PRODUCER, after=event.timestamp)) == []  # not from a task

    queued = client.assets.queued_events(CONSUMER)
    assert [(q.dag_id, q.uri) for q in queued] == [(CONSUMER, PRODUCED)]  # one per asset, not per event
    assert isinstance(queued[0], QueuedEvent) and queued[0].created_at is not None
    assert queued[0].asset_id == (None if client.api_version == "v1" else event.asset_id)
    assert queued[0].raw is not None
    client.assets.clear_queued_events(CONSUMER)
    assert client.assets.queued_events(CONSUMER) == []
    client.assets.clear_queued_events(CONSUMER)  # nothing queued (Airflow answers 404): not an error
    assert client.assets.queued_events(PRODUCER) == []  # not scheduled on assets


def test_events_of_a_producing_run(assets: Client) -> None:
    client = assets
    run = client.dags.trigger(PRODUCER, run_id=f"assets_{uuid.uuid4().hex[:8]}")
    assert client.dag_runs.wait(PRODUCER, run.run_id, timeout=WAIT, poll_interval=1).succeeded
    events = list(client.assets.events(dag_id=PRODUCER, run_id=run.run_id))
    assert [(e.uri, e.source_dag_id, e.source_task_id, e.source_run_id, e.source_map_index) for e in events] == [
        (PRODUCED, PRODUCER, "produce", run.run_id, -1)
    ]
    assert "from_rest_api" not in events[0].extra and events[0].raw is not None
    assert events[0].id in [e.id for e in client.assets.events(PRODUCED, dag_id=PRODUCER, limit=5)]
    assert list(client.assets.events(NEVER, dag_id=PRODUCER)) == []
    assert [q.uri for q in client.assets.queued_events(CONSUMER)] == [PRODUCED]


def test_pages(client_factory: Any, assets: Client, tag: str) -> None:
    small = client_factory(page_size=2)
    first = small.assets.create_event(PRODUCED, {"test": tag, "n": 0})
    for n in range(1, 5):
        small.assets.create_event(PRODUCED, {"test": tag, "n": n})
    pager = small.assets.events(PRODUCED, after=first.timestamp)
    pages = list(pager.iter_pages())
    assert [len(p.items) for p in pages][:3] == [2, 2, 1]
    assert [e.extra["n"] for p in pages for e in p.items] == [4, 3, 2, 1, 0]
    # Airflow 2 cannot filter by time: the client reads newest first and cuts the window, page by page too
    assert [e.extra["n"] for e in small.assets.events(PRODUCED, after=first.timestamp, limit=3)] == [4, 3, 2]
    assert [e.extra["n"] for e in small.assets.events(PRODUCED, limit=5)] == [4, 3, 2, 1, 0]
    assert [a.uri for a in small.assets.list("astro-airflow-test")] == [NEVER, PRODUCED]


def test_bad_input_is_refused_before_sending(client: Client) -> None:
    cases: list[tuple[Any, str]] = [
        (lambda: client.assets.get(""), "asset uri"),
        (lambda: client.assets.create_event(PRODUCED, ["not", "a", "dict"]), "extra must be a dict"),  # type: ignore[arg-type]
        (lambda: client.assets.create_event(PRODUCED, {"x": object()}), "extra is not JSON-serialisable"),
        (lambda: client.assets.events(after="yesterday"), "after 'yesterday' is not an ISO 8601"),
        (lambda: client.assets.events(after="2024-01-02", before="2024-01-01"), "must be earlier than before"),
        (lambda: client.assets.events(dag_id="no such dag"), "dag_id 'no such dag' cannot exist"),
        (lambda: client.assets.list(3), "uri_pattern must be a string"),  # type: ignore[arg-type]
        (lambda: client.assets.queued_events(""), "dag_id must be a non-empty string"),
        (lambda: client.assets.clear_queued_events("a/b"), "dag_id 'a/b' cannot exist"),
    ]
    for call, words in cases:
        with pytest.raises(InvalidInputError) as info:
            call()
        assert words in str(info.value)


async def test_async(aassets: AsyncClient, tag: str) -> None:
    client = aassets
    event = await client.assets.create_event(PRODUCED, {"test": tag})
    assert event.uri == PRODUCED and event.extra["test"] == tag
    assert (await client.assets.get(PRODUCED)).id == event.asset_id
    assert [e.id async for e in client.assets.events(PRODUCED, after=event.timestamp)] == [event.id]
    assert [e.id for e in await client.assets.events(PRODUCED, limit=1)] == [event.id]
    assert PRODUCED in [a.uri async for a in client.assets.list("astro-airflow-test")]
    assert [q.uri for q in await client.assets.queued_events(CONSUMER)] == [PRODUCED]
    await client.assets.clear_queued_events(CONSUMER)
    assert await client.assets.queued_events(CONSUMER) == []
    with pytest.raises(NotFoundError):
        await client.assets.get("astro-airflow-test://assets/nope")


def test_experimental_api_has_no_assets(airflow2: Any) -> None:
    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as client:
        for call, endpoint in (
            (lambda: list(client.assets.list()), "GET /api/v1/datasets"),
            (lambda: client.assets.get(PRODUCED), "GET /api/v1/datasets/{uri}"),
            (lambda: list(client.assets.events()), "GET /api/v1/datasets/events"),
            (lambda: client.assets.create_event(PRODUCED), "POST /api/v1/datasets/events"),
            (lambda: client.assets.queued_events(CONSUMER), "GET /api/v1/dags/{dag_id}/datasets/queuedEvent"),
        ):
            with pytest.raises(UnsupportedOperationError) as info:
                call()
            assert "experimental API" in str(info.value) and endpoint in str(info.value)


# -- no server: the result types read skewed answers without raising -------------------------------
WEIRD: list[Any] = [None, "", "garbage", 0, -1, True, 1.5, [], ["x"], [{"dag_id": 1}], {}, {"a": 1}, "2024-13-45"]


@pytest.mark.parametrize("cls", [Asset, AssetEvent, QueuedEvent], ids=lambda c: c.__name__)
def test_types_read_any_value_without_raising(cls: type[Any]) -> None:
    for field in attrs.fields(cls):
        for value in WEIRD:
            obj = cls.from_json({field.name: value}, "v2")
            read = getattr(obj, field.name)
            if field.type == "str":
                assert isinstance(read, str)
            elif field.type == "datetime | None":
                assert read is None or (isinstance(read, datetime) and read.tzinfo is not None)
            elif field.type in ("int | None", "int"):
                assert read is None or type(read) is int
            elif field.type.startswith("list["):
                assert isinstance(read, list)
            elif field.type.startswith("Mapping"):
                assert isinstance(read, dict)
            assert obj == cls.from_json({field.name: value}, "v2") and repr(obj)


def test_airflow_2_and_3_answers_read_alike() -> None:
    v1 = AssetEvent.from_json(
        {
            "dataset_id": 1,
            "dataset_uri": PRODUCED,
            "id": 7,
            "timestamp": "2024-06-01T10:00:00+00:00",
            "created_dagruns": [{"dag_id": "d", "dag_run_id": "r"}],
        },
        "v1",
    )
    v2 = AssetEvent.from_json(
        {
            "asset_id": 1,
            "uri": PRODUCED,
            "id": 7,
            "timestamp": "2024-06-01T10:00:00Z",
            "created_dagruns": [{"dag_id": "d", "run_id": "r"}],
        },
        "v2",
    )
    assert v1 == v2 and v1.created_dag_runs == [("d", "r")] and v1.asset_id == 1
    old = Asset.from_json({"uri": PRODUCED, "consuming_dags": [{"dag_id": "c"}]}, "v1")
    new = Asset.from_json({"uri": PRODUCED, "name": PRODUCED, "scheduled_dags": [{"dag_id": "c"}]}, "v2")
    assert old == new and old.name == PRODUCED and old.consuming_dag_ids == ["c"]
