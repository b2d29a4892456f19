"""The generated clients through the facade (``client.v1``, ``client.v2``, ``client.api``,
``client.paginate``), against real Airflow 2 and 3: typed errors, never an error as a value.
(Every operation's error answer is walked in tests/conformance: ``test_error_walk``.)"""

from __future__ import annotations

import importlib
import inspect
import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from astro_airflow import (
    APIVersionError,
    AsyncClient,
    Client,
    ConflictError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    UnexpectedResponseError,
)

GENERATED = Path(__file__).resolve().parents[2] / "generated"


def _endpoints(package: str) -> list[Any]:
    return [
        importlib.import_module(f"{package}.api.{path.parent.name}.{path.stem}")
        for path in sorted((GENERATED / package / "api").glob("*/*.py"))
        if path.name != "__init__.py"
    ]


@pytest.mark.parametrize("package", ["airflow_api_v1", "airflow_api_v2"])
def test_every_endpoint_accepts_the_facades_generated_client(package: str) -> None:
    """``client.v1``/``client.v2`` are ``AuthenticatedClient``s: every endpoint takes one (checked by
    mypy in tests/typing/generated_calls.py for each form found here)."""
    forms = set()
    for module in _endpoints(package):
        for fn in ("sync_detailed", "asyncio_detailed"):
            annotation = inspect.formatannotation(
                inspect.signature(getattr(module, fn)).parameters["client"].annotation
            )
            forms.add(annotation.replace(f"{package}.client.", ""))
    assert forms <= {"AuthenticatedClient", "AuthenticatedClient | Client"}, forms


def _modules(major: int) -> Any:
    from types import SimpleNamespace

    if major == 2:
        from airflow_api_v1.api.import_error import get_import_error, get_import_errors
        from airflow_api_v1.api.pool import get_pool, get_pools, post_pool
        from airflow_api_v1.models.pool import Pool as PoolBody
    else:
        from airflow_api_v2.api.import_error import get_import_error, get_import_errors  # type: ignore[no-redef]
        from airflow_api_v2.api.pool import get_pool, get_pools, post_pool  # type: ignore[no-redef]
        from airflow_api_v2.models.pool_body import PoolBody  # type: ignore[assignment]
    return SimpleNamespace(
        get_import_error=get_import_error,
        get_import_errors=get_import_errors,
        get_pool=get_pool,
        get_pools=get_pools,
        post_pool=post_pool,
        PoolBody=PoolBody,
    )


def _gen(client: Client | AsyncClient, major: int) -> Any:
    return client.v1 if major == 2 else client.v2


def test_success_returns_the_generated_model(client: Client, airflow: Any) -> None:
    m = _modules(airflow.major)
    pool = m.get_pool.sync(client=_gen(client, airflow.major), pool_name="default_pool")
    assert type(pool).__name__ in ("Pool", "PoolResponse") and pool.name == "default_pool"
    assert m.get_pool.sync(client=client.api, pool_name="default_pool") == pool  # the detected API's client
    assert client.v1 is client.v1  # built once per client


def test_error_answers_raise_typed_errors(client: Client, airflow: Any) -> None:
    """The issue's own examples: a 404 came back as an ``Error`` model, now it raises."""
    m = _modules(airflow.major)
    gen = _gen(client, airflow.major)
    with pytest.raises(NotFoundError) as info:
        m.get_import_error.sync(client=gen, import_error_id=987654)
    assert info.value.status_code == 404 and info.value.safe_to_retry
    assert "importErrors/987654" in str(info.value) and "GET " in str(info.value)
    with pytest.raises(NotFoundError):
        m.get_pool.sync_detailed(client=gen, pool_name="no-such-pool")
    with pytest.raises(ConflictError) as conflict:
        m.post_pool.sync(client=gen, body=m.PoolBody.from_dict({"name": "default_pool", "slots": 1}))
    assert conflict.value.status_code == 409 and conflict.value.body is not None
    if airflow.major == 3:  # its nested database error, in words
        assert "Unique constraint violation" in str(conflict.value) and '"hidden"' not in str(conflict.value)


