"""Assets (Airflow 2: datasets): ``client.assets.list / get / events / create_event / queued_events /
clear_queued_events``.

One vocabulary for both: an Airflow 2 dataset is an ``Asset``, its events are ``AssetEvent``\\ s.
Airflow 3 addresses an asset by its numeric id: the client looks the URI up first (``GET /assets``
filtered by ``uri_pattern``, keeping the exact URI), so every method here takes the URI.

===================  =========================================  ========================================
method               v1 (Airflow 2)                             v2 (Airflow 3)
===================  =========================================  ========================================
list                 GET /api/v1/datasets                       GET /api/v2/assets
get                  GET /api/v1/datasets/{uri}                 GET /api/v2/assets?uri_pattern={uri}
events               GET /api/v1/datasets/events                GET /api/v2/assets/events
create_event         POST /api/v1/datasets/events               that lookup, POST /api/v2/assets/events
queued_events        GET .../dags/{id}/datasets/queuedEvent     GET .../dags/{id}/assets/queuedEvents
clear_queued_events  DELETE .../dags/{id}/datasets/queuedEvent  DELETE .../dags/{id}/assets/queuedEvents
===================  =========================================  ========================================

The experimental API has none of them (``UnsupportedOperationError``). ``events`` filters on the
server where it can: by producer DAG and run on both; by URI through the asset's id (looked up);
by time (``after <= timestamp < before``) on Airflow 3, while Airflow 2's events are read newest
first and cut by the client. Airflow 3's queued events name their asset by id: ``queued_events``
adds its URI (one ``GET /api/v2/assets/{id}`` per asset). Airflow answers 404 to a DAG with no queued
events (Airflow 2 also to the GET): read as none.
"""

from __future__ import annotations

import builtins
import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .._base_client import Context, Op
from .._errors import InvalidInputError, NotFoundError
from .._pagination import AsyncPager, Page, SyncPager
from ..types import Asset, AssetEvent, QueuedEvent
from ._base import AsyncResource, SyncResource, json_object, require_id, wire_datetime

__all__ = ["Assets", "AsyncAssets"]


# -- ops ---------------------------------------------------------------------------------------
def _list(uri_pattern: str | None) -> Callable[[Context, int, int], Op[Page[Asset]]]:
    if uri_pattern is not None and not isinstance(uri_pattern, str):
        raise InvalidInputError(f"uri_pattern must be a string (part of the URIs to list), got {uri_pattern!r}")
    pattern = uri_pattern or None

    def fetch(ctx: Context, offset: int, limit: int) -> Op[Page[Asset]]:
        items, total = yield from ctx.adapter.assets(pattern, offset, limit)
        return Page(Asset._many(items, ctx.api), total, offset)

    return fetch


def _get(ctx: Context, uri: str) -> Op[Asset]:
    require_id("asset uri", uri)
    return Asset.from_json((yield from ctx.adapter.asset(uri)), ctx.api)


def _when(value: datetime | str | None, what: str) -> datetime | None:
    return None if value is None else datetime.fromisoformat(wire_datetime(value, what))


def _events(
    uri: str | None,
    dag_id: str | None,
    run_id: str | None,
    after: datetime | str | None,
    before: datetime | str | None,
) -> Callable[[Context, int, int], Op[Page[AssetEvent]]]:
    if uri is not None:
        require_id("asset uri", uri)
    if dag_id is not None:
        require_id("dag_id", dag_id)
    if run_id is not None:
        require_id("run_id", run_id)
    start, end = _when(after, "after"), _when(before, "before")
    if start is not None and end is not None and start >= end:
        raise InvalidInputError(f"after ({after!r}) must be earlier than before ({before!r})")
    filters = {"uri": uri, "dag_id": dag_id, "run_id": run_id, "after": start, "before": end}

    def fetch(ctx: Context, offset: int, limit: int) -> Op[Page[AssetEvent]]:
        items, total = yield from ctx.adapter.asset_events(filters, offset, limit)
        return Page(AssetEvent._many(items, ctx.api), total, offset)

    return fetch


def _create_event(ctx: Context, uri: str, extra: dict[str, Any] | None) -> Op[AssetEvent]:
    require_id("asset uri", uri)
    body = json_object(extra, "extra")
    return AssetEvent.from_json((yield from ctx.adapter.create_asset_event(uri, body)), ctx.api)


