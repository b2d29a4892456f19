"""Event logs (Airflow's audit log): ``client.event_logs.list(...) / get(event_log_id)``.

=========  ====================================  ====================================  ============
method     v1 (Airflow 2)                        v2 (Airflow 3)                        experimental
=========  ====================================  ====================================  ============
list       GET /api/v1/eventLogs                 GET /api/v2/eventLogs                 unsupported
get        GET /api/v1/eventLogs/{id}            GET /api/v2/eventLogs/{id}            unsupported
=========  ====================================  ====================================  ============

``list`` is newest first (``order_by=-event_log_id``). Every filter is applied by the server, on
both majors (query parameters of the same names): ``dag_id``, ``run_id``, ``task_id`` and
``event`` match exactly; ``after`` and ``before`` bound ``when``, exclusive (naive datetimes are
UTC). Event names are Airflow's own: task states (``running``, ``success``, ``failed``), CLI
commands (``cli_task_run``), API and UI actions (``trigger_dag_run``, ``post_pool`` ...; they
differ between majors).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from .._base_client import Context, Op
from .._errors import InvalidInputError
from .._pagination import AsyncPager, Page, SyncPager
from ..types import EventLog
from ._base import AsyncResource, SyncResource, require_id, require_number, wire_datetime

__all__ = ["AsyncEventLogs", "EventLogs"]


def _list(
    dag_id: str | None,
    run_id: str | None,
    task_id: str | None,
    event: str | None,
    after: datetime | str | None,
    before: datetime | str | None,
) -> Callable[[Context, int, int], Op[Page[EventLog]]]:
    filters: dict[str, Any] = {}
    for what, value in (("dag_id", dag_id), ("run_id", run_id), ("task_id", task_id)):
        if value is not None:
            filters[what] = require_id(what, value)
    if event is not None:
        if not isinstance(event, str) or not event.strip():
            raise InvalidInputError(f"event must be a non-empty string (e.g. 'success'), got {event!r}")
        filters["event"] = event
    for what, when in (("after", after), ("before", before)):
        if when is not None:
            filters[what] = wire_datetime(when, what)

    def fetch(ctx: Context, offset: int, limit: int) -> Op[Page[EventLog]]:
        items, total = yield from ctx.adapter.event_logs(filters, offset, limit)
        return Page(EventLog._many(items, ctx.api), total, offset)

    return fetch


def _get(ctx: Context, event_log_id: int) -> Op[EventLog]:
    number = require_number("event_log_id", event_log_id)
    return EventLog.from_json((yield from ctx.adapter.event_log(number)), ctx.api)


class EventLogs(SyncResource):
    def list(
        self,
        *,
        dag_id: str | None = None,
        run_id: str | None = None,
        task_id: str | None = None,
        event: str | None = None,
        after: datetime | str | None = None,
        before: datetime | str | None = None,
        limit: int | None = None,
    ) -> SyncPager[EventLog]:
        """Audit log entries, newest first, filtered by the server, page by page:
        ``[(e.when, e.event) for e in client.event_logs.list(dag_id="hello", event="success", limit=20)]``."""
        fetch = _list(dag_id, run_id, task_id, event, after, before)
        return SyncPager(self._client, fetch, self._client._page_size, limit)

    def get(self, event_log_id: int) -> EventLog:
        """``client.event_logs.get(42).extra``; NotFoundError if there is none."""
        return self._client._run(_get, event_log_id)


class AsyncEventLogs(AsyncResource):
    def list(
        self,
        *,
        dag_id: str | None = None,
        run_id: str | None = None,
        task_id: str | None = None,
        event: str | None = None,
        after: datetime | str | None = None,
        before: datetime | str | None = None,
        limit: int | None = None,
    ) -> AsyncPager[EventLog]:
        """``async for e in client.event_logs.list(dag_id="hello", limit=20): print(e.when, e.event)``."""
        fetch = _list(dag_id, run_id, task_id, event, after, before)
        return AsyncPager(self._client, fetch, self._client._page_size, limit)

    async def get(self, event_log_id: int) -> EventLog:
        """``(await client.event_logs.get(42)).event``."""
        return await self._client._run(_get, event_log_id)