def test_error_answers_raise_typed_errors_for_a_viewer(client_factory: Any, airflow: Any) -> None:
    m = _modules(airflow.major)
    viewer = client_factory(role="viewer")
    name = f"gen-{uuid.uuid4().hex[:6]}"
    with pytest.raises(PermissionDeniedError) as info:
        m.post_pool.sync(client=_gen(viewer, airflow.major), body=m.PoolBody.from_dict({"name": name, "slots": 1}))
    assert info.value.status_code == 403


async def test_async_twins_raise_too(aclient: AsyncClient, airflow: Any) -> None:
    m = _modules(airflow.major)
    gen = _gen(aclient, airflow.major)  # no detection needed first: the transport detects
    pool = await m.get_pool.asyncio(client=gen, pool_name="default_pool")
    assert pool.name == "default_pool"
    with pytest.raises(NotFoundError):
        await m.get_import_error.asyncio(client=gen, import_error_id=987654)


def test_the_other_apis_client_says_which_to_use(client: Client, airflow: Any) -> None:
    other = client.v2 if airflow.major == 2 else client.v1
    m = _modules(5 - airflow.major)  # the other major's modules
    with pytest.raises(APIVersionError) as info:
        m.get_pool.sync(client=other, pool_name="default_pool")
    right = "v1" if airflow.major == 2 else "v2"
    assert f"use client.{right}" in str(info.value) and airflow.version in str(info.value)


async def test_the_other_apis_client_says_which_to_use_async(aclient: AsyncClient, airflow: Any) -> None:
    other = aclient.v2 if airflow.major == 2 else aclient.v1
    m = _modules(5 - airflow.major)
    with pytest.raises(APIVersionError):
        await m.get_pool.asyncio(client=other, pool_name="default_pool")


@pytest.fixture
def pools(client: Client) -> Any:
    names = [f"page-{uuid.uuid4().hex[:6]}-{i}" for i in range(5)]
    for name in names:
        client.pools.create(name, 1)
    yield names
    for name in names:
        client.pools.delete(name, missing_ok=True)


def test_paginate_any_list(client_factory: Any, airflow: Any, pools: list[str]) -> None:
    m = _modules(airflow.major)
    small = client_factory(page_size=2)
    pager = small.paginate(m.get_pools)
    items = list(pager)
    everything = [p.name for p in small.pools.list()]
    assert [p.name for p in items] == everything and set(pools) <= set(everything)
    assert pager.total_entries == len(everything)
    assert len([p for p in small.paginate(m.get_pools, limit=3)]) == 3
    assert [p.name for p in small.paginate(m.get_pools)] == everything  # a new pager starts again
    with pytest.raises(InvalidInputError, match="not a list operation"):
        small.paginate(m.get_pool)
    with pytest.raises(InvalidInputError, match="generated endpoint module"):
        small.paginate(uuid)


def test_paginate_by_cursor_where_the_server_offers_it(client_factory: Any, airflow: Any) -> None:
    """Airflow 3.3 pages DAG runs by cursor (``cursor=""`` first, then ``next_cursor``); Airflow 2 by offset."""
    small = client_factory(page_size=2)
    for _ in range(3 - len(list(small.dag_runs.list("paused_dag")))):  # runs to page through, whatever ran before
        small.dags.trigger("paused_dag")
    if airflow.major == 2:
        from airflow_api_v1.api.dag_run import get_dag_runs
    else:
        from airflow_api_v2.api.dag_run import get_dag_runs  # type: ignore[no-redef]
    pager = small.paginate(get_dag_runs, dag_id="~")
    pages = list(pager.iter_pages())
    runs = [run for page in pages for run in page.items]
    ids = [(r.dag_id, r.dag_run_id) for r in runs]
    assert len(ids) == len(set(ids)) == len(list(small.dag_runs.list("~"))) >= 3
    if airflow.major == 3:
        assert pages[0].next_cursor  # the server offered a cursor, and the pager followed it
    else:
        assert all(page.next_cursor is None for page in pages)