def _queued_events(ctx: Context, dag_id: str) -> Op[list[QueuedEvent]]:
    require_id("dag_id", dag_id)
    items, _ = yield from ctx.adapter.queued_asset_events(dag_id)
    return QueuedEvent._many(items, ctx.api)


def _clear_queued_events(ctx: Context, dag_id: str) -> Op[None]:
    require_id("dag_id", dag_id)
    with contextlib.suppress(NotFoundError):  # Airflow's answer when nothing is queued: cleared already
        yield from ctx.adapter.clear_queued_asset_events(dag_id)


# -- the two classes ---------------------------------------------------------------------------
class Assets(SyncResource):
    def list(self, uri_pattern: str | None = None, *, limit: int | None = None) -> SyncPager[Asset]:
        """Assets (Airflow 2: datasets) by URI, page by page; ``uri_pattern``: only URIs containing it:
        ``[a.uri for a in client.assets.list("s3://")]``."""
        return SyncPager(self._client, _list(uri_pattern), self._client._page_size, limit)

    def get(self, uri: str) -> Asset:
        """``client.assets.get("s3://bucket/orders").consuming_dag_ids``; NotFoundError naming the URI
        if there is no such asset."""
        return self._client._run(_get, uri)

    def events(
        self,
        uri: str | None = None,
        dag_id: str | None = None,
        run_id: str | None = None,
        after: datetime | str | None = None,
        before: datetime | str | None = None,
        *,
        limit: int | None = None,
    ) -> SyncPager[AssetEvent]:
        """Asset events, newest first, page by page: of one asset (``uri``), produced by a DAG (``dag_id``)
        or one run of it (``run_id``), in a time window (``after <= timestamp < before``; naive = UTC):
        ``[e.timestamp for e in client.assets.events("s3://bucket/orders", after="2024-06-01")]``."""
        return SyncPager(self._client, _events(uri, dag_id, run_id, after, before), self._client._page_size, limit)

    def create_event(self, uri: str, extra: dict[str, Any] | None = None) -> AssetEvent:
        """Record that the asset was updated (outside Airflow), so the DAGs scheduled on it run:
        ``client.assets.create_event("s3://bucket/orders", {"rows": 42})``. Not repeated on a lost
        answer (a repeat would be a second event)."""
        return self._client._run(_create_event, uri, extra)

    def queued_events(self, dag_id: str) -> builtins.list[QueuedEvent]:
        """The events a DAG scheduled on several assets holds until the others are updated too:
        ``[q.uri for q in client.assets.queued_events("consumer")]`` (empty if none)."""
        return self._client._run(_queued_events, dag_id)

    def clear_queued_events(self, dag_id: str) -> None:
        """Drop a DAG's queued events: ``client.assets.clear_queued_events("consumer")``; nothing queued
        is not an error."""
        return self._client._run(_clear_queued_events, dag_id)


class AsyncAssets(AsyncResource):
    def list(self, uri_pattern: str | None = None, *, limit: int | None = None) -> AsyncPager[Asset]:
        """``async for asset in client.assets.list("s3://"): ...``."""
        return AsyncPager(self._client, _list(uri_pattern), self._client._page_size, limit)

    async def get(self, uri: str) -> Asset:
        """``(await client.assets.get("s3://bucket/orders")).id``."""
        return await self._client._run(_get, uri)

    def events(
        self,
        uri: str | None = None,
        dag_id: str | None = None,
        run_id: str | None = None,
        after: datetime | str | None = None,
        before: datetime | str | None = None,
        *,
        limit: int | None = None,
    ) -> AsyncPager[AssetEvent]:
        """``async for event in client.assets.events("s3://bucket/orders", limit=10): ...``."""
        return AsyncPager(self._client, _events(uri, dag_id, run_id, after, before), self._client._page_size, limit)

    async def create_event(self, uri: str, extra: dict[str, Any] | None = None) -> AssetEvent:
        """``await client.assets.create_event("s3://bucket/orders", {"rows": 42})``."""
        return await self._client._run(_create_event, uri, extra)

    async def queued_events(self, dag_id: str) -> builtins.list[QueuedEvent]:
        """``await client.assets.queued_events("consumer")``."""
        return await self._client._run(_queued_events, dag_id)

    async def clear_queued_events(self, dag_id: str) -> None:
        """``await client.assets.clear_queued_events("consumer")``."""
        return await self._client._run(_clear_queued_events, dag_id)
