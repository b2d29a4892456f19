"""DAG runs: ``client.dag_runs.list / get / wait / wait_all / clear / set_state / delete``.

(Triggering is ``client.dags.trigger``.)

Paths relative to ``/api/v1`` (Airflow 2), ``/api/v2`` (Airflow 3), ``/api/experimental``:

==========  ===============================  ===============================  ============================
method      v1                               v2                               experimental
==========  ===============================  ===============================  ============================
list        GET dags/{dag_id}/dagRuns        GET dags/{dag_id}/dagRuns        GET dags/{dag_id}/dag_runs
get         GET dags/{dag_id}/dagRuns/{id}   GET dags/{dag_id}/dagRuns/{id}   that list, by run_id
wait        get, polled; on failure GET      get, polled; on failure GET      get, polled
            .../taskInstances?state=failed   .../taskInstances?state=failed
            and .../logs/{try}               and .../logs/{try}
wait_all    list, polled (per DAG, the        list, polled (per DAG, the       get of each, polled
            execution-date window)           run-after window)
clear       POST .../dagRuns/{id}/clear      POST .../dagRuns/{id}/clear      (unsupported)
set_state   PATCH .../dagRuns/{id}           PATCH .../dagRuns/{id}           (unsupported)
delete      DELETE .../dagRuns/{id}          DELETE .../dagRuns/{id}          (unsupported)
==========  ===============================  ===============================  ============================

``list`` filters on the server (``dag_id="~"``: every DAG), in neutral names:

==============================  ==================================  ====================================
``list(...)``                   v1 query                            v2 query
==============================  ==================================  ====================================
``state=[...]``                 ``state`` (repeated)                ``state`` (repeated)
``run_type=[...]``              (none: UnsupportedOperationError)   ``run_type`` (repeated)
``logical_after/_before``       ``execution_date_gte/_lte``         ``logical_date_gte/_lte``
``start_after/_before``         ``start_date_gte/_lte``             ``start_date_gte/_lte``
``end_after/_before``           ``end_date_gte/_lte``               ``end_date_gte/_lte``
``order_by="-logical_date"``    ``order_by=-execution_date``        ``order_by=-logical_date``
(default: newest first)         ``-execution_date``                 ``-run_after``
==============================  ==================================  ====================================

A run without a start or end date (not started, not finished): Airflow 2 leaves it out of any
``start_*``/``end_*`` range; Airflow 3 takes the missing date as "not yet", i.e. now (it is in
``end_after=<an hour ago>`` and ``start_before=<tomorrow>``, not in ``end_before=<an hour ago>``).

The experimental API filters one DAG's runs by one state, and nothing else.
"""

from __future__ import annotations

import builtins
import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Literal, overload

from .._adapters import RUN_ORDER, every
from .._base_client import Context, Op, Sleep
from .._constants import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, LOGGER_NAME
from .._errors import (
    AirflowError,
    APIConnectionError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    RateLimitError,
    RunFailedError,
    WaitTimeoutError,
)
from .._pagination import AsyncPager, Page, PageFetch, SyncPager
from ..types import DagRun, TaskInstance, TaskInstanceState
from ._base import AsyncResource, SyncResource, date_filters, require_id

__all__ = ["AsyncDagRuns", "DagRuns"]

log = logging.getLogger(LOGGER_NAME)
ProgressCallback = Callable[[DagRun], object]


# -- ops ---------------------------------------------------------------------------------------
def _strings(what: str, value: str | Sequence[str] | None) -> list[str] | None:
    """One value or several (``"failed"`` or ``["failed", "queued"]``), as a list of strings."""
    if value is None:
        return None
    values: list[Any]
    try:
        values = [value] if isinstance(value, str) else list(value)
    except TypeError:
        values = [value]
    if not all(isinstance(v, str) and v for v in values):
        raise InvalidInputError(f"{what} must be a non-empty string or a list of them, got {value!r}")
    return [str(v) for v in values] or None  # a StrEnum member as its plain value; []: no filter


