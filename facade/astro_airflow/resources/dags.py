"""DAGs: ``client.dags.list / get / details / tasks / source / warnings / pause / unpause / trigger /
delete``.

Paths relative to ``/api/v1`` (Airflow 2), ``/api/v2`` (Airflow 3), ``/api/experimental``:

=========  ==============================  ============================  ==============================
method     v1                              v2                            experimental
=========  ==============================  ============================  ==============================
list       GET dags                        GET dags                      (unsupported)
get        GET dags/{dag_id}               GET dags/{dag_id}             GET dags/{dag_id}/paused
details    GET dags/{dag_id}/details       GET dags/{dag_id}/details     (unsupported)
tasks      GET dags/{dag_id}/tasks         GET dags/{dag_id}/tasks       (unsupported)
source     GET dags/{dag_id}, then         GET dagSources/{dag_id}       GET dags/{dag_id}/code
           GET dagSources/{file_token}     (text/plain)
warnings   GET dagWarnings                 GET dagWarnings               (unsupported)
pause      PATCH dags/{dag_id}             PATCH dags/{dag_id}           GET dags/{dag_id}/paused/true
unpause    PATCH dags/{dag_id}             PATCH dags/{dag_id}           GET dags/{dag_id}/paused/false
trigger    POST dags/{dag_id}/dagRuns      POST dags/{dag_id}/dagRuns    POST dags/{dag_id}/dag_runs
delete     DELETE dags/{dag_id}            DELETE dags/{dag_id}          DELETE dags/{dag_id}
=========  ==============================  ============================  ==============================

``list`` filters on the server: ``tags`` (``tags_match="all"``: Airflow 3 only; Airflow 2 matches
any), ``paused``, ``dag_id_pattern`` (a case-insensitive substring), ``only_active`` (Airflow 2's
``only_active``, Airflow 3's ``exclude_stale``).

``trigger`` sends the date as ``logical_date`` (UTC, ``Z``) to the stable APIs (Airflow 2.7+ and 3),
and as ``execution_date`` to the experimental API. Nothing given means "now": ``{}``
on Airflow 2, ``{"logical_date": null}`` on Airflow 3 (which requires the key).

``delete`` removes the DAG's records (runs, task instances, ...) from the database, not its file:
the DAG processor adds the DAG again, without history, on its next parse of the file.
"""

from __future__ import annotations

import builtins
import re
import secrets
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from .._base_client import Context, Op
from .._errors import APIStatusError, ConflictError, InvalidInputError, NotFoundError
from .._pagination import AsyncPager, Page, SyncPager
from ..types import Dag, DagDetails, DagRun, DagWarning, Task
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


def _list(
    tags: Sequence[str] | None,
    tags_match: str | None,
    paused: bool | None,
    dag_id_pattern: str | None,
    only_active: bool,
) -> Any:
    if isinstance(tags, str):
        raise InvalidInputError(f"tags must be a list of tags, e.g. [{tags!r}], not a string")
    if tags_match not in (None, "any", "all"):
        raise InvalidInputError(f"tags_match must be 'any' or 'all', got {tags_match!r}")
    if not isinstance(only_active, bool):
        raise InvalidInputError(f"only_active must be True or False, got {only_active!r}")
    filters: dict[str, Any] = {"only_active": only_active}
    if tags:
        filters["tags"] = [str(t) for t in tags]
        if tags_match is not None:
            filters["tags_match"] = tags_match
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


def _details(ctx: Context, dag_id: str) -> Op[DagDetails]:
    require_id("dag_id", dag_id)
    return DagDetails.from_json((yield from ctx.adapter.dag_details(dag_id)), ctx.api)


def _tasks(ctx: Context, dag_id: str) -> Op[list[Task]]:
    require_id("dag_id", dag_id)
    items, _ = yield from ctx.adapter.dag_tasks(dag_id)
    return Task._many(items, ctx.api)


def _source(ctx: Context, dag_id: str) -> Op[str]:
    require_id("dag_id", dag_id)
    text: str = yield from ctx.adapter.dag_source(dag_id)
    return text


def _warnings(dag_id: str | None, warning_type: str | None) -> Any:
    if dag_id is not None:
        require_id("dag_id", dag_id)
    if warning_type is not None:
        require_id("warning_type", warning_type)

    def fetch(ctx: Context, offset: int, limit: int) -> Op[Page[DagWarning]]:
        items, total = yield from ctx.adapter.dag_warnings(dag_id, warning_type, offset, limit)
        return Page(DagWarning._many(items, ctx.api), total, offset)

    return fetch


