"""Connections through the facade, against real Airflow 2 (/api/v1) and Airflow 3 (/api/v2).

Passwords must never show: not in ``repr()``/``str()`` of a result, not in any error (message,
``.body``, ``.request``, ``.response``).
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from astro_airflow import (
    APIError,
    APIKey,
    APIStatusError,
    AsyncClient,
    Client,
    ConflictError,
    Connection,
    InvalidInputError,
    NotFoundError,
    UnsupportedOperationError,
)
from astro_airflow._base_client import Call, Context, Op
from astro_airflow.resources import connections as connections_module


def unique(prefix: str = "conn") -> str:
    return f"test_{prefix}_{uuid.uuid4().hex[:10]}"


def secret() -> str:
    return f"pw-{uuid.uuid4().hex}-Zz!"


def assert_no_secret(exc: BaseException, *secrets: str) -> None:
    """Nothing the error carries shows a secret."""
    texts = [str(exc), repr(exc), repr(exc.args)]
    if isinstance(exc, APIError) and exc.request is not None:
        texts.append(exc.request.content.decode(errors="replace"))
        texts.append(str(exc.request.url))
    if isinstance(exc, APIStatusError):
        texts.append(json.dumps(exc.body))
        texts.append(exc.response.text)
    for s in secrets:
        for text in texts:
            assert s not in text


@pytest.fixture
def conn_id(client: Client) -> Iterator[str]:
    """A fresh connection id, deleted after the test whatever happened."""
    name = unique()
    yield name
    client.connections.delete(name, missing_ok=True)


def test_round_trip(client: Client, conn_id: str, airflow: Any) -> None:
    password = secret()
    created = client.connections.create(
        conn_id,
        "postgres",
        host="db.example.com",
        login="etl",
        password=password,
        schema="warehouse",
        port=5432,
        extra={"sslmode": "require", "token": "tok-123"},
        description="the warehouse",
    )
    expected = ("postgres", "db.example.com", "etl", "warehouse", 5432, "the warehouse")
    assert created.conn_id == conn_id
    assert (created.conn_type, created.host, created.login, created.schema, created.port, created.description) == (
        expected
    )
    # Airflow never returns the password: Airflow 2 leaves it out, Airflow 3 answers ***
    assert created.password == (None if airflow.major == 2 else "***")
    # secret-looking keys of extra are redacted by both
    assert created.extra_dejson == {"sslmode": "require", "token": "***"}

    got = client.connections.get(conn_id)
    assert got == created
    assert got.raw is not None and got.raw.connection_id == conn_id

    listed = {c.conn_id: c for c in client.connections.list()}
    assert listed[conn_id].host == "db.example.com" and listed[conn_id].port == 5432

    # one field: the others stay
    updated = client.connections.update(conn_id, host="db2.example.com")
    assert (updated.host, updated.login, updated.port, updated.schema) == ("db2.example.com", "etl", 5432, "warehouse")
    # several fields at once (Airflow 2 applies only the last of a repeated update_mask)
    updated = client.connections.update(conn_id, host="db3", port=6543, login="loader", description="moved")
    assert (updated.host, updated.port, updated.login, updated.description) == ("db3", 6543, "loader", "moved")
    assert client.connections.get(conn_id) == updated
    # None clears a field
    updated = client.connections.update(conn_id, login=None, port=None, schema=None, description=None)
    assert (updated.login, updated.port, updated.schema, updated.description) == (None, None, None, None)
    assert updated.host == "db3" and updated.conn_type == "postgres"
    # extra as a JSON string; conn_type
    updated = client.connections.update(conn_id, extra='{"a": 1}', conn_type="mysql")
    assert updated.extra_dejson == {"a": 1} and updated.conn_type == "mysql"
    # the password: still hidden, still set
    updated = client.connections.update(conn_id, password=secret())
    assert updated.password == (None if airflow.major == 2 else "***")
    # Airflow ignores an empty password (the old one stays): refused rather than silently ignored
    for empty in (None, ""):
        with pytest.raises(InvalidInputError, match="cannot clear"):
            client.connections.update(conn_id, password=empty)
    assert client.connections.get(conn_id).password == (None if airflow.major == 2 else "***")

    client.connections.delete(conn_id)
    with pytest.raises(NotFoundError):
        client.connections.get(conn_id)


def test_minimal_connection(client: Client, conn_id: str) -> None:
    created = client.connections.create(conn_id, "http")
    assert created.conn_type == "http"
    assert (created.host, created.login, created.port, created.password) == (None, None, None, None)
    assert created.extra_dejson == {}


def test_not_found_names_the_conn_id(client: Client) -> None:
    missing = unique("missing")
    for call in (
        lambda: client.connections.get(missing),
        lambda: client.connections.update(missing, host="x"),
        lambda: client.connections.update(missing, conn_type="http", password=secret()),
        lambda: client.connections.delete(missing),
    ):
        with pytest.raises(NotFoundError) as info:
            call()
        assert repr(missing) in str(info.value) and info.value.status_code == 404
    client.connections.delete(missing, missing_ok=True)  # no error


def test_conflict_and_exist_ok(client: Client, conn_id: str) -> None:
    password = secret()
    first = client.connections.create(conn_id, "http", host="first", password=password)
    with pytest.raises(ConflictError) as info:
        client.connections.create(conn_id, "http", host="second", password=password)
    assert conn_id in str(info.value) and info.value.status_code == 409
    assert_no_secret(info.value, password)

    again = client.connections.create(conn_id, "http", host="second", password=password, exist_ok=True)
    assert again == first and again.host == "first"  # returned unchanged

    client.connections.delete(conn_id)
    client.connections.delete(conn_id, missing_ok=True)
    assert client.connections.create(conn_id, "http", host="new", exist_ok=True).host == "new"


def test_password_never_printed(client: Client, conn_id: str) -> None:
    password = secret()
    created = client.connections.create(conn_id, "postgres", login="me", password=password, extra={"k": "v"})
    got = client.connections.get(conn_id)
    listed = [c for c in client.connections.list() if c.conn_id == conn_id]
    for conn in (created, got, *listed):
        assert password not in repr(conn) and password not in str(conn)
        assert "password" not in repr(conn) and "extra" not in repr(conn)
        assert "me" in repr(conn)  # the rest is shown
        assert password not in json.dumps(dict(conn.data))


def test_errors_echoing_the_request_are_scrubbed(client: Client, conn_id: str, airflow: Any) -> None:
    password = secret()
    # Airflow 3 refuses extra that is not a JSON object with a 422 that echoes it back;
    # Airflow 2 stores it as it is
    bad_extra = f"not json, has {password}"
    if airflow.major == 3:
        with pytest.raises(APIStatusError) as info:
            client.connections.create(conn_id, "http", password=password, extra=bad_extra)
        assert info.value.status_code == 422 and "extra" in str(info.value)
        assert_no_secret(info.value, password, bad_extra)
    # ids Airflow refuses: 400 (Airflow 2) / 422 (Airflow 3), with nothing secret in the error
    for bad_id in ("a/b", "x y"):
        with pytest.raises(APIStatusError) as info:
            client.connections.create(bad_id, "http", password=password)
        assert info.value.status_code in (400, 422)
        assert_no_secret(info.value, password)
    client.connections.create(conn_id, "http", password=password)
    with pytest.raises(InvalidInputError) as info2:
        client.connections.update(conn_id, password=password, conn_type="")
    assert_no_secret(info2.value, password)


def test_body_echoed_whole_is_scrubbed(client: Client, conn_id: str, airflow: Any) -> None:
    """A 422 on the body as a whole (here: team_name without multi-team mode) echoes every field
    back as ``input``, password included: the client must hide it everywhere."""
    password = secret()
    body = {"connection_id": conn_id, "conn_type": "http", "password": password, "team_name": "t"}
    url = "api/v1/connections" if airflow.major == 2 else "api/v2/connections"

    def op(ctx: Context) -> Op[Any]:
        try:
            return (yield from ctx.request(Call("POST", url, json=body)))
        except APIError as exc:  # what connections.create() does with its errors
            raise connections_module._naming(exc, conn_id, body) from None

    with pytest.raises(APIStatusError) as info:
        client._run(op)
    assert info.value.status_code in (400, 422)
    assert_no_secret(info.value, password)
    assert json.loads(info.value.request.content if info.value.request else b"{}")["password"] == "***"
    if airflow.major == 3:  # the server did echo it: the scrubbed echo still shows where
        echoed = info.value.body["detail"][0]["input"]
        assert echoed["password"] == "***" and echoed["connection_id"] == conn_id


def test_bad_arguments_fail_before_sending(client: Client, conn_id: str) -> None:
    password = secret()
    cases: list[dict[str, Any]] = [
        {"port": "5432"},
        {"port": True},
        {"host": 1},
        {"extra": ["not", "a", "dict"]},
        {"extra": {"x": object()}},
    ]
    for kwargs in cases:
        with pytest.raises(InvalidInputError) as info:
            client.connections.create(conn_id, "http", password=password, **kwargs)
        assert_no_secret(info.value, password)
    with pytest.raises(InvalidInputError):
        client.connections.create(conn_id, "")
    with pytest.raises(InvalidInputError):
        client.connections.create("", "http")
    with pytest.raises(InvalidInputError):
        client.connections.update(conn_id)  # nothing to change
    with pytest.raises(InvalidInputError):
        client.connections.update(conn_id, conn_type=None)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):  # nothing was created
        client.connections.get(conn_id)


@pytest.mark.parametrize("special", ["ü", "dots.and-dash_ok", "UPPER_lower.1"])
def test_special_ids_round_trip(client: Client, special: str, airflow: Any) -> None:
    name = f"{unique()}_{special}"
    try:
        if airflow.major == 2 and not special.isascii():
            # Airflow 2 would answer 500 (its conn_id sanitiser is ASCII-only): refused before sending
            with pytest.raises(InvalidInputError, match="non-ASCII"):
                client.connections.create(name, "http", host="h")
            with pytest.raises(NotFoundError):
                client.connections.get(name)
            return
        assert client.connections.create(name, "http", host="h").conn_id == name
        assert client.connections.get(name).conn_id == name
        assert client.connections.update(name, host="h2", port=1).host == "h2"
        assert name in {c.conn_id for c in client.connections.list()}
        client.connections.delete(name)
        with pytest.raises(NotFoundError) as info:
            client.connections.get(name)
        assert repr(name) in str(info.value)
    finally:
        client.connections.delete(name, missing_ok=True)


def test_pagination_is_lazy_and_complete(client: Client) -> None:
    prefix = unique("page")
    names = [f"{prefix}_{i:02d}" for i in range(12)]
    requests: list[httpx.Request] = []
    with httpx.Client(timeout=60, event_hooks={"request": [requests.append]}) as http:
        paged = client.with_options(page_size=5, http_client=http)
        paged.detect()
        try:
            for name in names:
                paged.connections.create(name, "http", password=secret())
            requests.clear()
            one_at_a_time = paged.with_options(prefetch=1).connections.list()
            assert requests == []  # nothing is fetched before iterating
            it = iter(one_at_a_time)
            next(it)
            assert len(requests) == 1  # then a page when the previous one is used up
            assert len(list(it)) + 1 == one_at_a_time.total_entries
            requests.clear()
            pager = paged.connections.list()  # prefetch 4: the next pages are read while the first is
            assert requests == []
            it = iter(pager)
            next(it)
            total = 1 + len(list(it))
            assert pager.total_entries == total >= 12
            assert len(requests) == math.ceil(total / 5)
            assert sorted(int(r.url.params["offset"]) for r in requests) == [5 * i for i in range(len(requests))]
            assert set(names) <= {c.conn_id for c in paged.connections.list()}
        finally:
            for name in names:
                paged.connections.delete(name, missing_ok=True)


async def test_async_twin_gives_identical_results(client: Client, aclient: AsyncClient) -> None:
    name = unique("async")
    password = secret()
    try:
        created = await aclient.connections.create(name, "postgres", host="h", port=1, password=password)
        assert created == client.connections.get(name)
        assert await aclient.connections.get(name) == client.connections.get(name)
        with pytest.raises(ConflictError) as info:
            await aclient.connections.create(name, "postgres", password=password)
        assert_no_secret(info.value, password)
        assert (await aclient.connections.create(name, "x", exist_ok=True)) == created
        updated = await aclient.connections.update(name, host="h2", port=2)
        assert updated == client.connections.get(name) and (updated.host, updated.port) == ("h2", 2)
        sync_list = [c for c in client.connections.list() if c.conn_id == name]
        async_list = [c async for c in aclient.connections.list() if c.conn_id == name]
        assert sync_list == async_list and len(async_list) == 1
        await aclient.connections.delete(name)
        with pytest.raises(NotFoundError) as info:
            await aclient.connections.get(name)
        assert repr(name) in str(info.value)
        await aclient.connections.delete(name, missing_ok=True)
    finally:
        client.connections.delete(name, missing_ok=True)


def test_connection_repr_without_secrets() -> None:
    conn = Connection(conn_id="c", conn_type="http", password="hunter2", extra='{"token": "t0k"}')
    assert "hunter2" not in repr(conn) and "t0k" not in repr(conn) and "hunter2" not in str(conn)
    assert conn.extra_dejson == {"token": "t0k"}
    assert Connection(conn_id="c", extra="not json").extra_dejson == {}


def test_experimental_api_is_unsupported(airflow2: Any) -> None:
    password = secret()
    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as client:
        for call in (
            lambda: list(client.connections.list()),
            lambda: client.connections.get("x"),
            lambda: client.connections.create("x", "http", password=password),
            lambda: client.connections.update("x", host="y"),
            lambda: client.connections.delete("x"),
        ):
            with pytest.raises(UnsupportedOperationError) as info:
                call()
            message = str(info.value)
            assert "experimental" in message and "/api/v1/connections" in message
            assert password not in message
