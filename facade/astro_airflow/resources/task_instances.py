"""Task instances: ``client.task_instances.list / get / logs / tries / clear / set_state / set_note``.

Paths relative to ``/api/v1`` (Airflow 2) and ``/api/v2`` (Airflow 3):

=========  ===============================================  ===============================================
method     v1                                               v2
=========  ===============================================  ===============================================
list       GET dags/{dag_id}/dagRuns/{run_id}/taskInstances GET dags/{dag_id}/dagRuns/{run_id}/taskInstances
           (``~``: all DAGs / runs; state, pool, queue,     (``~`` too; one task id, state, pool, queue,
           dates); with ``task_ids``: POST                  dates); several task ids: POST
           dags/~/dagRuns/~/taskInstances/list              dags/~/dagRuns/~/taskInstances/list
get        GET .../taskInstances/{task_id}[/{map_index}]    the same
logs       GET .../taskInstances/{task_id}/logs/{try}       the same, JSON lines rendered to text
tries      GET .../taskInstances/{task_id}[/{map_index}]/   GET .../taskInstances/{task_id}[/{map_index}]/
           tries                                            tries
clear      POST dags/{dag_id}/clearTaskInstances            the same
set_state  POST dags/{dag_id}/updateTaskInstancesState,     PATCH .../taskInstances/{task_id}[/{map_index}]
           then the batch list (its answer names the task   /dry_run, then PATCH .../taskInstances/
           instances only); a mapped one: PATCH             {task_id}[/{map_index}] (its answer lacks what
           .../taskInstances/{task_id}/{map_index}          include_* changed: read with the batch list)
set_note   PATCH .../taskInstances/{task_id}[/{map_index}]  PATCH .../taskInstances/{task_id}[/{map_index}]
           /setNote                                         ?update_mask=note
=========  ===============================================  ===============================================

The experimental API has none of these (it has a single task instance by execution date);
they raise ``UnsupportedOperationError``.

**Server quirks smoothed over** (Airflow 2.11 and 3.3):

* Airflow 2's GET of a run's task instances cannot filter by task id: a list with ``task_ids`` is
  sent as the batch POST. Airflow 3's GET takes one ``task_id``; several go to the POST as well.
* Airflow 2's ``updateTaskInstancesState`` is a dry run unless told otherwise (``dry_run`` is
  always sent) and answers references (ids and logical date); Airflow 3's PATCH answers only the
  task instance of its path, and 409 when that one is already in the state. ``set_state`` returns
  what changed on both, as full task instances read after the change, and ``[]`` when nothing
  would change.
* Airflow 2 answers ``tries`` of a task instance that does not exist with an empty list; it is a
  ``NotFoundError`` here, as on Airflow 3.
* A note is cleared with ``null`` on Airflow 2 and ``""`` on Airflow 3: ``set_note(..., None)``
  (or ``""``) clears it on both.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from .._base_client import Context, Op
from .._errors import InvalidInputError
from .._pagination import AsyncPager, Page, PageFetch, SyncPager
from ..types import TaskInstance, TaskInstanceState, TaskInstanceTry
from ._base import AsyncResource, SyncResource, date_filters, require_id

__all__ = ["AsyncTaskInstances", "TaskInstances"]


#: the states a task instance can be set to (both servers accept these three only)
SETTABLE_STATES = ("success", "failed", "skipped")
#: what the list's ``state`` filter takes: the states (Airflow 3.1+ adds "awaiting_input", human in the
#: loop), and "none" for task instances without one yet. Checked here: Airflow 2 answers an unknown
#: state with 500
_FILTER_STATES = frozenset({*(s.value for s in TaskInstanceState), "awaiting_input", "none"})


def _strings(what: str, value: str | Sequence[str] | None, single: bool = True) -> builtins.list[str] | None:
    """One string or several as a list (``None`` or empty: no filter). ``single=False``: a str is refused
    (``task_ids="say_hello"`` would otherwise read as nine one-letter ids)."""
    if value is None:
        return None
    if isinstance(value, str):
        if not single:
            raise InvalidInputError(f"{what} must be a list of strings, not a string: {what}=[{value!r}]")
        value = [value]
    try:
        values = builtins.list(value)
    except TypeError:
        raise InvalidInputError(f"{what} must be a string or a list of strings, got {type(value).__name__}") from None
    for v in values:
        if not isinstance(v, str) or not v:
            raise InvalidInputError(f"{what} must hold non-empty strings, got {v!r}")
    return values or None


def _filters(
    state: str | Sequence[str] | None,
    task_ids: Sequence[str] | None,
    pool: str | Sequence[str] | None,
    queue: str | Sequence[str] | None,
    **dates: datetime | str | None,
) -> dict[str, Any]:
    """The list's arguments as the adapters' neutral filters (see ``Adapter.task_instances``), checked."""
    filters: dict[str, Any] = {}
    states = _strings("state", state)
    if states is not None:
        unknown = [s for s in states if s not in _FILTER_STATES]
        if unknown:
            raise InvalidInputError(
                f"state {unknown[0]!r} is not a task instance state; use one of "
                f"{', '.join(sorted(_FILTER_STATES - {'none'}))}, or 'none' (no state yet)"
            )
        filters["state"] = states
    for name, values in (
        ("task_ids", _strings("task_ids", task_ids, single=False)),
        ("pool", _strings("pool", pool)),
        ("queue", _strings("queue", queue)),
    ):
        if values is not None:
            filters[name] = values
    if filters.get("task_ids"):
        for task_id in filters["task_ids"]:
            require_id("task_id", task_id)
    return {**filters, **date_filters(**dates)}


def _list(dag_id: str, run_id: str, filters: dict[str, Any]) -> PageFetch[TaskInstance]:
    if dag_id != "~":  # "~": every DAG
        require_id("dag_id", dag_id)
    if run_id != "~":  # "~": every run
        require_id("run_id", run_id)

    def fetch(ctx: Context, offset: int, limit: int, cursor: str | None) -> Op[Page[TaskInstance]]:
        got = yield from ctx.adapter.task_instances(dag_id, run_id, filters, offset, limit, cursor)
        return Page(TaskInstance._many(got.items, ctx.api), got.total, offset, got.next_cursor, got.by_cursor)

    return fetch


def _ids(dag_id: str, run_id: str, task_id: str, map_index: int) -> None:
    for what, value in (("dag_id", dag_id), ("run_id", run_id), ("task_id", task_id)):
        require_id(what, value)
    if not isinstance(map_index, int) or isinstance(map_index, bool) or map_index < -1:
        raise InvalidInputError(f"map_index must be an int >= -1 (-1: an unmapped task), got {map_index!r}")


def _get(ctx: Context, dag_id: str, run_id: str, task_id: str, map_index: int) -> Op[TaskInstance]:
    _ids(dag_id, run_id, task_id, map_index)
    return TaskInstance.from_json((yield from ctx.adapter.task_instance(dag_id, run_id, task_id, map_index)), ctx.api)


def _logs(ctx: Context, dag_id: str, run_id: str, task_id: str, try_number: int | None, map_index: int) -> Op[str]:
    ti = yield from _get(ctx, dag_id, run_id, task_id, map_index)
    last = ti.try_number or 0
    tries = [try_number] if try_number is not None else list(range(1, last + 1))
    parts = []
    for number in tries:
        text = yield from ctx.adapter.task_log(dag_id, run_id, task_id, number, map_index)
        parts.append(text if try_number is not None else f"--- {task_id} try {number} ---\n{text}")
    return "\n".join(parts)


def _clear(
    ctx: Context,
    dag_id: str,
    run_id: str | None,
    task_ids: Sequence[str] | None,
    dry_run: bool,
    only_failed: bool,
    include_downstream: bool,
) -> Op[list[TaskInstance]]:
    require_id("dag_id", dag_id)
    if isinstance(task_ids, str):
        raise InvalidInputError("task_ids must be a list of task ids, not a string")
    fields: dict[str, Any] = {
        "dry_run": dry_run,
        "only_failed": only_failed,
        "include_downstream": include_downstream,
        # the runs go back to queued so that the cleared task instances run again: Airflow 3's default,
        # not Airflow 2's (there the run stayed finished, and nothing ran)
        "reset_dag_runs": True,
    }
    if run_id is not None:
        fields["dag_run_id"] = require_id("run_id", run_id)
    if task_ids is not None:
        fields["task_ids"] = list(task_ids)
    items, _ = yield from ctx.adapter.clear_task_instances(dag_id, fields)
    return TaskInstance._many(items, ctx.api)


def _tries(ctx: Context, dag_id: str, run_id: str, task_id: str, map_index: int) -> Op[list[TaskInstanceTry]]:
    _ids(dag_id, run_id, task_id, map_index)
    items = yield from ctx.adapter.task_instance_tries(dag_id, run_id, task_id, map_index)
    return TaskInstanceTry._many(items, ctx.api)


def _set_state(
    ctx: Context,
    dag_id: str,
    run_id: str,
    task_id: str,
    state: str,
    map_index: int,
    include: dict[str, bool],
    dry_run: bool,
) -> Op[list[TaskInstance]]:
    _ids(dag_id, run_id, task_id, map_index)
    if state not in SETTABLE_STATES:  # a TaskInstanceState member is its value
        raise InvalidInputError(
            f"state must be one of {', '.join(repr(s) for s in SETTABLE_STATES)} (what Airflow lets a task "
            f"instance be set to), got {state!r}; to run tasks again, use task_instances.clear()"
        )
    for name, value in (*include.items(), ("dry_run", dry_run)):
        if not isinstance(value, bool):
            raise InvalidInputError(f"{name} must be True or False, got {value!r}")
    items = yield from ctx.adapter.set_task_instance_state(
        dag_id, run_id, task_id, map_index, str(state), include, dry_run
    )
    return TaskInstance._many(items, ctx.api)


#: both servers refuse longer notes (400 / 422)
NOTE_MAX_LENGTH = 1000


def _set_note(
    ctx: Context, dag_id: str, run_id: str, task_id: str, note: str | None, map_index: int
) -> Op[TaskInstance]:
    _ids(dag_id, run_id, task_id, map_index)
    if note is not None and not isinstance(note, str):
        raise InvalidInputError(f"note must be a str (or None to clear it), got {type(note).__name__}")
    if note is not None and len(note) > NOTE_MAX_LENGTH:
        raise InvalidInputError(f"note is {len(note)} characters long; Airflow keeps at most {NOTE_MAX_LENGTH}")
    answer = yield from ctx.adapter.set_task_instance_note(dag_id, run_id, task_id, map_index, note or None)
    return TaskInstance.from_json(answer, ctx.api)


class TaskInstances(SyncResource):
    def list(
        self,
        dag_id: str,
        run_id: str,
        *,
        state: str | Sequence[str] | None = None,
        task_ids: Sequence[str] | None = None,
        pool: str | Sequence[str] | None = None,
        queue: str | Sequence[str] | None = None,
        logical_after: datetime | str | None = None,
        logical_before: datetime | str | None = None,
        start_after: datetime | str | None = None,
        start_before: datetime | str | None = None,
        end_after: datetime | str | None = None,
        end_before: datetime | str | None = None,
        limit: int | None = None,
        prefetch: int | None = None,
    ) -> SyncPager[TaskInstance]:
        """Task instances of a run, filtered on the server, page by page:
        ``{ti.task_id: ti.state for ti in client.task_instances.list("hello", run_id)}``.

        ``"~"`` as ``dag_id`` / ``run_id``: every DAG / every run. ``state``, ``pool``, ``queue``: one value
        or several (any of them; state ``"none"``: no state yet); ``task_ids``: a list. Date bounds are
        included; naive datetimes are UTC (``logical_*``: the run's logical date; ``start_*`` / ``end_*``:
        the task instance's). Pages by cursor where the server can (Airflow 3.3+), else by offset with
        ``prefetch`` pages in flight at once (default: the client's; 1: one at a time).

        >>> failed = client.task_instances.list("~", "~", state=["failed", "upstream_failed"],
        ...                                     start_after="2024-06-01T00:00:00")
        """
        filters = _filters(
            state,
            task_ids,
            pool,
            queue,
            logical_after=logical_after,
            logical_before=logical_before,
            start_after=start_after,
            start_before=start_before,
            end_after=end_after,
            end_before=end_before,
        )
        fetch = _list(dag_id, run_id, filters)
        return SyncPager(self._client, fetch, self._client._page_size, limit, cursors=True, prefetch=prefetch)

    def get(self, dag_id: str, run_id: str, task_id: str, *, map_index: int = -1) -> TaskInstance:
        """``client.task_instances.get("hello", run_id, "say_hello").state``."""
        return self._client._run(_get, dag_id, run_id, task_id, map_index)

    def logs(
        self, dag_id: str, run_id: str, task_id: str, *, try_number: int | None = None, map_index: int = -1
    ) -> str:
        """The task's log as text: every try (each under a ``--- <task> try N ---`` line), or one try.

        >>> print(client.task_instances.logs("hello", run_id, "say_hello"))
        """
        return self._client._run(_logs, dag_id, run_id, task_id, try_number, map_index)

    def clear(
        self,
        dag_id: str,
        run_id: str | None = None,
        *,
        task_ids: Sequence[str] | None = None,
        dry_run: bool = False,
        only_failed: bool = False,
        include_downstream: bool = False,
    ) -> builtins.list[TaskInstance]:
        """Clear task instances so they run again; return the ones cleared (or, with ``dry_run``, that
        would be): ``client.task_instances.clear("hello", run_id, task_ids=["say_hello"])``."""
        return self._client._run(_clear, dag_id, run_id, task_ids, dry_run, only_failed, include_downstream)

    def tries(self, dag_id: str, run_id: str, task_id: str, *, map_index: int = -1) -> builtins.list[TaskInstanceTry]:
        """Every try of a task instance, oldest first (the last is the current one):
        ``[(t.try_number, t.state) for t in client.task_instances.tries("fails", run_id, "boom")]``."""
        return self._client._run(_tries, dag_id, run_id, task_id, map_index)

    def set_state(
        self,
        dag_id: str,
        run_id: str,
        task_id: str,
        state: str,
        *,
        map_index: int = -1,
        include_upstream: bool = False,
        include_downstream: bool = False,
        include_future: bool = False,
        include_past: bool = False,
        dry_run: bool = False,
    ) -> builtins.list[TaskInstance]:
        """Mark a task instance ``"success"``, ``"failed"`` or ``"skipped"`` (with its upstream, downstream,
        future or past ones if asked); return the task instances that changed, as they are now (with
        ``dry_run``, the ones that would change, unchanged); ``[]`` if nothing needs to change.

        >>> client.task_instances.set_state("hello", run_id, "say_hello", "failed", include_downstream=True)
        """
        include = {
            "include_upstream": include_upstream,
            "include_downstream": include_downstream,
            "include_future": include_future,
            "include_past": include_past,
        }
        return self._client._run(_set_state, dag_id, run_id, task_id, state, map_index, include, dry_run)

    def set_note(
        self, dag_id: str, run_id: str, task_id: str, note: str | None, *, map_index: int = -1
    ) -> TaskInstance:
        """Set (or, with ``None`` or ``""``, clear) a task instance's note; return the task instance:
        ``client.task_instances.set_note("hello", run_id, "say_hello", "rerun after the fix").note``."""
        return self._client._run(_set_note, dag_id, run_id, task_id, note, map_index)


class AsyncTaskInstances(AsyncResource):
    def list(
        self,
        dag_id: str,
        run_id: str,
        *,
        state: str | Sequence[str] | None = None,
        task_ids: Sequence[str] | None = None,
        pool: str | Sequence[str] | None = None,
        queue: str | Sequence[str] | None = None,
        logical_after: datetime | str | None = None,
        logical_before: datetime | str | None = None,
        start_after: datetime | str | None = None,
        start_before: datetime | str | None = None,
        end_after: datetime | str | None = None,
        end_before: datetime | str | None = None,
        limit: int | None = None,
        prefetch: int | None = None,
    ) -> AsyncPager[TaskInstance]:
        """``async for ti in client.task_instances.list("hello", run_id, state="failed"): ...`` (see
        ``TaskInstances.list``)."""
        filters = _filters(
            state,
            task_ids,
            pool,
            queue,
            logical_after=logical_after,
            logical_before=logical_before,
            start_after=start_after,
            start_before=start_before,
            end_after=end_after,
            end_before=end_before,
        )
        fetch = _list(dag_id, run_id, filters)
        return AsyncPager(self._client, fetch, self._client._page_size, limit, cursors=True, prefetch=prefetch)

    async def get(self, dag_id: str, run_id: str, task_id: str, *, map_index: int = -1) -> TaskInstance:
        """``(await client.task_instances.get("hello", run_id, "say_hello")).state``."""
        return await self._client._run(_get, dag_id, run_id, task_id, map_index)

    async def logs(
        self, dag_id: str, run_id: str, task_id: str, *, try_number: int | None = None, map_index: int = -1
    ) -> str:
        """``print(await client.task_instances.logs("hello", run_id, "say_hello"))``."""
        return await self._client._run(_logs, dag_id, run_id, task_id, try_number, map_index)

    async def clear(
        self,
        dag_id: str,
        run_id: str | None = None,
        *,
        task_ids: Sequence[str] | None = None,
        dry_run: bool = False,
        only_failed: bool = False,
        include_downstream: bool = False,
    ) -> builtins.list[TaskInstance]:
        """``await client.task_instances.clear("hello", run_id, task_ids=["say_hello"])``."""
        return await self._client._run(_clear, dag_id, run_id, task_ids, dry_run, only_failed, include_downstream)

    async def tries(
        self, dag_id: str, run_id: str, task_id: str, *, map_index: int = -1
    ) -> builtins.list[TaskInstanceTry]:
        """``[t.state for t in await client.task_instances.tries("fails", run_id, "boom")]``."""
        return await self._client._run(_tries, dag_id, run_id, task_id, map_index)

    async def set_state(
        self,
        dag_id: str,
        run_id: str,
        task_id: str,
        state: str,
        *,
        map_index: int = -1,
        include_upstream: bool = False,
        include_downstream: bool = False,
        include_future: bool = False,
        include_past: bool = False,
        dry_run: bool = False,
    ) -> builtins.list[TaskInstance]:
        """``await client.task_instances.set_state("hello", run_id, "say_hello", "success")``."""
        include = {
            "include_upstream": include_upstream,
            "include_downstream": include_downstream,
            "include_future": include_future,
            "include_past": include_past,
        }
        return await self._client._run(_set_state, dag_id, run_id, task_id, state, map_index, include, dry_run)

    async def set_note(
        self, dag_id: str, run_id: str, task_id: str, note: str | None, *, map_index: int = -1
    ) -> TaskInstance:
        """``(await client.task_instances.set_note("hello", run_id, "say_hello", "checked")).note``."""
        return await self._client._run(_set_note, dag_id, run_id, task_id, note, map_index)
