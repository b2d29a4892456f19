"""DAG runs: ``client.dag_runs.list / get / wait / clear / set_state / delete``.

(Triggering is ``client.dags.trigger``.)

Paths relative to ``/api/v1`` (Airflow 2), ``/api/v2`` (Airflow 3), ``/api/experimental``:

==========  ===============================  ===============================  ============================
method      v1                               v2                               experimental
==========  ===============================  ===============================  ============================
list        GET dags/{dag_id}/dagRuns        GET dags/{dag_id}/dagRuns        GET dags/{dag_id}/dag_runs
get         GET dags/{dag_id}/dagRuns/{id}   GET dags/{dag_id}/dagRuns/{id}   that list, by run_id
wait        get, polled                      get, polled                      get, polled
clear       POST .../dagRuns/{id}/clear      POST .../dagRuns/{id}/clear      (unsupported)
set_state   PATCH .../dagRuns/{id}           PATCH .../dagRuns/{id}           (unsupported)
delete      DELETE .../dagRuns/{id}          DELETE .../dagRuns/{id}          (unsupported)
==========  ===============================  ===============================  ============================
"""

from __future__ import annotations

import builtins
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any, Literal, overload

from .._base_client import Context, Op, Sleep
from .._constants import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, LOGGER_NAME
from .._errors import (
    APIConnectionError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    RateLimitError,
    RunFailedError,
    WaitTimeoutError,
)
from .._pagination import AsyncPager, Page, SyncPager
from ..types import DagRun, TaskInstance
from ._base import AsyncResource, SyncResource, require_id

__all__ = ["AsyncDagRuns", "DagRuns"]

log = logging.getLogger(LOGGER_NAME)
ProgressCallback = Callable[[DagRun], object]


# -- ops ---------------------------------------------------------------------------------------
def _list(dag_id: str, states: Sequence[str] | None) -> Callable[[Context, int, int], Op[Page[DagRun]]]:
    if dag_id != "~":  # "~": every DAG
        require_id("dag_id", dag_id)
    state_list = [str(s) for s in states] if states else None

    def fetch(ctx: Context, offset: int, limit: int) -> Op[Page[DagRun]]:
        items, total = yield from ctx.adapter.dag_runs(dag_id, state_list, offset, limit)
        return Page(DagRun._many(items, ctx.api), total, offset)

    return fetch


def get_run(ctx: Context, dag_id: str, run_id: str, timeout: float | None = None) -> Op[DagRun]:
    require_id("dag_id", dag_id)
    require_id("run_id", run_id)
    return DagRun.from_json((yield from ctx.adapter.dag_run(dag_id, run_id, timeout)), ctx.api)


def _wait(
    ctx: Context,
    dag_id: str,
    run_id: str,
    timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
    raise_on_failure: bool,
) -> Op[DagRun]:
    if poll_interval <= 0 or timeout <= 0:
        raise InvalidInputError("timeout and poll_interval must be positive numbers of seconds")
    deadline = time.monotonic() + timeout
    last: DagRun | None = None
    while True:
        remaining = deadline - time.monotonic()
        try:
            # no single request may outlive the deadline
            run = yield from get_run(ctx, dag_id, run_id, timeout=max(1.0, min(ctx.timeout.read or 60.0, remaining)))
        except (APIConnectionError, InternalServerError, RateLimitError) as exc:
            log.warning("wait(%s, %s): %s; polling on", dag_id, run_id, exc)
        else:
            if on_progress is not None and (last is None or run != last or run.state != last.state):
                on_progress(run)
            last = run
            if run.finished:
                if raise_on_failure and not run.succeeded:
                    raise RunFailedError(f"DAG run {dag_id}/{run_id} finished {run.state}", run)
                return run
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            state = last.state if last else "unknown (no answer)"
            raise WaitTimeoutError(
                f"DAG run {dag_id}/{run_id} did not finish within {timeout:g}s (last state: {state}); "
                "wait longer, or check that the DAG is unpaused and the scheduler is running",
                last,
            )
        yield Sleep(min(poll_interval, remaining))


def _clear(ctx: Context, dag_id: str, run_id: str, dry_run: bool, only_failed: bool) -> Op[Any]:
    require_id("dag_id", dag_id)
    require_id("run_id", run_id)
    data = yield from ctx.adapter.clear_dag_run(dag_id, run_id, dry_run, only_failed)
    if dry_run:
        # the answer is the task instances that would be cleared (the generated v1 client would
        # parse it as a DAGRun: its spec gives one response schema for both cases)
        return TaskInstance._many((data or {}).get("task_instances") or [], ctx.api)
    return DagRun.from_json(data, ctx.api)


def _set_state(ctx: Context, dag_id: str, run_id: str, state: str, note: str | None) -> Op[DagRun]:
    require_id("dag_id", dag_id)
    require_id("run_id", run_id)
    if state not in ("success", "failed", "queued"):
        raise InvalidInputError(f"state must be 'success', 'failed' or 'queued', got {state!r}")
    return DagRun.from_json((yield from ctx.adapter.set_dag_run_state(dag_id, run_id, state, note)), ctx.api)


