"""Backfills through the facade: real Airflow 3 (tests/airflow/dags/backfill_daily.py); on Airflow 2 every
method raises ``UnsupportedOperationError`` naming ``airflow dags backfill``.

Every backfill a test creates is cancelled (Airflow runs one backfill per DAG at a time). Each test
uses its own random range of past days, so the runs an earlier test left do not change what a new
backfill would run. On SQLite, Airflow 3 may refuse a creation with 503 "Database is locked" while
its scheduler writes (nothing is created then): ``create`` retries on exactly that answer.
"""

from __future__ import annotations

import random
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import pytest
from _clients import make_async_client, make_client
from astro_airflow import (
    APIKey,
    AsyncClient,
    Backfill,
    Client,
    ConflictError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    ReprocessBehavior,
    UnprocessableEntityError,
    UnsupportedOperationError,
)

DAG = "backfill_daily"
LOCKED_ATTEMPTS = 20  # ~85 s: the scheduler's write bursts end (tests/conformance/walk.py)


def locked(exc: InternalServerError) -> bool:
    return exc.status_code == 503 and "Database is locked" in str(exc)


def create(client: Client, *args: Any, **kwargs: Any) -> Any:
    """``client.backfills.create``, repeated while SQLite is locked (503: nothing was created)."""
    for attempt in range(LOCKED_ATTEMPTS):
        try:
            return client.backfills.create(*args, **kwargs)
        except InternalServerError as exc:
            if not locked(exc) or attempt == LOCKED_ATTEMPTS - 1:
                raise
            assert exc.safe_to_retry
            time.sleep(min(1.0 + attempt, 5.0))
    raise AssertionError("unreachable")


async def acreate(client: AsyncClient, *args: Any, **kwargs: Any) -> Any:
    import asyncio

    for attempt in range(LOCKED_ATTEMPTS):
        try:
            return await client.backfills.create(*args, **kwargs)
        except InternalServerError as exc:
            if not locked(exc) or attempt == LOCKED_ATTEMPTS - 1:
                raise
            await asyncio.sleep(min(1.0 + attempt, 5.0))
    raise AssertionError("unreachable")


def days(client: Client) -> tuple[datetime, datetime]:
    """Three consecutive past days without runs of the DAG (earlier backfills left runs), picked at random."""
    taken = {run.logical_date for run in client.dag_runs.list(DAG)}
    for _ in range(1000):
        start = datetime(2001, 1, 1, tzinfo=UTC) + timedelta(days=3 * random.randrange(0, 3000))
        if not taken & {start + timedelta(days=n) for n in range(3)}:
            return start, start + timedelta(days=2)
    raise AssertionError("no free range of days left: start a fresh server")


def cancel_running(client: Client) -> None:
    for backfill in client.backfills.list(DAG):
        if not backfill.completed:
            client.backfills.cancel(backfill.id)


@pytest.fixture
def c3(airflow3: Any) -> Iterator[Client]:
    with make_client(airflow3) as client:
        cancel_running(client)  # one an interrupted run left
        yield client
        cancel_running(client)


@pytest.fixture
async def ac3(airflow3: Any) -> AsyncIterator[AsyncClient]:
    async with make_async_client(airflow3) as client:
        yield client
    with make_client(airflow3) as sync:
        cancel_running(sync)


def test_dry_run_creates_nothing(c3: Client) -> None:
    start, end = days(c3)
    before = [b.id for b in c3.backfills.list(DAG)]
    dates = create(c3, DAG, start, end, dry_run=True)
    assert dates == [start, start + timedelta(days=1), end]
    assert all(d.tzinfo is not None for d in dates)
    assert create(c3, DAG, start, end, run_backwards=True, dry_run=True) == [end, start + timedelta(days=1), start]
    assert create(c3, DAG, start.isoformat(), start.replace(tzinfo=None).isoformat(), dry_run=True) == [start]
    assert create(c3, DAG, start + timedelta(seconds=1), start + timedelta(seconds=2), dry_run=True) == []
    assert [b.id for b in c3.backfills.list(DAG)] == before


def test_round_trip(c3: Client) -> None:
    start, end = days(c3)
    backfill = create(c3, DAG, start, end, reprocess_behavior="completed", max_active_runs=1, conf={"from": "test"})
    assert isinstance(backfill, Backfill) and isinstance(backfill.id, int)
    assert (backfill.dag_id, backfill.from_date, backfill.to_date) == (DAG, start, end)
    assert backfill.reprocess_behavior is ReprocessBehavior.COMPLETED and backfill.max_active_runs == 1
    assert backfill.conf == {"from": "test"} and backfill.is_paused is False
    assert backfill.created_at is not None and backfill.completed_at is None and not backfill.completed
    assert backfill.raw is not None and backfill.raw.id == backfill.id

    assert c3.backfills.get(backfill.id).to_date == end
    ids = [b.id for b in c3.backfills.list(DAG)]
    assert ids[0] == backfill.id and ids == sorted(ids, reverse=True)  # newest first
    assert [b.id for b in c3.backfills.list(DAG, limit=1)] == [backfill.id]
    with pytest.raises(ConflictError) as info:  # one running backfill per DAG
        create(c3, DAG, start, end)
    assert "already a running backfill" in str(info.value)

    assert c3.backfills.pause(backfill.id).is_paused is True
    assert c3.backfills.pause(backfill.id).is_paused is True  # again: no change, no error
    assert c3.backfills.unpause(backfill.id).is_paused is False
    cancelled = c3.backfills.cancel(backfill.id)
    assert cancelled.completed and cancelled.completed_at is not None and cancelled.is_paused is True
    assert c3.backfills.get(backfill.id).completed
    for call in (c3.backfills.cancel, c3.backfills.pause, c3.backfills.unpause):
        with pytest.raises(ConflictError) as info:
            call(backfill.id)
        assert "already completed" in str(info.value)
    # every date of the range has a run now: without reprocessing, a new backfill would run none
    assert create(c3, DAG, start, end, reprocess_behavior=ReprocessBehavior.NONE, dry_run=True) == []