def _list(
    dag_id: str,
    state: str | Sequence[str] | None = None,
    run_type: str | Sequence[str] | None = None,
    order_by: str | None = None,
    **ranges: datetime | str | None,
) -> PageFetch[DagRun]:
    if dag_id != "~":  # "~": every DAG
        require_id("dag_id", dag_id)
    filters: dict[str, Any] = {}
    for key, values in (("state", _strings("state", state)), ("run_type", _strings("run_type", run_type))):
        if values:
            filters[key] = values
    for name, wire in date_filters(**ranges).items():
        filters[name] = datetime.fromisoformat(wire)
    if order_by is not None:
        if not isinstance(order_by, str) or order_by.removeprefix("-") not in RUN_ORDER:
            names = ", ".join(RUN_ORDER)
            raise InvalidInputError(f"order_by must be one of {names}, '-' first for descending; got {order_by!r}")
        filters["order_by"] = order_by

    def fetch(ctx: Context, offset: int, limit: int, cursor: str | None) -> Op[Page[DagRun]]:
        got = yield from ctx.adapter.dag_runs(dag_id, filters, offset, limit, cursor)
        return Page(DagRun._many(got.items, ctx.api), got.total, offset, got.next_cursor, got.by_cursor)

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
    log_tail: int = 0,
) -> Op[DagRun]:
    if poll_interval <= 0 or timeout <= 0:
        raise InvalidInputError("timeout and poll_interval must be positive numbers of seconds")
    if not isinstance(log_tail, int) or isinstance(log_tail, bool) or log_tail < 0:
        raise InvalidInputError(f"log_tail must be a number of log lines (0: none), got {log_tail!r}")
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
                    raise (yield from _failure(ctx, run, log_tail))
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


#: ``wait_all``: a poll that saw no change waits this much longer than the one before, up to
#: ``_MAX_BACKOFF`` times the caller's poll interval
_BACKOFF, _MAX_BACKOFF = 1.25, 4.0
RunRef = DagRun | tuple[str, str]


def _wait_all(
    ctx: Context,
    runs: Sequence[RunRef],
    timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
    raise_on_failure: bool,
) -> Op[list[DagRun]]:
    """Poll the runs with the list endpoint: per DAG, one request per page of the window of run-after
    (Airflow 2: logical) dates that holds its pending runs, instead of one GET per run."""
    if poll_interval <= 0 or timeout <= 0:
        raise InvalidInputError("timeout and poll_interval must be positive numbers of seconds")
    deadline = time.monotonic() + timeout
    latest: dict[tuple[str, str], DagRun] = {}
    for ref in runs:
        if isinstance(ref, DagRun):
            latest[(ref.dag_id, ref.run_id)] = ref
        elif isinstance(ref, tuple) and len(ref) == 2:
            key = (require_id("dag_id", ref[0]), require_id("run_id", ref[1]))
            latest[key] = yield from get_run(ctx, *key)  # its dates place it in the polls' window
        else:
            raise InvalidInputError(f"wait_all takes DagRun objects or (dag_id, run_id) pairs, got {ref!r}")
    pending = {key for key, run in latest.items() if not run.finished}
    interval = poll_interval
    while pending:
        remaining = deadline - time.monotonic()
        changed = False
        for dag_id in sorted({dag for dag, _ in pending}):
            try:
                seen = yield from _poll(ctx, dag_id, [latest[k] for k in pending if k[0] == dag_id], remaining)
            except (APIConnectionError, InternalServerError, RateLimitError) as exc:
                log.warning("wait_all(%s): %s; polling on", dag_id, exc)
                continue
            for run in seen:
                key = (run.dag_id, run.run_id)
                if key not in pending:
                    continue
                if run != latest[key]:
                    changed = True
                    if on_progress is not None:
                        on_progress(run)
                latest[key] = run
                if run.finished:
                    pending.discard(key)
        if not pending:
            break
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            left = [latest[k] for k in latest if k in pending]
            raise WaitTimeoutError(
                f"{len(left)} of {len(latest)} DAG runs did not finish within {timeout:g}s (e.g. "
                f"{left[0].dag_id}/{left[0].run_id}, last state {left[0].state}); wait longer, or check that the "
                "DAGs are unpaused and the scheduler is running",
                left[0],
                list(latest.values()),
            )
        # back off gently while nothing changes; never past the deadline
        interval = poll_interval if changed else min(interval * _BACKOFF, poll_interval * _MAX_BACKOFF)
        yield Sleep(min(interval, remaining))
    final = list(latest.values())
    failed = [run for run in final if not run.succeeded]
    if raise_on_failure and failed:
        error = yield from _failure(ctx, failed[0], 0)
        names = ", ".join(f"{r.dag_id}/{r.run_id} ({r.state})" for r in failed[:10])
        more = f" and {len(failed) - 10} more" if len(failed) > 10 else ""
        raise RunFailedError(
            f"{len(failed)} of {len(final)} DAG runs did not succeed: {names}{more}. First: {error}",
            failed[0],
            error.failed_tasks,
        )
    return final