def _delete(ctx: Context, dag_id: str, missing_ok: bool) -> Op[None]:
    require_id("dag_id", dag_id)
    try:
        yield from ctx.adapter.delete_dag(dag_id)
    except NotFoundError:
        if not missing_ok:
            raise
    except ConflictError as exc:
        exc.message += "; wait until its running task instances finish (or mark them failed), then delete again"
        exc.args = (exc.message,)
        raise


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
        tags_match: Literal["any", "all"] | None = None,
        paused: bool | None = None,
        dag_id_pattern: str | None = None,
        only_active: bool = True,
        limit: int | None = None,
    ) -> SyncPager[Dag]:
        """DAGs by id, page by page, filtered on the server: with any of ``tags`` (``tags_match="all"``:
        with all of them; Airflow 3 only), ``paused`` or not, an id containing ``dag_id_pattern``
        (case-insensitive); ``only_active=False`` adds DAGs whose file is gone (Airflow 3: stale).

        >>> [d.dag_id for d in client.dags.list(tags=["etl"], paused=False)]
        """
        fetch = _list(tags, tags_match, paused, dag_id_pattern, only_active)
        return SyncPager(self._client, fetch, self._client._page_size, limit)

    def get(self, dag_id: str) -> Dag:
        """``client.dags.get("hello").is_paused``."""
        return self._client._run(_get, dag_id)

    def details(self, dag_id: str) -> DagDetails:
        """A DAG with its settings (params, dates, limits, timeout ...):
        ``client.dags.details("hello").max_active_runs``."""
        return self._client._run(_details, dag_id)

    def tasks(self, dag_id: str) -> builtins.list[Task]:
        """The DAG's tasks as defined, by id: ``[(t.task_id, t.operator_name) for t in client.dags.tasks("hello")]``."""
        return self._client._run(_tasks, dag_id)

    def source(self, dag_id: str) -> str:
        """The text of the DAG's file as the DAG processor last stored it: ``print(client.dags.source("hello"))``."""
        return self._client._run(_source, dag_id)

    def warnings(
        self, dag_id: str | None = None, *, warning_type: str | None = None, limit: int | None = None
    ) -> SyncPager[DagWarning]:
        """What the DAG processor warns about (of one DAG, or all), page by page:
        ``[(w.dag_id, w.message) for w in client.dags.warnings()]``."""
        return SyncPager(self._client, _warnings(dag_id, warning_type), self._client._page_size, limit)

    def delete(self, dag_id: str, *, missing_ok: bool = False) -> None:
        """Delete the DAG's records (runs, task instances, ...; not its file, which the DAG processor parses
        again): ``client.dags.delete("old_dag")``. NotFoundError if there is no such DAG, unless
        ``missing_ok=True``; ConflictError while its tasks run."""
        return self._client._run(_delete, dag_id, missing_ok)

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
        tags_match: Literal["any", "all"] | None = None,
        paused: bool | None = None,
        dag_id_pattern: str | None = None,
        only_active: bool = True,
        limit: int | None = None,
    ) -> AsyncPager[Dag]:
        """``async for dag in client.dags.list(tags=["etl"]): ...`` (see ``Dags.list``)."""
        fetch = _list(tags, tags_match, paused, dag_id_pattern, only_active)
        return AsyncPager(self._client, fetch, self._client._page_size, limit)

    async def get(self, dag_id: str) -> Dag:
        """``(await client.dags.get("hello")).is_paused``."""
        return await self._client._run(_get, dag_id)

    async def details(self, dag_id: str) -> DagDetails:
        """``(await client.dags.details("hello")).max_active_runs``."""
        return await self._client._run(_details, dag_id)

    async def tasks(self, dag_id: str) -> builtins.list[Task]:
        """``[t.task_id for t in await client.dags.tasks("hello")]``."""
        return await self._client._run(_tasks, dag_id)

    async def source(self, dag_id: str) -> str:
        """``print(await client.dags.source("hello"))``."""
        return await self._client._run(_source, dag_id)

    def warnings(
        self, dag_id: str | None = None, *, warning_type: str | None = None, limit: int | None = None
    ) -> AsyncPager[DagWarning]:
        """``async for warning in client.dags.warnings("hello"): ...``."""
        return AsyncPager(self._client, _warnings(dag_id, warning_type), self._client._page_size, limit)

    async def delete(self, dag_id: str, *, missing_ok: bool = False) -> None:
        """``await client.dags.delete("old_dag")`` (see ``Dags.delete``)."""
        return await self._client._run(_delete, dag_id, missing_ok)

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
