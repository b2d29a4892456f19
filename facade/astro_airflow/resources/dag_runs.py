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
from urllib.parse import quote

from .._base_client import Call, Context, Op, Sleep
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
from ._base import AsyncResource, SyncResource, items_of, require_id

__all__ = ["AsyncDagRuns", "DagRuns"]

log = logging.getLogger(LOGGER_NAME)
ProgressCallback = Callable[[DagRun], object]


# -- ops ---------------------------------------------------------------------------------------
def _list(dag_id: str, states: Sequence[str] | None) -> Callable[[Context, int, int], Op[Page[DagRun]]]:
    require_id("dag_id", dag_id)
    state_list = [str(s) for s in states] if states else None

    def fetch(ctx: Context, offset: int, limit: int) -> Op[Page[DagRun]]:
        if ctx.api == "experimental":
            params = {"state": state_list[0]} if state_list else None
            if state_list and len(state_list) > 1:
                raise ctx.unsupported("filtering by several states", "GET /api/v1/dags/{dag_id}/dagRuns?state=..")
            body = yield from ctx.request(
                Call("GET", f"api/experimental/dags/{quote(dag_id, safe='')}/dag_runs", params)
            )
            runs = [DagRun.from_json(r, ctx.api, dag_id=dag_id) for r in body or []]
            return Page(runs[offset : offset + limit], len(runs), offset)
        extra: dict[str, Any] = {"state": state_list} if state_list else {}
        if ctx.api == "v1":
            from airflow_api_v1.api.dag_run import get_dag_runs

            kwargs = get_dag_runs._get_kwargs(dag_id, limit=limit, offset=offset, order_by="-execution_date", **extra)
        else:
            from airflow_api_v2.api.dag_run import get_dag_runs as get_dag_runs_v2

            kwargs = get_dag_runs_v2._get_kwargs(dag_id, limit=limit, offset=offset, order_by=["-run_after"], **extra)
        items, total = items_of((yield from ctx.request(Call.of(kwargs, root=ctx.root))), "dag_runs")
        return Page(DagRun._many(items, ctx.api), total, offset)

    return fetch


def get_run(ctx: Context, dag_id: str, run_id: str, timeout: float | None = None) -> Op[DagRun]:
    require_id("dag_id", dag_id)
    require_id("run_id", run_id)
    if ctx.api == "experimental":
        path = f"api/experimental/dags/{quote(dag_id, safe='')}/dag_runs"
        for data in (yield from ctx.request(Call("GET", path, timeout=timeout))) or []:
            if data.get("run_id") == run_id:
                return DagRun.from_json(data, ctx.api, dag_id=dag_id)
        raise NotFoundError(
            f"no run {run_id!r} of DAG {dag_id!r} in GET {ctx.public_url(ctx.base_url + '/' + path)} (404)",
            response=_fake_404(ctx, path),
            body=None,
        )
    if ctx.api == "v1":
        from airflow_api_v1.api.dag_run import get_dag_run
    else:
        from airflow_api_v2.api.dag_run import get_dag_run  # type: ignore[no-redef]
    call = Call.of(get_dag_run._get_kwargs(dag_id, run_id), root=ctx.root, timeout=timeout)
    return DagRun.from_json((yield from ctx.request(call)), ctx.api)


def _fake_404(ctx: Context, path: str) -> Any:
    import httpx

    request = httpx.Request("GET", f"{ctx.base_url}/{path}")
    return httpx.Response(404, request=request)


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
    ctx.ensure(("v1", "v2"), "clearing a DAG run", "POST /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}/clear")
    if ctx.api == "v1":
        from airflow_api_v1.api.dag_run import clear_dag_run
        from airflow_api_v1.models.clear_dag_run import ClearDagRun

        fields: dict[str, Any] = {"dry_run": dry_run}
        if only_failed:
            raise ctx.unsupported("clear(only_failed=True)", "task_instances.clear(only_failed=True)")
        kwargs = clear_dag_run._get_kwargs(dag_id, run_id, body=ClearDagRun.from_dict(fields))
    else:
        from airflow_api_v2.api.dag_run import clear_dag_run as clear_dag_run_v2
        from airflow_api_v2.models.dag_run_clear_body import DAGRunClearBody

        body = DAGRunClearBody.from_dict({"dry_run": dry_run, "only_failed": only_failed})
        kwargs = clear_dag_run_v2._get_kwargs(dag_id, run_id, body=body)
    data = yield from ctx.request(Call.of(kwargs, root=ctx.root))
    if dry_run:
        # the answer is the task instances that would be cleared (the generated v1 client would
        # parse it as a DAGRun: its spec gives one response schema for both cases)
        return TaskInstance._many((data or {}).get("task_instances") or [], ctx.api)
    return DagRun.from_json(data, ctx.api)


def _set_state(ctx: Context, dag_id: str, run_id: str, state: str, note: str | None) -> Op[DagRun]:
    require_id("dag_id", dag_id)
    require_id("run_id", run_id)
    ctx.ensure(("v1", "v2"), "setting a DAG run's state", "PATCH /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}")
    if state not in ("success", "failed", "queued"):
        raise InvalidInputError(f"state must be 'success', 'failed' or 'queued', got {state!r}")
    if ctx.api == "v1":
        from airflow_api_v1.api.dag_run import update_dag_run_state
        from airflow_api_v1.models.update_dag_run_state import UpdateDagRunState

        body = UpdateDagRunState.from_dict({"state": state})
        call = Call.of(update_dag_run_state._get_kwargs(dag_id, run_id, body=body), root=ctx.root, idempotent=True)
        run = DagRun.from_json((yield from ctx.request(call)), ctx.api)
        if note is not None:
            from airflow_api_v1.api.dag_run import set_dag_run_note
            from airflow_api_v1.models.set_dag_run_note import SetDagRunNote

            kwargs = set_dag_run_note._get_kwargs(dag_id, run_id, body=SetDagRunNote.from_dict({"note": note}))
            run = DagRun.from_json((yield from ctx.request(Call.of(kwargs, root=ctx.root, idempotent=True))), ctx.api)
        return run
    from airflow_api_v2.api.dag_run import patch_dag_run
    from airflow_api_v2.models.dag_run_patch_body import DAGRunPatchBody

    fields = {"state": state, **({"note": note} if note is not None else {})}
    kwargs = patch_dag_run._get_kwargs(dag_id, run_id, body=DAGRunPatchBody.from_dict(fields), update_mask=[*fields])
    return DagRun.from_json((yield from ctx.request(Call.of(kwargs, root=ctx.root, idempotent=True))), ctx.api)


def _delete(ctx: Context, dag_id: str, run_id: str, missing_ok: bool) -> Op[None]:
    require_id("dag_id", dag_id)
    require_id("run_id", run_id)
    ctx.ensure(("v1", "v2"), "deleting a DAG run", "DELETE /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}")
    if ctx.api == "v1":
        from airflow_api_v1.api.dag_run import delete_dag_run
    else:
        from airflow_api_v2.api.dag_run import delete_dag_run  # type: ignore[no-redef]
    try:
        yield from ctx.request(Call.of(delete_dag_run._get_kwargs(dag_id, run_id), root=ctx.root))
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
