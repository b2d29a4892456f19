"""Backfills (Airflow 3): ``client.backfills.create / list / get / pause / unpause / cancel``.

A backfill runs a DAG for the past dates of a range (its schedule must be periodic); Airflow runs
one backfill per DAG at a time.

=======================  ======================  ==========================================
method                   v1 (Airflow 2)          v2 (Airflow 3)
=======================  ======================  ==========================================
create                   (unsupported)           POST /api/v2/backfills
create(dry_run=True)     (unsupported)           POST /api/v2/backfills/dry_run
list                     (unsupported)           GET /api/v2/backfills?dag_id={dag_id}
get                      (unsupported)           GET /api/v2/backfills/{id}
pause / unpause          (unsupported)           PUT /api/v2/backfills/{id}/pause, /unpause
cancel                   (unsupported)           PUT /api/v2/backfills/{id}/cancel
=======================  ======================  ==========================================

The stable API of Airflow 2 (and the experimental API) has no backfill: every method raises
``UnsupportedOperationError`` naming the CLI command, ``airflow dags backfill``.

``create`` is not repeated on a lost answer: the server may have created the backfill (a repeat
would answer 409). On SQLite, Airflow 3 may refuse a creation with 503 "Database is locked" while
its scheduler writes; nothing is created then (the error's ``safe_to_retry`` is True): call again.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal, overload

from .._base_client import Context, Op
from .._errors import InvalidInputError
from .._pagination import AsyncPager, Page, SyncPager
from ..types import Backfill, ReprocessBehavior, to_datetime
from ._base import AsyncResource, SyncResource, json_object, require_id, wire_datetime

__all__ = ["AsyncBackfills", "Backfills"]

_BEHAVIORS = tuple(b.value for b in ReprocessBehavior)


# -- ops ---------------------------------------------------------------------------------------
def _require_backfill_id(backfill_id: object) -> int:
    if not isinstance(backfill_id, int) or isinstance(backfill_id, bool) or backfill_id < 0:
        raise InvalidInputError(f"backfill_id must be a backfill's id (an int >= 0), got {backfill_id!r}")
    return backfill_id


def _list(dag_id: str) -> Callable[[Context, int, int], Op[Page[Backfill]]]:
    require_id("dag_id", dag_id)

    def fetch(ctx: Context, offset: int, limit: int) -> Op[Page[Backfill]]:
        items, total = yield from ctx.adapter.backfills(dag_id, offset, limit)
        return Page(Backfill._many(items, ctx.api), total, offset)

    return fetch


def _get(ctx: Context, backfill_id: int) -> Op[Backfill]:
    _require_backfill_id(backfill_id)
    return Backfill.from_json((yield from ctx.adapter.backfill(backfill_id)), ctx.api)


def _create(
    ctx: Context,
    dag_id: str,
    from_date: datetime | str,
    to_date: datetime | str,
    reprocess_behavior: ReprocessBehavior | str | None,
    max_active_runs: int | None,
    run_backwards: bool,
    conf: dict[str, Any] | None,
    dry_run: bool,
) -> Op[Backfill | list[datetime]]:
    require_id("dag_id", dag_id)
    start, end = wire_datetime(from_date, "from_date"), wire_datetime(to_date, "to_date")
    fields: dict[str, Any] = {"dag_id": dag_id, "from_date": start, "to_date": end}
    fields["run_backwards"] = bool(run_backwards)
    if datetime.fromisoformat(start) > datetime.fromisoformat(end):
        raise InvalidInputError(f"from_date ({from_date!r}) must not be after to_date ({to_date!r})")
    if reprocess_behavior is not None:
        if str(reprocess_behavior) not in _BEHAVIORS:
            raise InvalidInputError(
                f"reprocess_behavior must be one of {', '.join(map(repr, _BEHAVIORS))} (dates that already have a "
                f"run: run none again, the failed ones, or all), got {reprocess_behavior!r}"
            )
        fields["reprocess_behavior"] = str(reprocess_behavior)
    if max_active_runs is not None:
        if not isinstance(max_active_runs, int) or isinstance(max_active_runs, bool) or max_active_runs < 1:
            raise InvalidInputError(f"max_active_runs must be an int >= 1, got {max_active_runs!r}")
        fields["max_active_runs"] = max_active_runs
    if conf is not None:
        fields["dag_run_conf"] = json_object(conf, "conf")
    data = yield from ctx.adapter.create_backfill(fields, dry_run)
    if dry_run:
        dates = (data or {}).get("backfills") or []
        return [d for item in dates if isinstance(item, dict) and (d := to_datetime(item.get("logical_date")))]
    return Backfill.from_json(data, ctx.api)


def _set_state(ctx: Context, backfill_id: int, action: str) -> Op[Backfill]:
    _require_backfill_id(backfill_id)
    return Backfill.from_json((yield from ctx.adapter.set_backfill_state(backfill_id, action)), ctx.api)


# -- the two classes ---------------------------------------------------------------------------
class Backfills(SyncResource):
    @overload
    def create(
        self,
        dag_id: str,
        from_date: datetime | str,
        to_date: datetime | str,
        *,
        reprocess_behavior: ReprocessBehavior | str | None = ...,
        max_active_runs: int | None = ...,
        run_backwards: bool = ...,
        conf: dict[str, Any] | None = ...,
        dry_run: Literal[False] = ...,
    ) -> Backfill: ...
    @overload
    def create(
        self,
        dag_id: str,
        from_date: datetime | str,
        to_date: datetime | str,
        *,
        reprocess_behavior: ReprocessBehavior | str | None = ...,
        max_active_runs: int | None = ...,
        run_backwards: bool = ...,
        conf: dict[str, Any] | None = ...,
        dry_run: Literal[True],
    ) -> builtins.list[datetime]: ...
    def create(
        self,
        dag_id: str,
        from_date: datetime | str,
        to_date: datetime | str,
        *,
        reprocess_behavior: ReprocessBehavior | str | None = None,
        max_active_runs: int | None = None,
        run_backwards: bool = False,
        conf: dict[str, Any] | None = None,
        dry_run: bool = False,
    ) -> Backfill | builtins.list[datetime]:
        """Run a DAG for the dates of a range (naive = UTC), at most ``max_active_runs`` at a time:
        ``client.backfills.create("daily", "2024-01-01", "2024-01-31", reprocess_behavior="failed")``.
        ``reprocess_behavior``: what to do with dates that already have a run ("none": skip them, the
        default; "failed"; "completed": all). With ``dry_run=True`` nothing is created: the logical dates
        that would run are returned. ConflictError if a backfill of the DAG is running."""
        return self._client._run(
            _create, dag_id, from_date, to_date, reprocess_behavior, max_active_runs, run_backwards, conf, dry_run
        )

    def list(self, dag_id: str, *, limit: int | None = None) -> SyncPager[Backfill]:
        """A DAG's backfills, newest first: ``[b.id for b in client.backfills.list("daily")]``."""
        return SyncPager(self._client, _list(dag_id), self._client._page_size, limit)

    def get(self, backfill_id: int) -> Backfill:
        """``client.backfills.get(7).completed_at``."""
        return self._client._run(_get, backfill_id)

    def pause(self, backfill_id: int) -> Backfill:
        """Start no more of its runs: ``client.backfills.pause(7)``; ConflictError once it has completed."""
        return self._client._run(_set_state, backfill_id, "pause")

    def unpause(self, backfill_id: int) -> Backfill:
        """``client.backfills.unpause(7)``."""
        return self._client._run(_set_state, backfill_id, "unpause")

    def cancel(self, backfill_id: int) -> Backfill:
        """Stop it: its queued runs fail, running ones finish: ``client.backfills.cancel(7).completed``
        (True). ConflictError if it has completed already."""
        return self._client._run(_set_state, backfill_id, "cancel")


