"""DAG import errors: ``client.import_errors.list() / get(import_error_id)``.

=========  ====================================  ====================================  ============
method     v1 (Airflow 2)                        v2 (Airflow 3)                        experimental
=========  ====================================  ====================================  ============
list       GET /api/v1/importErrors              GET /api/v2/importErrors              unsupported
get        GET /api/v1/importErrors/{id}         GET /api/v2/importErrors/{id}         unsupported
=========  ====================================  ====================================  ============

One ``DagImportError`` per DAG file that fails to import (named so as not to shadow Python's
``ImportError``), oldest first. Its ``filename`` is an absolute path on Airflow 2 and relative to
its DAG bundle (``bundle_name``) on Airflow 3. Airflow 3 lists only the errors of files whose
DAGs the caller may read.
"""

from __future__ import annotations

from .._base_client import Context, Op
from .._pagination import AsyncPager, Page, SyncPager
from ..types import DagImportError
from ._base import AsyncResource, SyncResource, require_number

__all__ = ["AsyncImportErrors", "ImportErrors"]


def _list(ctx: Context, offset: int, limit: int) -> Op[Page[DagImportError]]:
    items, total = yield from ctx.adapter.import_errors(offset, limit)
    return Page(DagImportError._many(items, ctx.api), total, offset)


def _get(ctx: Context, import_error_id: int) -> Op[DagImportError]:
    number = require_number("import_error_id", import_error_id)
    return DagImportError.from_json((yield from ctx.adapter.import_error(number)), ctx.api)


class ImportErrors(SyncResource):
    def list(self, *, limit: int | None = None) -> SyncPager[DagImportError]:
        """The DAG files that fail to import, page by page:
        ``for e in client.import_errors.list(): print(e.filename, e.stack_trace)``."""
        return SyncPager(self._client, _list, self._client._page_size, limit)

    def get(self, import_error_id: int) -> DagImportError:
        """``client.import_errors.get(7).stack_trace``; NotFoundError if there is none (fixed, or never was)."""
        return self._client._run(_get, import_error_id)


class AsyncImportErrors(AsyncResource):
    def list(self, *, limit: int | None = None) -> AsyncPager[DagImportError]:
        """``async for e in client.import_errors.list(): print(e.filename)``."""
        return AsyncPager(self._client, _list, self._client._page_size, limit)

    async def get(self, import_error_id: int) -> DagImportError:
        """``(await client.import_errors.get(7)).stack_trace``."""
        return await self._client._run(_get, import_error_id)
