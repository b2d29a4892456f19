"""Variables through the facade, against real Airflow 2 (/api/v1) and Airflow 3 (/api/v2)."""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from astro_airflow import (
    APIKey,
    AsyncClient,
    Client,
    ConflictError,
    InvalidInputError,
    NotFoundError,
    UnsupportedOperationError,
    Variable,
)


def unique(prefix: str = "var") -> str:
    return f"test_{prefix}_{uuid.uuid4().hex[:10]}"


@pytest.fixture
def key(client: Client) -> Iterator[str]:
    """A fresh key, deleted after the test whatever happened."""
    name = unique()
    yield name
    client.variables.delete(name, missing_ok=True)


def test_round_trip(client: Client, key: str) -> None:
    created = client.variables.create(key, "hello", description="first")
    assert (created.key, created.value, created.description) == (key, "hello", "first")
    assert created.api == client.api_version and created.data["key"] == key

    got = client.variables.get(key)
    assert (got.key, got.value, got.description) == (key, "hello", "first")
    assert got.raw is not None and got.raw.key == key  # parses into the generated model

    listed = {v.key: v for v in client.variables.list()}
    assert listed[key].value == "hello" and listed[key].description == "first"

    updated = client.variables.update(key, "world")
    assert (updated.value, updated.description) == ("world", "first")  # description kept
    assert client.variables.get(key).description == "first"

    updated = client.variables.update(key, description="second")
    assert (updated.value, updated.description) == ("world", "second")  # value kept
    got = client.variables.get(key)
    assert (got.value, got.description) == ("world", "second")

    updated = client.variables.update(key, "both", description="third")
    assert (updated.value, updated.description) == ("both", "third")

    client.variables.delete(key)
    with pytest.raises(NotFoundError):
        client.variables.get(key)


def test_not_found_names_the_key(client: Client) -> None:
    missing = unique("missing")
    for call in (
        lambda: client.variables.get(missing),
        lambda: client.variables.update(missing, "x"),
        lambda: client.variables.update(missing, description="x"),
        lambda: client.variables.delete(missing),
    ):
        with pytest.raises(NotFoundError) as info:
            call()
        assert repr(missing) in str(info.value) and info.value.status_code == 404
    client.variables.delete(missing, missing_ok=True)  # no error


def test_conflict_and_exist_ok(client: Client, key: str) -> None:
    client.variables.create(key, "original", description="kept")
    with pytest.raises(ConflictError) as info:
        client.variables.create(key, "other")
    assert key in str(info.value) and info.value.status_code == 409
    # Airflow 2's POST would have overwritten it: the client looked first
    assert client.variables.get(key).value == "original"

    again = client.variables.create(key, "other", exist_ok=True)
    assert (again.value, again.description) == ("original", "kept")  # returned unchanged
    assert client.variables.get(key).value == "original"

    client.variables.delete(key)
    client.variables.delete(key, missing_ok=True)
    fresh = client.variables.create(key, "new", exist_ok=True)
    assert fresh.value == "new"


def test_set_creates_then_updates_idempotently(client: Client, key: str) -> None:
    first = client.variables.set(key, "one", description="desc")
    assert (first.value, first.description) == ("one", "desc")
    second = client.variables.set(key, "two")
    assert (second.value, second.description) == ("two", "desc")  # description kept
    third = client.variables.set(key, "two")  # repeating is harmless
    assert third == second
    assert client.variables.get(key).value == "two"


@pytest.mark.parametrize(
    "value",
    [{"retries": 3, "tags": ["a", "ü"]}, [1, 2, 3], 42, 2.5, True, {"nested": {"x": None}}],
    ids=["dict", "list", "int", "float", "bool", "nested"],
)
def test_non_string_values_are_stored_as_json(client: Client, key: str, value: Any, airflow: Any) -> None:
    created = client.variables.create(key, value)
    assert created.json() == value
    if airflow.major == 2:  # Airflow 3 answers JSON values re-serialised (compact), see variables.py
        assert created.value == json.dumps(value, indent=2)  # what Variable.set(serialize_json=True) stores
    got = client.variables.get(key)
    assert got.json() == value
    client.variables.update(key, {"changed": value})
    assert client.variables.get(key).json() == {"changed": value}


@pytest.mark.parametrize(
    "value", [None, b"bytes", math.nan, {"f": math.inf}, object()], ids=["none", "bytes", "nan", "inf", "object"]
)
def test_bad_values_fail_before_sending(client: Client, key: str, value: Any) -> None:
    with pytest.raises(InvalidInputError):
        client.variables.create(key, value)
    with pytest.raises(InvalidInputError):
        client.variables.set(key, value)
    with pytest.raises(NotFoundError):  # nothing was created
        client.variables.get(key)


def test_bad_arguments(client: Client) -> None:
    with pytest.raises(InvalidInputError):
        client.variables.get("")
    with pytest.raises(InvalidInputError):
        client.variables.update(unique(), None)  # nothing to change


def test_empty_string_and_multiline_values(client: Client, key: str) -> None:
    assert client.variables.create(key, "").value == ""
    text = "line 1\nline 2\t'quoted' \"double\" ü €"
    assert client.variables.update(key, text).value == text
    assert client.variables.get(key).value == text


