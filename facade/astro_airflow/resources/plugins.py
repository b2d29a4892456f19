"""Plugins: ``client.plugins.list()``.

=========  ====================================  ====================================  ============
method     v1 (Airflow 2)                        v2 (Airflow 3)                        experimental
=========  ====================================  ====================================  ============
list       GET /api/v1/plugins                   GET /api/v2/plugins                   unsupported
=========  ====================================  ====================================  ============

The Airflow plugins loaded where the API runs. ``Plugin`` has what both majors report (name,
source, macros, timetables, listeners, blueprints, operator links, appbuilder views and menu
items); what one major alone reports (Airflow 2's ``hooks``, ``executors``, ``ti_deps``; Airflow
3's ``fastapi_apps``, ``react_apps``, ``external_views`` ...) is in ``.data``.
"""

from __future__ import annotations

from .._base_client import Context, Op
from .._pagination import AsyncPager, Page, SyncPager
from ..types import Plugin
from ._base import AsyncResource, SyncResource

__all__ = ["AsyncPlugins", "Plugins"]


def _list(ctx: Context, offset: int, limit: int) -> Op[Page[Plugin]]:
    items, total = yield from ctx.adapter.plugins(offset, limit)
    return Page(Plugin._many(items, ctx.api), total, offset)


class Plugins(SyncResource):
    def list(self, *, limit: int | None = None) -> SyncPager[Plugin]:
        """The loaded plugins: ``[(p.name, p.source) for p in client.plugins.list()]``."""
        return SyncPager(self._client, _list, self._client._page_size, limit)


class AsyncPlugins(AsyncResource):
    def list(self, *, limit: int | None = None) -> AsyncPager[Plugin]:
        """``[p.name async for p in client.plugins.list()]``."""
        return AsyncPager(self._client, _list, self._client._page_size, limit)
