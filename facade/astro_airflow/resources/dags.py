"""DAGs: ``client.dags.list / get / pause / unpause / trigger``.

Paths relative to ``/api/v1`` (Airflow 2), ``/api/v2`` (Airflow 3), ``/api/experimental``:

=========  ============================  ============================  =============================
method     v1                            v2                            experimental
=========  ============================  ============================  =============================
list       GET dags                      GET dags                      (unsupported)
get        GET dags/{dag_id}             GET dags/{dag_id}             GET dags/{dag_id}/paused
pause      PATCH dags/{dag_id}           PATCH dags/{dag_id}           GET dags/{dag_id}/paused/true
unpause    PATCH dags/{dag_id}           PATCH dags/{dag_id}           GET dags/{dag_id}/paused/false
trigger    POST dags/{dag_id}/dagRuns    POST dags/{dag_id}/dagRuns    POST dags/{dag_id}/dag_runs
=========  ============================  ============================  =============================

``trigger`` sends the date as ``logical_date`` (UTC, ``Z``) to the stable APIs (Airflow 2.7+ and 3),
and as ``execution_date`` to the experimental API. Nothing given means "now": ``{}``
on Airflow 2, ``{"logical_date": null}`` on Airflow 3 (which requires the key).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from .._base_client import Context, Op
from .._errors import APIStatusError, ConflictError, NotFoundError
from .._pagination import AsyncPager, Page, SyncPager
from ..types import Dag, DagRun
from ._base import AsyncResource, SyncResource, json_object, require_id, wire_datetime
from .dag_runs import get_run

__all__ = ["AsyncDags", "Dags", "make_run_id"]

_RUN_ID_CHARS = re.compile(r"[^A-Za-z0-9_.~:+-]+")


def make_run_id(prefix: str = "api", key: str | None = None) -> str:
    """A run id for an idempotent ``trigger``: the same ``key`` always gives the same id, so a retried
    (or re-run) trigger finds the existing run instead of starting a second one. Without ``key``,
    a unique id (UTC time + random). Only characters Airflow accepts in run ids are used.

    >>> make_run_id("nightly", key="2024-06-01")
    'nightly__2024-06-01'
    >>> client.dags.trigger("hello", run_id=make_run_id())
    """
    if key is None:
        key = f"{datetime.now(UTC):%Y%m%dT%H%M%S}Z_{secrets.token_hex(4)}"
    clean = _RUN_ID_CHARS.sub("-", f"{prefix}__{key}").strip("-")
    return clean[:250]


def _list(tags: Sequence[str] | None, paused: bool | None, dag_id_pattern: str | None) -> Any:
    filters: dict[str, Any] = {}
    if tags:
        filters["tags"] = list(tags)
    if paused is not None:
        filters["paused"] = paused
    if dag_id_pattern is not None:
        filters["dag_id_pattern"] = dag_id_pattern

    def fetch(ctx: Context, offset: int, limit: int) -> Op[Page[Dag]]:
        items, total = yield from ctx.adapter.dags(offset, limit, filters)
        return Page(Dag._many(items, ctx.api), total, offset)

    return fetch


def _get(ctx: Context, dag_id: str) -> Op[Dag]:
    require_id("dag_id", dag_id)
    return Dag.from_json((yield from ctx.adapter.dag(dag_id)), ctx.api)


def _set_paused(ctx: Context, dag_id: str, paused: bool) -> Op[Dag]:
    require_id("dag_id", dag_id)
    return Dag.from_json((yield from ctx.adapter.set_paused(dag_id, paused)), ctx.api)


def _trigger(
    ctx: Context,
    dag_id: str,
    conf: Mapping[str, Any] | None,
    logical_date: datetime | str | None,
    run_id: str | None,
    note: str | None,
) -> Op[DagRun]:
    require_id("dag_id", dag_id)
    if run_id is not None:
        require_id("run_id", run_id)
    body = json_object(conf, "conf") if conf is not None else None
    date = wire_datetime(logical_date, "logical_date") if logical_date is not None else None
    try:
        return DagRun.from_json((yield from ctx.adapter.trigger(dag_id, body, date, run_id, note)), ctx.api)
    except ConflictError as exc:
        return (yield from _existing(ctx, dag_id, run_id, exc))
    except APIStatusError as exc:
        if run_id is not None and exc.status_code in (400, 422, 500) and _RUN_ID_CHARS.search(run_id):
            # Airflow 2 fails (500) on such a run id; Airflow 3 refuses it (400)
            exc.message += (
                f"; the run_id {run_id!r} has characters outside Airflow's default allowed pattern "
                "[A-Za-z0-9_.~:+-] ([scheduler] allowed_run_id_pattern): make_run_id() makes valid ones"
            )
            exc.args = (exc.message,)
        raise


def _existing(ctx: Context, dag_id: str, run_id: str | None, exc: APIStatusError) -> Op[DagRun]:
    """The run a 409 is about, when it is the one we asked for (a retried idempotent trigger)."""
    if run_id is None:
        raise exc
    try:
        return (yield from get_run(ctx, dag_id, run_id))
    except NotFoundError:
        raise exc from None  # the conflict is about something else (e.g. the logical date)


class Dags(SyncResource):
    def list(
        self,
        *,
        tags: Sequence[str] | None = None,
        paused: bool | None = None,
        dag_id_pattern: str | None = None,
        limit: int | None = None,
    ) -> SyncPager[Dag]:
        """Active DAGs by id, page by page: ``[d.dag_id for d in client.dags.list(tags=["etl"])]``."""
        return SyncPager(self._client, _list(tags, paused, dag_id_pattern), self._client._page_size, limit)

    def get(self, dag_id: str) -> Dag:
        """``client.dags.get("hello").is_paused``."""
        return self._client._run(_get, dag_id)

    def pause(self, dag_id: str) -> Dag:
        """``client.dags.pause("hello")``."""
        return self._client._run(_set_paused, dag_id, True)

    def unpause(self, dag_id: str) -> Dag:
        """``client.dags.unpause("hello")``."""
        return self._client._run(_set_paused, dag_id, False)

    def trigger(
        self,
        dag_id: str,
        conf: Mapping[str, Any] | None = None,
        *,
        logical_date: datetime | str | None = None,
        run_id: str | None = None,
        note: str | None = None,
    ) -> DagRun:
        """Start a DAG run and return it.

        ``logical_date``: a datetime (naive means UTC) or an ISO string such as
        ``"2021-11-16T11:34:00"``; default now. With a ``run_id`` (see ``make_run_id``) the call is
        idempotent: retried after a lost answer, and a run that already exists is returned.

        >>> run = client.dags.trigger("hello")
        >>> run = client.dags.trigger("hello", {"x": 1}, logical_date="2021-11-16T11:34:00",
        ...                           run_id=make_run_id(key="2021-11-16"))
        """
        return self._client._run(_trigger, dag_id, conf, logical_date, run_id, note)


class AsyncDags(AsyncResource):
    def list(
        self,
        *,
        tags: Sequence[str] | None = None,
        paused: bool | None = None,
        dag_id_pattern: str | None = None,
        limit: int | None = None,
    ) -> AsyncPager[Dag]:
        """``async for dag in client.dags.list(): ...``."""
        return AsyncPager(self._client, _list(tags, paused, dag_id_pattern), self._client._page_size, limit)

    async def get(self, dag_id: str) -> Dag:
        """``(await client.dags.get("hello")).is_paused``."""
        return await self._client._run(_get, dag_id)

    async def pause(self, dag_id: str) -> Dag:
        """``await client.dags.pause("hello")``."""
        return await self._client._run(_set_paused, dag_id, True)

    async def unpause(self, dag_id: str) -> Dag:
        """``await client.dags.unpause("hello")``."""
        return await self._client._run(_set_paused, dag_id, False)

    async def trigger(
        self,
        dag_id: str,
        conf: Mapping[str, Any] | None = None,
        *,
        logical_date: datetime | str | None = None,
        run_id: str | None = None,
        note: str | None = None,
    ) -> DagRun:
        """``run = await client.dags.trigger("hello", {"x": 1})`` (see ``Dags.trigger``)."""
        return await self._client._run(_trigger, dag_id, conf, logical_date, run_id, note)