def _delete(ctx: Context, dag_id: str, run_id: str, missing_ok: bool) -> Op[None]:
    require_id("dag_id", dag_id)
    require_id("run_id", run_id)
    try:
        yield from ctx.adapter.delete_dag_run(dag_id, run_id)
    except NotFoundError:
        if not missing_ok:
            raise


# -- the two classes ---------------------------------------------------------------------------
class DagRuns(SyncResource):
    def list(
        self, dag_id: str = "~", *, state: Sequence[str] | None = None, limit: int | None = None
    ) -> SyncPager[DagRun]:
        """Runs of a DAG (``"~"``: all DAGs), newest first, page by page:
        ``[r.run_id for r in client.dag_runs.list("hello", state=["failed"])]``."""
        return SyncPager(self._client, _list(dag_id, state), self._client._page_size, limit)

    def get(self, dag_id: str, run_id: str) -> DagRun:
        """``client.dag_runs.get("hello", "manual__2021-11-16T11:34:00+00:00").state``."""
        return self._client._run(get_run, dag_id, run_id)

    def wait(
        self,
        dag_id: str,
        run_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
    ) -> DagRun:
        """Poll until the run finishes; return it. ``WaitTimeoutError`` after ``timeout`` seconds,
        ``RunFailedError`` if it failed and ``raise_on_failure``. ``on_progress(run)`` on each change.

        >>> run = client.dag_runs.wait("hello", run.run_id, timeout=600, poll_interval=2)
        >>> run.state
        <DagRunState.SUCCESS: 'success'>
        """
        return self._client._run(_wait, dag_id, run_id, timeout, poll_interval, on_progress, raise_on_failure)

    @overload
    def clear(self, dag_id: str, run_id: str, *, dry_run: Literal[False] = ..., only_failed: bool = ...) -> DagRun: ...
    @overload
    def clear(
        self, dag_id: str, run_id: str, *, dry_run: Literal[True], only_failed: bool = ...
    ) -> builtins.list[TaskInstance]: ...
    def clear(
        self, dag_id: str, run_id: str, *, dry_run: bool = False, only_failed: bool = False
    ) -> DagRun | builtins.list[TaskInstance]:
        """Clear the run's task instances so they run again: ``client.dag_runs.clear("hello", run_id)``.
        With ``dry_run=True`` nothing changes; the task instances that would be cleared are returned."""
        return self._client._run(_clear, dag_id, run_id, dry_run, only_failed)  # type: ignore[no-any-return]

    def set_state(self, dag_id: str, run_id: str, state: str, *, note: str | None = None) -> DagRun:
        """``client.dag_runs.set_state("hello", run_id, "failed")`` (success, failed or queued)."""
        return self._client._run(_set_state, dag_id, run_id, state, note)

    def delete(self, dag_id: str, run_id: str, *, missing_ok: bool = False) -> None:
        """``client.dag_runs.delete("hello", run_id)``."""
        return self._client._run(_delete, dag_id, run_id, missing_ok)


class AsyncDagRuns(AsyncResource):
    def list(
        self, dag_id: str = "~", *, state: Sequence[str] | None = None, limit: int | None = None
    ) -> AsyncPager[DagRun]:
        """``async for run in client.dag_runs.list("hello"): ...``."""
        return AsyncPager(self._client, _list(dag_id, state), self._client._page_size, limit)

    async def get(self, dag_id: str, run_id: str) -> DagRun:
        """``(await client.dag_runs.get("hello", run_id)).state``."""
        return await self._client._run(get_run, dag_id, run_id)

    async def wait(
        self,
        dag_id: str,
        run_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
    ) -> DagRun:
        """``run = await client.dag_runs.wait("hello", run.run_id, timeout=600)``."""
        return await self._client._run(_wait, dag_id, run_id, timeout, poll_interval, on_progress, raise_on_failure)

    @overload
    async def clear(
        self, dag_id: str, run_id: str, *, dry_run: Literal[False] = ..., only_failed: bool = ...
    ) -> DagRun: ...
    @overload
    async def clear(
        self, dag_id: str, run_id: str, *, dry_run: Literal[True], only_failed: bool = ...
    ) -> builtins.list[TaskInstance]: ...
    async def clear(
        self, dag_id: str, run_id: str, *, dry_run: bool = False, only_failed: bool = False
    ) -> DagRun | builtins.list[TaskInstance]:
        """``await client.dag_runs.clear("hello", run_id)``."""
        return await self._client._run(_clear, dag_id, run_id, dry_run, only_failed)

    async def set_state(self, dag_id: str, run_id: str, state: str, *, note: str | None = None) -> DagRun:
        """``await client.dag_runs.set_state("hello", run_id, "failed")``."""
        return await self._client._run(_set_state, dag_id, run_id, state, note)

    async def delete(self, dag_id: str, run_id: str, *, missing_ok: bool = False) -> None:
        """``await client.dag_runs.delete("hello", run_id)``."""
        return await self._client._run(_delete, dag_id, run_id, missing_ok)
