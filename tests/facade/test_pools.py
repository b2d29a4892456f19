"""Pools through the facade, against real Airflow 2 and 3 (and the experimental API)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from astro_airflow import (
    AirflowJWT,
    APIKey,
    AsyncClient,
    Client,
    ConflictError,
    InvalidInputError,
    NotFoundError,
    UnsupportedOperationError,
)


@pytest.fixture
def name() -> str:
    return f"pool-{uuid.uuid4().hex[:8]}"


def test_round_trip(client: Client, name: str) -> None:
    created = client.pools.create(name, 3, description="etl jobs")
    assert (created.name, created.slots, created.description, created.open_slots) == (name, 3, "etl jobs", 3)
    assert created.raw is not None and created.raw.name == name
    assert client.pools.get(name) == created
    assert name in [p.name for p in client.pools.list()]
    updated = client.pools.update(name, slots=7, description="more")  # two fields in one PATCH
    assert (updated.slots, updated.description) == (7, "more")
    assert client.pools.get(name).slots == 7
    only_slots = client.pools.update(name, slots=2)
    assert (only_slots.slots, only_slots.description) == (2, "more")
    client.pools.delete(name)
    with pytest.raises(NotFoundError) as info:
        client.pools.get(name)
    assert name in str(info.value)


def test_idempotent_create_and_delete(client: Client, name: str) -> None:
    first = client.pools.create(name, 4)
    with pytest.raises(ConflictError):
        client.pools.create(name, 4)
    again = client.pools.create(name, 9, exist_ok=True)  # returns the existing pool unchanged
    assert (again.name, again.slots) == (first.name, 4)
    client.pools.delete(name)
    client.pools.delete(name, missing_ok=True)
    with pytest.raises(NotFoundError):
        client.pools.delete(name)


def test_default_pool_slots_can_change(client: Client) -> None:
    before = client.pools.get("default_pool").slots
    try:
        assert client.pools.update("default_pool", slots=before + 1).slots == before + 1
    finally:
        client.pools.update("default_pool", slots=before)


@pytest.mark.parametrize("weird", ["with space", "ü-pool", "a:b+c"])
def test_names_are_url_encoded(client: Client, weird: str) -> None:
    name = f"{weird}-{uuid.uuid4().hex[:4]}"
    assert client.pools.create(name, 1).name == name
    assert client.pools.get(name).name == name
    client.pools.delete(name)


def test_bad_input(client: Client) -> None:
    with pytest.raises(InvalidInputError):
        client.pools.create("", 1)
    with pytest.raises(InvalidInputError):
        client.pools.create("x", "three")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        client.pools.update("x")


def test_pagination_is_lazy(client_factory: Any, name: str) -> None:
    small = client_factory(page_size=2)
    names = [f"{name}-{i}" for i in range(5)]
    for n in names:
        small.pools.create(n, 1)
    try:
        pager = small.pools.list()
        assert (pager.total_entries or 0) >= 6  # first page only
        pages = list(pager.iter_pages())
        assert all(len(p.items) <= 2 for p in pages) and len(pages) >= 3
        assert set(names) <= {p.name for p in small.pools.list()}
        assert len(list(small.pools.list(limit=3))) == 3
    finally:
        for n in names:
            small.pools.delete(n, missing_ok=True)


async def test_async_round_trip(aclient: AsyncClient, name: str) -> None:
    created = await aclient.pools.create(name, 2)
    assert created.slots == 2
    assert (await aclient.pools.update(name, slots=5, description="d")).slots == 5
    assert name in [p.name async for p in aclient.pools.list()]
    assert name in [p.name for p in await aclient.pools.list()]
    await aclient.pools.delete(name)
    with pytest.raises(NotFoundError):
        await aclient.pools.get(name)


def test_experimental_pools(airflow2: Any, name: str) -> None:
    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as client:
        created = client.pools.create(name, 3, description="legacy")
        assert (created.name, created.slots, created.description) == (name, 3, "legacy")
        assert client.pools.get(name).slots == 3
        assert name in [p.name for p in client.pools.list()]
        with pytest.raises(UnsupportedOperationError) as info:
            client.pools.update(name, slots=4)
        assert "PATCH /api/v1/pools" in str(info.value)
        client.pools.delete(name)
        with pytest.raises(NotFoundError):
            client.pools.get(name)


def test_jwt_client_reuses_one_token(airflow3: Any) -> None:
    auth = AirflowJWT(airflow3.username, airflow3.password)
    with Client(airflow3.base_url, auth=auth) as client:
        for _ in range(5):
            client.pools.get("default_pool")
    assert auth.exchanges == 1


def test_raw_request_for_any_endpoint(client: Client) -> None:
    answer = client.request("GET", "pools/default_pool")  # under the detected API root
    assert answer.status_code == 200 and answer.json()["name"] == "default_pool"
    with pytest.raises(NotFoundError) as info:  # the typed errors of every other call
        client.request("GET", "pools/no-such-pool")
    assert info.value.status_code == 404 and "pools/no-such-pool" in str(info.value) and info.value.safe_to_retry
    assert client.request("GET", "pools/no-such-pool", raise_for_status=False).status_code == 404  # opted out
    health_path = "/api/v1/health" if client.api_version == "v1" else "/api/v2/monitor/health"
    assert client.request("GET", health_path).json()["metadatabase"]["status"] == "healthy"
    with pytest.raises(InvalidInputError):
        client.request("GET", "https://elsewhere.example.com/x")


def test_experimental_raw_request(airflow2: Any) -> None:
    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as client:
        assert client.request("GET", "test").json() == {"status": "OK"}