def test_server_refusals(c3: Client) -> None:
    start, end = days(c3)
    with pytest.raises(NotFoundError) as info:
        c3.backfills.get(2_000_000_000)
    assert "Backfill not found" in str(info.value)
    with pytest.raises(NotFoundError) as info:
        create(c3, "no_such_dag", start, end)
    assert "no_such_dag" in str(info.value)
    with pytest.raises(UnprocessableEntityError) as info:  # hello is not scheduled
        create(c3, "hello", start, end, dry_run=True)
    assert "non-periodic schedule" in str(info.value)
    assert list(c3.backfills.list("hello")) == []


def test_bad_input_is_refused_before_sending(c3: Client) -> None:
    start, end = days(c3)
    cases: list[tuple[Any, str]] = [
        (lambda: c3.backfills.create(DAG, end, start), "must not be after to_date"),
        (lambda: c3.backfills.create(DAG, "last week", end), "from_date 'last week' is not an ISO 8601"),
        (lambda: c3.backfills.create(DAG, start, end, reprocess_behavior="all"), "reprocess_behavior must be one"),
        (lambda: c3.backfills.create(DAG, start, end, max_active_runs=0), "max_active_runs must be an int >= 1"),
        (lambda: c3.backfills.create(DAG, start, end, conf=[1]), "conf must be a dict"),  # type: ignore[arg-type]
        (lambda: c3.backfills.create("no such dag", start, end), "dag_id 'no such dag' cannot exist"),
        (lambda: c3.backfills.get("7"), "backfill_id must be"),  # type: ignore[arg-type]
        (lambda: c3.backfills.cancel(-1), "backfill_id must be"),
        (lambda: c3.backfills.list(""), "dag_id must be a non-empty string"),
    ]
    for call, words in cases:
        with pytest.raises(InvalidInputError) as info:
            call()
        assert words in str(info.value)


async def test_async_round_trip(ac3: AsyncClient, airflow3: Any) -> None:
    with make_client(airflow3) as sync:
        start, end = days(sync)
    assert await acreate(ac3, DAG, start, end, dry_run=True) == [start, start + timedelta(days=1), end]
    backfill = await acreate(ac3, DAG, start, end, max_active_runs=1)
    assert backfill.reprocess_behavior is ReprocessBehavior.NONE  # the server's default
    assert (await ac3.backfills.get(backfill.id)).from_date == start
    assert backfill.id in [b.id async for b in ac3.backfills.list(DAG)]
    assert (await ac3.backfills.pause(backfill.id)).is_paused is True
    assert (await ac3.backfills.unpause(backfill.id)).is_paused is False
    assert (await ac3.backfills.cancel(backfill.id)).completed
    with pytest.raises(ConflictError):
        await ac3.backfills.cancel(backfill.id)


def _calls(backfills: Any) -> list[tuple[str, Any]]:
    start, end = datetime(2024, 1, 1), datetime(2024, 1, 3)
    return [
        ("creating a backfill", lambda: backfills.create(DAG, start, end)),
        ("creating a backfill", lambda: backfills.create(DAG, start, end, dry_run=True)),
        ("listing backfills", lambda: backfills.list(DAG).first_page()),
        ("reading a backfill", lambda: backfills.get(1)),
        ("pausing a backfill", lambda: backfills.pause(1)),
        ("unpausing a backfill", lambda: backfills.unpause(1)),
        ("cancelling a backfill", lambda: backfills.cancel(1)),
    ]


def test_airflow_2_has_no_backfill(airflow2: Any) -> None:
    for client in (make_client(airflow2), Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental")):
        with client:
            for what, call in _calls(client.backfills):
                with pytest.raises(UnsupportedOperationError) as info:
                    call()
                message = str(info.value)
                assert message.startswith(f"{what} is not available on the {client.api_version} API")
                assert "the stable API of Airflow 2 has no backfill" in message
                assert "`airflow dags backfill --start-date START --end-date END DAG_ID`" in message


async def test_airflow_2_has_no_backfill_async(airflow2: Any) -> None:
    async with make_async_client(airflow2) as client:
        for what, call in _calls(client.backfills):
            with pytest.raises(UnsupportedOperationError) as info:
                await call()
            assert str(info.value).startswith(f"{what} is not available on the v1 API")
            assert "airflow dags backfill" in str(info.value)


# -- no server ---------------------------------------------------------------------------------
WEIRD: list[Any] = [None, "", "garbage", 0, -1, True, 1.5, [], ["x"], {}, {"a": 1}, "2024-13-45T99:00:00"]


def test_backfill_reads_any_value_without_raising() -> None:
    for field in attrs.fields(Backfill):
        for value in WEIRD:
            obj = Backfill.from_json({"id": 3, field.name: value}, "v2")
            read = getattr(obj, field.name)
            if field.type in ("str", "int"):
                assert type(read).__name__ == field.type
            elif field.type == "datetime | None":
                assert read is None or (isinstance(read, datetime) and read.tzinfo is not None)
            assert obj == Backfill.from_json({"id": 3, field.name: value}, "v2") and repr(obj)
    assert Backfill.from_json({"id": 1, "reprocess_behavior": "sometimes"}).reprocess_behavior == "sometimes"
    with pytest.raises(KeyError):
        Backfill._many([{"dag_id": "x"}])  # no id: not a backfill