def _poll(ctx: Context, dag_id: str, runs: list[DagRun], remaining: float) -> Op[list[DagRun]]:
    """The runs of ``dag_id`` in the window of ``runs``' run-after (or logical) dates, as they are now;
    a run the listing does not show (deleted, or without a date) is read alone (NotFoundError if gone)."""
    marks = [run.run_after or run.logical_date for run in runs]
    seen: list[DagRun] = []
    if all(mark is not None for mark in marks):
        dates = [mark for mark in marks if mark is not None]
        window = {"run_after_gte": min(dates), "run_after_lte": max(dates)}
        # no request may outlive the deadline
        budget = max(1.0, min(ctx.timeout.read or 60.0, remaining))
        items = yield from every(lambda o, n, c: ctx.adapter.dag_runs(dag_id, window, o, n, c, budget), ctx)
        seen = DagRun._many(items, ctx.api)
    found = {run.run_id for run in seen}
    for run in runs:
        if run.run_id not in found:
            seen.append((yield from get_run(ctx, dag_id, run.run_id, max(1.0, remaining))))
    return seen


_FAILED = [TaskInstanceState.FAILED.value, TaskInstanceState.UPSTREAM_FAILED.value]


def _failure(ctx: Context, run: DagRun, log_tail: int) -> Op[RunFailedError]:
    """The error of a failed run: its failed task instances and, with ``log_tail``, the end of each failed
    task's log. What cannot be fetched (the experimental API has no task list) is left out."""
    where = f"DAG run {run.dag_id}/{run.run_id}"
    try:
        items = yield from ctx.adapter.every_task_instance(run.dag_id, run.run_id, {"state": list(_FAILED)})
        failed = TaskInstance._many(items, ctx.api)
    except AirflowError as exc:
        log.info("%s failed; its task instances could not be read: %s", where, exc)
        return RunFailedError(f"{where} finished {run.state}", run)
    logs: dict[str, str] = {}
    for ti in failed if log_tail else []:
        if ti.state != TaskInstanceState.FAILED or not ti.try_number:
            continue  # upstream_failed never ran: no log
        key = ti.task_id if ti.map_index < 0 else f"{ti.task_id}[{ti.map_index}]"
        try:
            text = yield from ctx.adapter.task_log(run.dag_id, run.run_id, ti.task_id, ti.try_number, ti.map_index)
        except AirflowError as exc:
            logs[key] = f"(the log could not be read: {exc})"
            continue
        logs[key] = "\n".join(text.rstrip("\n").splitlines()[-log_tail:])
    message = f"{where} finished {run.state}"
    if failed:
        names = ", ".join(
            f"{ti.task_id}{f'[{ti.map_index}]' if ti.map_index >= 0 else ''} ({ti.state})" for ti in failed
        )
        message += f"; failed tasks: {names}"
    else:
        message += "; no task instance failed (the run was marked failed, or timed out)"
    for key, tail in logs.items():
        message += f"\n--- {key}: last {log_tail} log lines ---\n{tail}"
    return RunFailedError(message, run, failed, logs)


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
        self,
        dag_id: str = "~",
        *,
        state: str | Sequence[str] | None = None,
        run_type: str | Sequence[str] | None = None,
        logical_after: datetime | str | None = None,
        logical_before: datetime | str | None = None,
        start_after: datetime | str | None = None,
        start_before: datetime | str | None = None,
        end_after: datetime | str | None = None,
        end_before: datetime | str | None = None,
        order_by: str | None = None,
        limit: int | None = None,
        prefetch: int | None = None,
    ) -> SyncPager[DagRun]:
        """Runs of a DAG (``"~"``: all DAGs), page by page, filtered on the server: in any of ``state``,
        of any of ``run_type`` (Airflow 3 only), with a logical, start or end date at or after ``*_after``
        and at or before ``*_before`` (datetimes, naive = UTC, or ISO strings; Airflow 3 takes a run's
        missing start or end date as now, Airflow 2 leaves such a run out). ``order_by``: one of
        logical_date, start_date, end_date, run_id, dag_id, state, updated_at, ``-`` first for
        descending; default newest first. Pages by cursor where the server can (Airflow 3.3+: no run
        twice, none missed while runs are added), else by offset with ``prefetch`` pages in flight at
        once (default: the client's; 1: one at a time).

        >>> runs = client.dag_runs.list("hello", state=["failed", "queued"], logical_after="2024-06-01",
        ...                             order_by="-logical_date", limit=10)
        """
        fetch = _list(
            dag_id,
            state,
            run_type,
            order_by,
            logical_after=logical_after,
            logical_before=logical_before,
            start_after=start_after,
            start_before=start_before,
            end_after=end_after,
            end_before=end_before,
        )
        return SyncPager(self._client, fetch, self._client._page_size, limit, cursors=True, prefetch=prefetch)

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
        log_tail: int = 0,
    ) -> DagRun:
        """Poll until the run finishes; return it. ``WaitTimeoutError`` after ``timeout`` seconds.
        ``on_progress(run)`` on each change. With ``raise_on_failure``, a failed run raises
        ``RunFailedError`` naming its failed tasks (``exc.failed_tasks``: task instances failed or
        upstream_failed) and, with ``log_tail=N``, showing the last N lines of each failed task's log
        (``exc.logs``: ``{task_id: text}``).

        >>> run = client.dag_runs.wait("hello", run.run_id, timeout=600, poll_interval=2)
        >>> run.state
        <DagRunState.SUCCESS: 'success'>
        >>> client.dag_runs.wait("fails", run_id, raise_on_failure=True, log_tail=20)
        RunFailedError: DAG run fails/manual__... finished failed; failed tasks: boom (failed) ...
        """
        return self._client._run(_wait, dag_id, run_id, timeout, poll_interval, on_progress, raise_on_failure, log_tail)

    def wait_all(
        self,
        runs: Sequence[RunRef],
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
    ) -> builtins.list[DagRun]:
        """Poll until every run finishes; return them all, final, in the order given. ``runs``: DagRun
        objects (as ``dags.trigger`` returns) or ``(dag_id, run_id)`` pairs (read once first).

        Each poll lists the runs with the list endpoint, per DAG one request per page of the window of
        dates that holds its pending runs (Airflow pages at 100 runs or more), instead of one GET per
        run. Polls come every ``poll_interval`` seconds, a little later each time nothing changed (up to
        4 times the interval), never past ``timeout``: then ``WaitTimeoutError`` (``.runs``: the last
        state of each). ``on_progress(run)`` on each change. With ``raise_on_failure``, runs that did
        not succeed raise ``RunFailedError`` naming them (the first one's failed tasks attached).

        >>> runs = [client.dags.trigger("hello", conf={"n": n}) for n in range(500)]
        >>> done = client.dag_runs.wait_all(runs, timeout=3600, poll_interval=5)
        >>> sum(run.succeeded for run in done)
        500
        """
        return self._client._run(_wait_all, runs, timeout, poll_interval, on_progress, raise_on_failure)

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
        self,
        dag_id: str = "~",
        *,
        state: str | Sequence[str] | None = None,
        run_type: str | Sequence[str] | None = None,
        logical_after: datetime | str | None = None,
        logical_before: datetime | str | None = None,
        start_after: datetime | str | None = None,
        start_before: datetime | str | None = None,
        end_after: datetime | str | None = None,
        end_before: datetime | str | None = None,
        order_by: str | None = None,
        limit: int | None = None,
        prefetch: int | None = None,
    ) -> AsyncPager[DagRun]:
        """``async for run in client.dag_runs.list("hello", state="failed"): ...`` (see ``DagRuns.list``)."""
        fetch = _list(
            dag_id,
            state,
            run_type,
            order_by,
            logical_after=logical_after,
            logical_before=logical_before,
            start_after=start_after,
            start_before=start_before,
            end_after=end_after,
            end_before=end_before,
        )
        return AsyncPager(self._client, fetch, self._client._page_size, limit, cursors=True, prefetch=prefetch)

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
        log_tail: int = 0,
    ) -> DagRun:
        """``run = await client.dag_runs.wait("hello", run.run_id, timeout=600)`` (see ``DagRuns.wait``)."""
        return await self._client._run(
            _wait, dag_id, run_id, timeout, poll_interval, on_progress, raise_on_failure, log_tail
        )

    async def wait_all(
        self,
        runs: Sequence[RunRef],
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
    ) -> builtins.list[DagRun]:
        """``done = await client.dag_runs.wait_all(runs, timeout=3600)`` (see ``DagRuns.wait_all``)."""
        return await self._client._run(_wait_all, runs, timeout, poll_interval, on_progress, raise_on_failure)

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