async def test_paginate_async(aclient: AsyncClient, airflow: Any) -> None:
    m = _modules(airflow.major)
    names = [pool.name async for pool in aclient.paginate(m.get_pools)]
    assert "default_pool" in names and names == [p.name async for p in aclient.pools.list()]


def test_paginate_refuses_parameters_the_operation_does_not_take(client: Client, airflow: Any) -> None:
    with pytest.raises(InvalidInputError, match="takes no bogus"):
        list(client.paginate(_modules(airflow.major).get_pools, bogus=1))


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_paginate_a_page_its_model_cannot_read_raises_a_typed_error(mode: str) -> None:
    """Version skew (seen for real on Airflow 3.1.8 in tests/matrix: its pools have no ``team_name``,
    which the 3.3 spec requires): a typed error saying what to use instead, not a bare KeyError.
    A stub server, since no real one of the pinned release answers that way."""
    from airflow_api_v2.api.pool import get_pools

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/api/v2/version"):
            return httpx.Response(200, json={"version": "3.1.8", "git_version": None})
        pool = {"name": "default_pool", "slots": 128, "description": None, "include_deferred": False}
        pool |= {k: 0 for k in ("occupied_slots", "running_slots", "queued_slots", "scheduled_slots", "open_slots")}
        pool |= {"deferred_slots": 0}
        return httpx.Response(200, json={"pools": [pool], "total_entries": 1})

    transport = httpx.MockTransport(answer)
    if mode == "sync":
        client = Client("http://stub", http_client=httpx.Client(transport=transport))
        with client, pytest.raises(UnexpectedResponseError) as info:
            list(client.paginate(get_pools))
    else:
        async with AsyncClient("http://stub", http_client=httpx.AsyncClient(transport=transport)) as aclient:
            with pytest.raises(UnexpectedResponseError) as info:
                [p async for p in aclient.paginate(get_pools)]
    message = str(info.value)
    assert "does not fit its generated model" in message and "team_name" in message
    assert "GET http://stub/api/v2/pools" in message and info.value.response.status_code == 200
    assert "Airflow 3.1.8" in message and "client.pools.list()" in message
    # the operation called directly, not paged: the same error, raised from inside the generated module
    if mode == "sync":
        with Client("http://stub", http_client=httpx.Client(transport=transport)) as client:
            with pytest.raises(UnexpectedResponseError, match=r"does not fit its generated model.*team_name"):
                get_pools.sync(client=client.v2)
            with pytest.raises(UnexpectedResponseError, match="team_name"):
                get_pools.sync_detailed(client=client.api)
    else:
        async with AsyncClient("http://stub", http_client=httpx.AsyncClient(transport=transport)) as aclient:
            with pytest.raises(UnexpectedResponseError, match=r"does not fit its generated model.*team_name"):
                await get_pools.asyncio(client=aclient.v2)


@pytest.mark.parametrize(
    ("status", "body", "said"),
    [
        (202, b'{"pools": [], "total_entries": 0}', "answered 202, a status its generated operation does not document"),
        (200, b"pools: none", "does not fit its generated model (JSONDecodeError"),
        (200, b'{"pools": [{"name": 1}], "total_entries": "many"}', "does not fit its generated model"),
    ],
)
def test_a_generated_operation_never_returns_none_or_a_bare_error(status: int, body: bytes, said: str) -> None:
    """A success status the spec does not document, a body that is not JSON, values of another type: the
    generated module raises the facade's ``UnexpectedResponseError`` (via the ``"unreadable"`` extension of
    our endpoint template), never ``None``, ``JSONDecodeError`` or ``KeyError``. Misbehaving servers: a stub."""
    from airflow_api_v2.api.pool import get_pools

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/api/v2/version"):
            return httpx.Response(200, json={"version": "3.3.2", "git_version": None})
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    with Client("http://stub", http_client=httpx.Client(transport=httpx.MockTransport(answer))) as client:
        with pytest.raises(UnexpectedResponseError, match=re.escape(said)) as info:
            get_pools.sync(client=client.v2)
        assert info.value.response.status_code == status and not info.value.safe_to_retry