class AsyncBackfills(AsyncResource):
    @overload
    async def create(
        self,
        dag_id: str,
        from_date: datetime | str,
        to_date: datetime | str,
        *,
        reprocess_behavior: ReprocessBehavior | str | None = ...,
        max_active_runs: int | None = ...,
        run_backwards: bool = ...,
        conf: dict[str, Any] | None = ...,
        dry_run: Literal[False] = ...,
    ) -> Backfill: ...
    @overload
    async def create(
        self,
        dag_id: str,
        from_date: datetime | str,
        to_date: datetime | str,
        *,
        reprocess_behavior: ReprocessBehavior | str | None = ...,
        max_active_runs: int | None = ...,
        run_backwards: bool = ...,
        conf: dict[str, Any] | None = ...,
        dry_run: Literal[True],
    ) -> builtins.list[datetime]: ...
    async def create(
        self,
        dag_id: str,
        from_date: datetime | str,
        to_date: datetime | str,
        *,
        reprocess_behavior: ReprocessBehavior | str | None = None,
        max_active_runs: int | None = None,
        run_backwards: bool = False,
        conf: dict[str, Any] | None = None,
        dry_run: bool = False,
    ) -> Backfill | builtins.list[datetime]:
        """``await client.backfills.create("daily", "2024-01-01", "2024-01-31")``."""
        return await self._client._run(
            _create, dag_id, from_date, to_date, reprocess_behavior, max_active_runs, run_backwards, conf, dry_run
        )

    def list(self, dag_id: str, *, limit: int | None = None) -> AsyncPager[Backfill]:
        """``async for backfill in client.backfills.list("daily"): ...``."""
        return AsyncPager(self._client, _list(dag_id), self._client._page_size, limit)

    async def get(self, backfill_id: int) -> Backfill:
        """``(await client.backfills.get(7)).completed_at``."""
        return await self._client._run(_get, backfill_id)

    async def pause(self, backfill_id: int) -> Backfill:
        """``await client.backfills.pause(7)``."""
        return await self._client._run(_set_state, backfill_id, "pause")

    async def unpause(self, backfill_id: int) -> Backfill:
        """``await client.backfills.unpause(7)``."""
        return await self._client._run(_set_state, backfill_id, "unpause")

    async def cancel(self, backfill_id: int) -> Backfill:
        """``await client.backfills.cancel(7)``."""
        return await self._client._run(_set_state, backfill_id, "cancel")
