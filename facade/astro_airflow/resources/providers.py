"""Providers: ``client.providers.list()``.

=========  ====================================  ====================================  ============
method     v1 (Airflow 2)                        v2 (Airflow 3)                        experimental
=========  ====================================  ====================================  ============
list       GET /api/v1/providers                 GET /api/v2/providers                 unsupported
=========  ====================================  ====================================  ============

The provider packages installed where the API runs (the webserver on Airflow 2, the API server on
Airflow 3), in the server's order. Airflow 2 sends them all in one answer (no paging); pages are
cut from it. ``documentation_url`` is Airflow 3's only.
"""

from __future__ import annotations

from .._base_client import Context, Op
from .._pagination import AsyncPager, Page, SyncPager
from ..types import Provider
from ._base import AsyncResource, SyncResource

__all__ = ["AsyncProviders", "Providers"]


def _list(ctx: Context, offset: int, limit: int) -> Op[Page[Provider]]:
    items, total = yield from ctx.adapter.providers(offset, limit)
    return Page(Provider._many(items, ctx.api), total, offset)


class Providers(SyncResource):
    def list(self, *, limit: int | None = None) -> SyncPager[Provider]:
        """The installed provider packages:
        ``{p.package_name: p.version for p in client.providers.list()}``."""
        return SyncPager(self._client, _list, self._client._page_size, limit)


class AsyncProviders(AsyncResource):
    def list(self, *, limit: int | None = None) -> AsyncPager[Provider]:
        """``{p.package_name: p.version async for p in client.providers.list()}``."""
        return AsyncPager(self._client, _list, self._client._page_size, limit)
