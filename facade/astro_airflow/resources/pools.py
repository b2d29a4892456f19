"""Pools: ``client.pools.list() / get / create / update / delete``.

=========  ==============================  ==================================  =============================
method     v1 (Airflow 2)                  v2 (Airflow 3)                      experimental
=========  ==============================  ==================================  =============================
list       GET /api/v1/pools               GET /api/v2/pools                   GET /api/experimental/pools
get        GET /api/v1/pools/{name}        GET /api/v2/pools/{name}            GET .../pools/{name}
create     POST /api/v1/pools              POST /api/v2/pools                  POST .../pools
update     PATCH /api/v1/pools/{name}      PATCH /api/v2/pools/{name}          (unsupported)
delete     DELETE /api/v1/pools/{name}     DELETE /api/v2/pools/{name}         DELETE .../pools/{name}
=========  ==============================  ==================================  =============================
"""

from __future__ import annotations

from typing import Any

from .._base_client import Context, Op
from .._errors import ConflictError, InvalidInputError, NotFoundError
from .._pagination import AsyncPager, Page, SyncPager
from ..types import Pool
from ._base import AsyncResource, SyncResource, require_id

__all__ = ["AsyncPools", "Pools"]


def _list(ctx: Context, offset: int, limit: int) -> Op[Page[Pool]]:
    items, total = yield from ctx.adapter.pools(offset, limit)
    return Page(Pool._many(items, ctx.api), total, offset)


def _get(ctx: Context, name: str) -> Op[Pool]:
    require_id("pool name", name)
    return Pool.from_json((yield from ctx.adapter.pool(name)), ctx.api)


def _create_or_get(
    ctx: Context, name: str, slots: int, description: str | None, include_deferred: bool | None, exist_ok: bool
) -> Op[Pool]:
    require_id("pool name", name)
    if not isinstance(slots, int) or isinstance(slots, bool):
        raise InvalidInputError(f"slots must be an int, got {slots!r}")
    fields: dict[str, Any] = {"name": name, "slots": slots}
    if description is not None:
        fields["description"] = description
    if include_deferred is not None:
        fields["include_deferred"] = include_deferred
    try:
        # with exist_ok a repeated POST is harmless (its 409 returns the pool): safe to retry
        return Pool.from_json((yield from ctx.adapter.create_pool(fields, exist_ok)), ctx.api)
    except ConflictError:
        if not exist_ok:
            raise
    return (yield from _get(ctx, name))


def _update(
    ctx: Context, name: str, slots: int | None, description: str | None, include_deferred: bool | None
) -> Op[Pool]:
    require_id("pool name", name)
    changes = {
        k: v
        for k, v in (("slots", slots), ("description", description), ("include_deferred", include_deferred))
        if v is not None
    }
    if not changes:
        raise InvalidInputError("pools.update() needs at least one of slots, description, include_deferred")
    return Pool.from_json((yield from ctx.adapter.update_pool(name, changes)), ctx.api)


def _delete(ctx: Context, name: str, missing_ok: bool) -> Op[None]:
    require_id("pool name", name)
    try:
        yield from ctx.adapter.delete_pool(name)
    except NotFoundError:
        if not missing_ok:
            raise


class Pools(SyncResource):
    def list(self, *, limit: int | None = None) -> SyncPager[Pool]:
        """All pools, fetched page by page as you iterate: ``[p.name for p in client.pools.list()]``."""
        return SyncPager(self._client, _list, self._client._page_size, limit)

    def get(self, name: str) -> Pool:
        """``client.pools.get("default_pool").slots``; NotFoundError if there is no such pool."""
        return self._client._run(_get, name)

    def create(
        self,
        name: str,
        slots: int,
        *,
        description: str | None = None,
        include_deferred: bool | None = None,
        exist_ok: bool = False,
    ) -> Pool:
        """``client.pools.create("etl", 8, description="ETL jobs")``. ConflictError if it exists, unless
        ``exist_ok=True`` (then the existing pool is returned unchanged: safe to retry)."""
        return self._client._run(_create_or_get, name, slots, description, include_deferred, exist_ok)

    def update(
        self,
        name: str,
        *,
        slots: int | None = None,
        description: str | None = None,
        include_deferred: bool | None = None,
    ) -> Pool:
        """Change only the given fields: ``client.pools.update("etl", slots=16)``."""
        return self._client._run(_update, name, slots, description, include_deferred)

    def delete(self, name: str, *, missing_ok: bool = False) -> None:
        """``client.pools.delete("etl")``; NotFoundError if it does not exist, unless ``missing_ok=True``."""
        return self._client._run(_delete, name, missing_ok)


class AsyncPools(AsyncResource):
    def list(self, *, limit: int | None = None) -> AsyncPager[Pool]:
        """All pools, page by page: ``async for pool in client.pools.list(): ...``."""
        return AsyncPager(self._client, _list, self._client._page_size, limit)

    async def get(self, name: str) -> Pool:
        """``(await client.pools.get("default_pool")).slots``."""
        return await self._client._run(_get, name)

    async def create(
        self,
        name: str,
        slots: int,
        *,
        description: str | None = None,
        include_deferred: bool | None = None,
        exist_ok: bool = False,
    ) -> Pool:
        """``await client.pools.create("etl", 8)``."""
        return await self._client._run(_create_or_get, name, slots, description, include_deferred, exist_ok)

    async def update(
        self,
        name: str,
        *,
        slots: int | None = None,
        description: str | None = None,
        include_deferred: bool | None = None,
    ) -> Pool:
        """``await client.pools.update("etl", slots=16)``."""
        return await self._client._run(_update, name, slots, description, include_deferred)

    async def delete(self, name: str, *, missing_ok: bool = False) -> None:
        """``await client.pools.delete("etl")``."""
        return await self._client._run(_delete, name, missing_ok)
