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
from urllib.parse import quote

from .._base_client import Call, Context, Op
from .._errors import ConflictError, InvalidInputError, NotFoundError
from .._pagination import AsyncPager, Page, SyncPager
from ..types import Pool
from ._base import AsyncResource, SyncResource, items_of, require_id

__all__ = ["AsyncPools", "Pools"]


def _list(ctx: Context, offset: int, limit: int) -> Op[Page[Pool]]:
    if ctx.api == "experimental":
        body = yield from ctx.request(Call("GET", "api/experimental/pools"))
        pools = Pool._many(body or [], ctx.api)
        return Page(pools[offset : offset + limit], len(pools), offset)
    if ctx.api == "v1":
        from airflow_api_v1.api.pool import get_pools
    else:
        from airflow_api_v2.api.pool import get_pools  # type: ignore[no-redef]
    call = Call.of(get_pools._get_kwargs(limit=limit, offset=offset), root=ctx.root)
    items, total = items_of((yield from ctx.request(call)), "pools")
    return Page(Pool._many(items, ctx.api), total, offset)


def _get(ctx: Context, name: str) -> Op[Pool]:
    require_id("pool name", name)
    if ctx.api == "experimental":
        call = Call("GET", f"api/experimental/pools/{quote(name, safe='')}")
    elif ctx.api == "v1":
        from airflow_api_v1.api.pool import get_pool

        call = Call.of(get_pool._get_kwargs(name), root=ctx.root)
    else:
        from airflow_api_v2.api.pool import get_pool as get_pool_v2

        call = Call.of(get_pool_v2._get_kwargs(name), root=ctx.root)
    return Pool.from_json((yield from ctx.request(call)), ctx.api)


def _create(
    ctx: Context,
    name: str,
    slots: int,
    description: str | None,
    include_deferred: bool | None,
    idempotent: bool = False,
) -> Op[Pool]:
    require_id("pool name", name)
    if not isinstance(slots, int) or isinstance(slots, bool):
        raise InvalidInputError(f"slots must be an int, got {slots!r}")
    fields: dict[str, Any] = {"name": name, "slots": slots}
    if description is not None:
        fields["description"] = description
    if include_deferred is not None:
        fields["include_deferred"] = include_deferred
    if ctx.api == "experimental":
        if include_deferred is not None:
            raise ctx.unsupported("include_deferred", "POST /api/v1/pools")
        call = Call(
            "POST", "api/experimental/pools", json={**fields, "description": description or ""}, idempotent=idempotent
        )
    elif ctx.api == "v1":
        from airflow_api_v1.api.pool import post_pool
        from airflow_api_v1.models.pool import Pool as PoolV1

        call = Call.of(post_pool._get_kwargs(body=PoolV1.from_dict(fields)), root=ctx.root, idempotent=idempotent)
    else:
        from airflow_api_v2.api.pool import post_pool as post_pool_v2
        from airflow_api_v2.models.pool_body import PoolBody

        kwargs = post_pool_v2._get_kwargs(body=PoolBody.from_dict(fields))
        call = Call.of(kwargs, root=ctx.root, idempotent=idempotent)
    return Pool.from_json((yield from ctx.request(call)), ctx.api)


def _create_or_get(
    ctx: Context, name: str, slots: int, description: str | None, include_deferred: bool | None, exist_ok: bool
) -> Op[Pool]:
    try:
        # with exist_ok a repeated POST is harmless (its 409 returns the pool): safe to retry
        return (yield from _create(ctx, name, slots, description, include_deferred, exist_ok))
    except ConflictError:
        if not exist_ok:
            raise
    return (yield from _get(ctx, name))


def _update(
    ctx: Context, name: str, slots: int | None, description: str | None, include_deferred: bool | None
) -> Op[Pool]:
    require_id("pool name", name)
    ctx.ensure(("v1", "v2"), "updating a pool", "PATCH /api/v1/pools/{pool_name}")
    changes = {
        k: v
        for k, v in (("slots", slots), ("description", description), ("include_deferred", include_deferred))
        if v is not None
    }
    if not changes:
        raise InvalidInputError("pools.update() needs at least one of slots, description, include_deferred")
    if ctx.api == "v1":
        from airflow_api_v1.api.pool import patch_pool
        from airflow_api_v1.models.pool import Pool as PoolV1

        # Airflow 2 reads update_mask comma-separated (style=form, explode=false); the generated
        # client repeats the parameter, and Airflow 2 then applies only the last field.
        body_v1 = PoolV1.from_dict({"name": name, **changes})
        kwargs = patch_pool._get_kwargs(name, body=body_v1, update_mask=[",".join(changes)])
        call = Call.of(kwargs, root=ctx.root, idempotent=True)
    else:
        from airflow_api_v2.api.pool import patch_pool as patch_pool_v2
        from airflow_api_v2.models.pool_patch_body import PoolPatchBody

        # Airflow 3.3 validates a patch as a whole pool (pool, slots and include_deferred required,
        # openapi/v2/patches/0004) whatever the update_mask says: send the current values for
        # them; update_mask still limits what changes.
        current = yield from _get(ctx, name)
        full = {"pool": name, "slots": current.slots, "include_deferred": bool(current.include_deferred), **changes}
        body = PoolPatchBody.from_dict(full)
        kwargs = patch_pool_v2._get_kwargs(name, body=body, update_mask=[*changes])
        call = Call.of(kwargs, root=ctx.root, idempotent=True)
    return Pool.from_json((yield from ctx.request(call)), ctx.api)


def _delete(ctx: Context, name: str, missing_ok: bool) -> Op[None]:
    require_id("pool name", name)
    if ctx.api == "experimental":
        call = Call("DELETE", f"api/experimental/pools/{quote(name, safe='')}")
    elif ctx.api == "v1":
        from airflow_api_v1.api.pool import delete_pool

        call = Call.of(delete_pool._get_kwargs(name), root=ctx.root)
    else:
        from airflow_api_v2.api.pool import delete_pool as delete_pool_v2

        call = Call.of(delete_pool_v2._get_kwargs(name), root=ctx.root)
    try:
        yield from ctx.request(call)
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