@pytest.mark.parametrize("special", ["a/b", "x y", "ü", "a%2Fb", "q?x#y&z=1", "dots.and-dash_ok", "日本"])
def test_special_keys_round_trip(client: Client, special: str) -> None:
    name = f"{unique()}_{special}"
    try:
        assert client.variables.create(name, "v").key == name
        assert client.variables.get(name).key == name
        assert client.variables.update(name, "w", description="d").value == "w"
        assert client.variables.set(name, "x").value == "x"
        assert name in {v.key for v in client.variables.list()}
        client.variables.delete(name)
        with pytest.raises(NotFoundError) as info:
            client.variables.get(name)
        assert repr(name) in str(info.value)
    finally:
        client.variables.delete(name, missing_ok=True)


def test_secret_looking_key(client: Client, airflow: Any) -> None:
    name = unique("db_password")
    try:
        created = client.variables.create(name, "hunter2-secret")
        assert "hunter2-secret" not in repr(created) and "hunter2-secret" not in str(created)
        got = client.variables.get(name)
        # Airflow 3 redacts values of secret-looking keys; Airflow 2 returns them
        assert got.value == ("***" if airflow.major == 3 else "hunter2-secret")
        # a description-only update does not write the redacted value back
        client.variables.update(name, description="rotated monthly")
        if airflow.major == 2:
            assert client.variables.get(name).value == "hunter2-secret"
    finally:
        client.variables.delete(name, missing_ok=True)


def test_pagination_is_lazy_and_complete(client: Client) -> None:
    prefix = unique("page")
    names = [f"{prefix}_{i:03d}" for i in range(120)]
    requests: list[httpx.Request] = []
    with httpx.Client(timeout=60, event_hooks={"request": [requests.append]}) as http:
        paged = client.with_options(page_size=50, http_client=http)
        paged.detect()
        try:
            for name in names:
                paged.variables.create(name, name)
            requests.clear()

            one_at_a_time = paged.with_options(prefetch=1).variables.list()
            assert requests == []  # nothing is fetched before iterating
            it = iter(one_at_a_time)
            next(it)
            assert len(requests) == 1 and requests[0].url.params["limit"] == "50"
            assert len(list(it)) + 1 == one_at_a_time.total_entries
            requests.clear()

            pager = paged.variables.list()  # prefetch 4: the next pages are read while the first is
            assert requests == []
            it = iter(pager)
            next(it)
            assert requests[0].url.params["offset"] == "0" and requests[0].url.params["limit"] == "50"
            rest = list(it)
            total = 1 + len(rest)
            assert pager.total_entries == total >= 120
            assert len(requests) == math.ceil(total / 50)
            assert sorted(int(r.url.params["offset"]) for r in requests) == [50 * i for i in range(len(requests))]
            seen = [v.key for v in client.variables.list()]
            assert set(names) <= set(seen) and len(seen) == len(set(seen))
            mine = {v.key: v.value for v in paged.variables.list() if v.key.startswith(prefix)}
            assert mine == {n: n for n in names}  # values are listed on both servers

            requests.clear()
            assert len(list(paged.variables.list(limit=70))) == 70
            assert [r.url.params["limit"] for r in requests] == ["50", "20"]
        finally:
            for name in names:
                paged.variables.delete(name, missing_ok=True)


async def test_async_twin_gives_identical_results(client: Client, aclient: AsyncClient) -> None:
    name = unique("async")
    try:
        created = await aclient.variables.create(name, {"a": 1}, description="async")
        assert created == client.variables.get(name)
        assert await aclient.variables.get(name) == client.variables.get(name)
        with pytest.raises(ConflictError):
            await aclient.variables.create(name, "x")
        assert (await aclient.variables.create(name, "x", exist_ok=True)) == created
        updated = await aclient.variables.update(name, description="changed")
        assert updated == client.variables.get(name) and updated.json() == {"a": 1}
        assert (await aclient.variables.set(name, "plain")).value == "plain"
        sync_list = [v for v in client.variables.list() if v.key == name]
        async_list = [v async for v in aclient.variables.list() if v.key == name]
        assert sync_list == async_list and len(async_list) == 1
        assert [v.key for v in await aclient.variables.list(limit=3)] == [v.key for v in client.variables.list(limit=3)]
        await aclient.variables.delete(name)
        with pytest.raises(NotFoundError) as info:
            await aclient.variables.get(name)
        assert repr(name) in str(info.value)
        await aclient.variables.delete(name, missing_ok=True)
    finally:
        client.variables.delete(name, missing_ok=True)


def test_variable_repr_hides_value(client: Client, key: str) -> None:
    variable = client.variables.create(key, "some-value", description="shown")
    assert "some-value" not in repr(variable) and key in repr(variable) and "shown" in repr(variable)
    assert isinstance(variable, Variable)


def test_experimental_api_is_unsupported(airflow2: Any) -> None:
    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as client:
        for call in (
            lambda: list(client.variables.list()),
            lambda: client.variables.get("x"),
            lambda: client.variables.create("x", "y"),
            lambda: client.variables.update("x", "y"),
            lambda: client.variables.set("x", "y"),
            lambda: client.variables.delete("x"),
        ):
            with pytest.raises(UnsupportedOperationError) as info:
                call()
            message = str(info.value)
            assert "experimental" in message and "/api/v1/variables" in message
