"""Task instances: ``client.task_instances.list / get / logs / clear``.

Paths relative to ``/api/v1`` (Airflow 2) and ``/api/v2`` (Airflow 3), the same in both:

========  ====================================================================
method    path
========  ====================================================================
list      GET dags/{dag_id}/dagRuns/{run_id}/taskInstances
get       GET dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}[/{map_index}]
logs      GET .../taskInstances/{task_id}/logs/{try_number}, for each try
clear     POST dags/{dag_id}/clearTaskInstances
========  ====================================================================

The experimental API has none of these (it has a single task instance by execution date);
they raise ``UnsupportedOperationError``.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any

from .._base_client import Context, Op
from .._errors import InvalidInputError
from .._pagination import AsyncPager, Page, SyncPager
from ..types import TaskInstance
from ._base import AsyncResource, SyncResource, require_id

__all__ = ["AsyncTaskInstances", "TaskInstances"]


def _list(dag_id: str, run_id: str) -> Any:
    require_id("dag_id", dag_id)
    require_id("run_id", run_id)

    def fetch(ctx: Context, offset: int, limit: int) -> Op[Page[TaskInstance]]:
        items, total = yield from ctx.adapter.task_instances(dag_id, run_id, offset, limit)
        return Page(TaskInstance._many(items, ctx.api), total, offset)

    return fetch


def _get(ctx: Context, dag_id: str, run_id: str, task_id: str, map_index: int) -> Op[TaskInstance]:
    for what, value in (("dag_id", dag_id), ("run_id", run_id), ("task_id", task_id)):
        require_id(what, value)
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
    }
    if run_id is not None:
        fields["dag_run_id"] = require_id("run_id", run_id)
    if task_ids is not None:
        fields["task_ids"] = list(task_ids)
    items, _ = yield from ctx.adapter.clear_task_instances(dag_id, fields)
    return TaskInstance._many(items, ctx.api)


class TaskInstances(SyncResource):
    def list(self, dag_id: str, run_id: str, *, limit: int | None = None) -> SyncPager[TaskInstance]:
        """Task instances of a run: ``{ti.task_id: ti.state for ti in client.task_instances.list("hello", rid)}``."""
        return SyncPager(self._client, _list(dag_id, run_id), self._client._page_size, limit)

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


class AsyncTaskInstances(AsyncResource):
    def list(self, dag_id: str, run_id: str, *, limit: int | None = None) -> AsyncPager[TaskInstance]:
        """``async for ti in client.task_instances.list("hello", run_id): ...``."""
        return AsyncPager(self._client, _list(dag_id, run_id), self._client._page_size, limit)

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
