"""Fan-out: one call on many deployments at once. ``Fleet`` (threads) and ``AsyncFleet`` (asyncio).

>>> from astro_airflow import Fleet
>>> with Fleet.from_config(select="tag:prod") as fleet:          # or Fleet({"a": client_a, ...})
...     for name, outcome in fleet.health(timeout=20).items():
...         print(name, outcome.value.healthy if outcome.ok else outcome.error, f"{outcome.seconds:.1f}s")

``fleet.map(fn, concurrency=16, timeout=None)`` runs ``fn(client)`` for every deployment, at most
``concurrency`` at a time, and returns per deployment an ``Outcome``: the value or the (typed) error,
and the seconds it took. Nothing one deployment does stops or delays the others beyond ``timeout``:

* an error is that deployment's outcome, never raised (``outcomes.ok`` says whether all succeeded);
* ``timeout`` (seconds per deployment, from its start): past it the outcome is ``FleetTimeoutError``
  and the deployment's place goes to the next one. ``Fleet`` gives each worker thread a limit
  (``_deadline.LIMIT``) that its client honours: the request in flight ends by the limit, retries
  and polls stop, so the thread is free again at the timeout. ``AsyncFleet`` cancels the task;
* cancellation (Ctrl-C, or the awaiting task cancelled) returns at once, stops what is running at
  its next request or sleep, and closes every client of the fleet.

Ready-made calls: ``health()``, ``versions()``, ``dags.pause/unpause/trigger``,
``dag_runs.list(state=, after=)``, ``import_errors.list()``, ``variables.set``, ``pools.upsert``.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import attrs

from . import _deadline
from ._client import AsyncClient, Client
from ._errors import ConfigurationError, FleetTimeoutError, InvalidInputError

if TYPE_CHECKING:
    from .types import Dag, DagImportError, DagRun, Health, Pool, Variable

__all__ = ["AsyncFleet", "Fleet", "Outcome", "Outcomes", "ServerVersion"]

T = TypeVar("T")
C = TypeVar("C", Client, AsyncClient)
#: what ``Fleet.map`` runs for each deployment: ``fn(client) -> value``
Job = Callable[[Client], T]
#: what ``AsyncFleet.map`` awaits for each deployment: ``await fn(client)``
AsyncJob = Callable[[AsyncClient], Awaitable[T]]
#: called with each deployment's outcome as soon as it is known (a progress line, a log)
OnResult = Callable[["Outcome[Any]"], object]
DEFAULT_CONCURRENCY = 16


@attrs.frozen
class Outcome(Generic[T]):
    """What one deployment gave: ``value`` or ``error`` (never both), and the ``seconds`` it took."""

    deployment: str
    value: T | None = None
    error: Exception | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> T:
        """The value, or raise the error: ``fleet.health()["prod-eu"].unwrap().healthy``."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


class Outcomes(dict[str, Outcome[T]]):
    """Every deployment's ``Outcome``, by name, in the fleet's order.

    >>> outcomes = fleet.health()
    >>> outcomes.ok                  # True only if every deployment succeeded
    >>> outcomes.errors              # {"staging": APIConnectionError(...)}
    >>> outcomes.results             # {"prod-eu": Health(...), ...}: the successes
    """

    @property
    def ok(self) -> bool:
        return all(o.ok for o in self.values())

    @property
    def errors(self) -> dict[str, Exception]:
        return {name: o.error for name, o in self.items() if o.error is not None}

    @property
    def results(self) -> dict[str, T]:
        return {name: o.value for name, o in self.items() if o.error is None}  # type: ignore[misc]

    def __repr__(self) -> str:
        failed = len(self.errors)
        return f"Outcomes({len(self)} deployments, {len(self) - failed} ok, {failed} failed)"


@attrs.frozen(kw_only=True)
class ServerVersion:
    """What ``fleet.versions()`` finds for each deployment."""

    #: the server's Airflow version, e.g. "2.11.2"
    airflow_version: str
    #: the API it speaks: "v1", "v2" or "experimental"
    api_version: str | None
    url: str


def _check(concurrency: int, timeout: float | None) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidInputError(f"concurrency must be an int >= 1, got {concurrency!r}")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0):
        raise InvalidInputError(f"timeout must be seconds > 0 (or None: no limit), got {timeout!r}")


def _public(url: str) -> str:
    import httpx

    u = httpx.URL(url)
    return str(u.copy_with(username=None, password=None)) if u.userinfo else url


def _timed_out(name: str, client: Client | AsyncClient, timeout: float, seconds: float) -> FleetTimeoutError:
    return FleetTimeoutError(
        f"{name} ({_public(client.base_url)}) gave no result within the fan-out's timeout of {timeout:g}s; it was "
        "left behind so that the other deployments were not kept waiting (a slow or hung deployment, or a longer "
        "call than the timeout allows: raise timeout=)",
        name,
        seconds,
    )


class _FleetBase(Generic[C]):
    _client_class: type[C]

    def __init__(self, clients: Mapping[str, C]) -> None:
        if not isinstance(clients, Mapping) or not clients:
            raise ConfigurationError("a fleet needs at least one deployment: {name: client, ...}")
        for name, client in clients.items():
            if not isinstance(name, str) or not name:
                raise ConfigurationError(f"deployment names must be non-empty strings, got {name!r}")
            if not isinstance(client, self._client_class):
                raise ConfigurationError(
                    f"{type(self).__name__} needs {self._client_class.__name__} objects; {name!r} is a "
                    f"{type(client).__name__}" + (" (use AsyncFleet)" if isinstance(client, AsyncClient) else "")
                )
        self._clients: dict[str, C] = dict(clients)

    @classmethod
    def from_config(
        cls,
        select: str | Sequence[str] | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
        env: Mapping[str, str] | None = None,
        **options: Any,
    ) -> Self:
        """The deployments of the config file that ``select`` selects (all when None): names, globs on
        names (``prod-*``), ``tag:TAG``; ``a,b`` either, ``tag:prod+tag:eu`` both, ``!x`` not x.
        ``options`` apply to every client (``timeout=``, ``max_retries=`` ...). Secrets are read when
        each deployment is first called, so one missing secret is that deployment's error only.

        >>> fleet = Fleet.from_config(select="tag:prod")
        """
        from ._config import load_config

        chosen = load_config(path, env).select(select)
        return cls({d.name: cls._client_class(**{**d.client_options(), **options}) for d in chosen})

    @property
    def names(self) -> tuple[str, ...]:
        """The deployments' names, in order."""
        return tuple(self._clients)

    @property
    def clients(self) -> dict[str, C]:
        """``{name: client}`` (a copy)."""
        return dict(self._clients)

    def __len__(self) -> int:
        return len(self._clients)

    def __iter__(self) -> Iterator[str]:
        return iter(self._clients)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self._clients)!r})"


# -- the sync fleet: threads ----------------------------------------------------------------------
class _Worker:
    __slots__ = ("retired",)

    def __init__(self) -> None:
        #: set when the deployment it runs passed its timeout: it ends instead of taking more work
        self.retired = False


class _ThreadRun(Generic[T]):
    """One ``Fleet.map``: at most ``concurrency`` worker threads take deployments from a queue; the
    calling thread collects outcomes and retires a worker whose deployment passes its timeout (a new
    worker takes its place, so the others are not kept waiting)."""

    def __init__(
        self, fleet: Fleet, fn: Job[T], concurrency: int, timeout: float | None, on_result: OnResult | None
    ) -> None:
        self.fleet, self.fn, self.timeout, self.on_result = fleet, fn, timeout, on_result
        self.concurrency = concurrency
        self.todo: deque[tuple[str, Client]] = deque(fleet._clients.items())
        self.lock = threading.Lock()
        self.running: dict[str, tuple[_Worker, float]] = {}
        self.finished: queue.SimpleQueue[tuple[str, Any, Exception | None, float]] = queue.SimpleQueue()
        self.cancelled = threading.Event()
        self.outcomes: dict[str, Outcome[T]] = {}

    def run(self) -> Outcomes[T]:
        total = len(self.todo)
        try:
            for _ in range(min(self.concurrency, total)):
                self._spawn()
            while len(self.outcomes) < total:
                try:
                    # short waits: Ctrl-C is seen at once, timeouts to the tenth of a second at worst
                    name, value, error, seconds = self.finished.get(timeout=self._wait())
                except queue.Empty:
                    pass
                else:
                    if name not in self.outcomes:
                        self._record(name, value, error, seconds)
                self._expire()
        except BaseException:
            self.cancelled.set()  # running calls stop at their next request or sleep
            self.fleet._close_all()
            raise
        return Outcomes((name, self.outcomes[name]) for name in self.fleet._clients)

    def _wait(self) -> float:
        if self.timeout is None:
            return 0.5
        with self.lock:
            starts = [started for _, started in self.running.values()]
        if not starts:
            return 0.5
        return max(0.0, min(0.5, min(starts) + self.timeout - time.monotonic()))

    def _spawn(self) -> None:
        worker = _Worker()
        threading.Thread(target=self._work, args=(worker,), name="astro-airflow-fleet", daemon=True).start()

    def _work(self, worker: _Worker) -> None:
        name: str | None = None
        while True:
            with self.lock:
                if name is not None and self.running.get(name, (None,))[0] is worker:
                    del self.running[name]
                if worker.retired or self.cancelled.is_set() or not self.todo:
                    return
                name, client = self.todo.popleft()
                started = time.monotonic()
                self.running[name] = (worker, started)
            deadline = None if self.timeout is None else started + self.timeout
            token = _deadline.LIMIT.set(_deadline.Limit(deadline, self.cancelled))
            value: Any = None
            error: Exception | None = None
            try:
                value = self.fn(client)
            except Exception as exc:
                error = exc
            except BaseException as exc:  # not ours to swallow, but the run must not wait for it
                self.finished.put((name, None, RuntimeError(f"{type(exc).__name__} in the fan-out: {exc}"), 0.0))
                raise
            finally:
                _deadline.LIMIT.reset(token)
            self.finished.put((name, value, error, time.monotonic() - started))

    def _record(self, name: str, value: Any, error: Exception | None, seconds: float) -> None:
        client = self.fleet._clients[name]
        late = isinstance(error, _deadline.LimitReached) or (self.timeout is not None and seconds >= self.timeout)
        if error is not None and self.timeout is not None and late:
            timed_out = _timed_out(name, client, self.timeout, seconds)
            timed_out.__cause__ = None if isinstance(error, _deadline.LimitReached) else error
            error = timed_out
        outcome: Outcome[T] = Outcome(deployment=name, value=None if error else value, error=error, seconds=seconds)
        self.outcomes[name] = outcome
        if self.on_result is not None:
            self.on_result(outcome)

    def _expire(self) -> None:
        if self.timeout is None:
            return
        now = time.monotonic()
        with self.lock:
            late = [(name, w, s) for name, (w, s) in self.running.items() if now - s >= self.timeout]
            for name, worker, _ in late:
                del self.running[name]
                worker.retired = True
            more = bool(self.todo)
        for name, _, started in late:
            if name not in self.outcomes:
                self._record(name, None, _deadline.LimitReached(), now - started)
            if more:
                self._spawn()


class Fleet(_FleetBase[Client]):
    """Many deployments at once, with threads: ``fleet.map(fn)`` and ready-made calls.

    >>> fleet = Fleet({"prod-eu": client_eu, "prod-us": client_us})      # or Fleet.from_config("tag:prod")
    >>> outcomes = fleet.map(lambda c: c.dags.get("etl").is_paused, concurrency=16, timeout=30)
    >>> outcomes["prod-eu"].value, outcomes["prod-us"].error, outcomes.ok
    """

    _client_class = Client

    def map(
        self,
        fn: Job[T],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float | None = None,
        on_result: OnResult | None = None,
    ) -> Outcomes[T]:
        """``fn(client)`` for every deployment, at most ``concurrency`` at a time; per deployment its
        value or error and seconds. ``timeout``: seconds per deployment (then ``FleetTimeoutError``).
        ``on_result(outcome)`` as each finishes. Return values, not pagers: ``lambda c: list(c.pools.list())``.

        >>> fleet.map(lambda c: c.variables.get("env").value, timeout=10).results
        """
        _check(concurrency, timeout)
        return _ThreadRun(self, fn, concurrency, timeout, on_result).run()

    def health(self, *, concurrency: int = DEFAULT_CONCURRENCY, timeout: float | None = None) -> Outcomes[Health]:
        """Every deployment's health: ``{n: o.value.healthy for n, o in fleet.health().items() if o.ok}``."""
        return self.map(lambda c: c.health(), concurrency=concurrency, timeout=timeout)

    def versions(
        self, *, concurrency: int = DEFAULT_CONCURRENCY, timeout: float | None = None
    ) -> Outcomes[ServerVersion]:
        """Every deployment's Airflow version and API (detected): ``fleet.versions()["a"].value.airflow_version``."""

        def version(c: Client) -> ServerVersion:
            return ServerVersion(airflow_version=c.version(), api_version=c.api_version, url=_public(c.base_url))

        return self.map(version, concurrency=concurrency, timeout=timeout)

    @cached_property
    def dags(self) -> FleetDags:
        return FleetDags(self)

    @cached_property
    def dag_runs(self) -> FleetDagRuns:
        return FleetDagRuns(self)

    @cached_property
    def import_errors(self) -> FleetImportErrors:
        return FleetImportErrors(self)

    @cached_property
    def variables(self) -> FleetVariables:
        return FleetVariables(self)

    @cached_property
    def pools(self) -> FleetPools:
        return FleetPools(self)

    def _close_all(self) -> None:
        for client in self._clients.values():
            with contextlib.suppress(Exception):
                client.close()

    def close(self) -> None:
        """Close every client."""
        self._close_all()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- the async fleet: tasks -----------------------------------------------------------------------
class AsyncFleet(_FleetBase[AsyncClient]):
    """``Fleet`` with asyncio: the same calls, awaited; tasks bounded by a semaphore.

    >>> async with AsyncFleet.from_config(select="tag:prod") as fleet:
    ...     outcomes = await fleet.map(lambda c: c.dags.pause("etl"), timeout=30)
    """

    _client_class = AsyncClient

    async def map(
        self,
        fn: AsyncJob[T],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float | None = None,
        on_result: OnResult | None = None,
    ) -> Outcomes[T]:
        """``await fn(client)`` for every deployment, at most ``concurrency`` at a time (see ``Fleet.map``).

        >>> (await fleet.map(lambda c: c.variables.get("env"), timeout=10)).results
        """
        import asyncio

        _check(concurrency, timeout)
        semaphore = asyncio.Semaphore(concurrency)
        outcomes: dict[str, Outcome[T]] = {}

        async def one(name: str, client: AsyncClient) -> None:
            async with semaphore:
                started = time.monotonic()
                value: Any = None
                error: Exception | None = None
                scope = asyncio.timeout(timeout)
                try:
                    async with scope:
                        value = await fn(client)
                except TimeoutError as exc:
                    error = exc
                    if scope.expired():
                        error = _timed_out(name, client, timeout or 0.0, time.monotonic() - started)
                except Exception as exc:
                    error = exc
                outcome: Outcome[T] = Outcome(
                    deployment=name, value=value, error=error, seconds=time.monotonic() - started
                )
                outcomes[name] = outcome
                if on_result is not None:
                    on_result(outcome)

        tasks = [asyncio.create_task(one(name, client)) for name, client in self._clients.items()]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self._close_all()
            raise
        return Outcomes((name, outcomes[name]) for name in self._clients)

    async def health(self, *, concurrency: int = DEFAULT_CONCURRENCY, timeout: float | None = None) -> Outcomes[Health]:
        """``(await fleet.health())["prod-eu"].value.healthy``."""
        return await self.map(lambda c: c.health(), concurrency=concurrency, timeout=timeout)

    async def versions(
        self, *, concurrency: int = DEFAULT_CONCURRENCY, timeout: float | None = None
    ) -> Outcomes[ServerVersion]:
        """``(await fleet.versions())["a"].value.airflow_version``."""

        async def version(c: AsyncClient) -> ServerVersion:
            airflow = await c.version()
            return ServerVersion(airflow_version=airflow, api_version=c.api_version, url=_public(c.base_url))

        return await self.map(version, concurrency=concurrency, timeout=timeout)

    @cached_property
    def dags(self) -> AsyncFleetDags:
        return AsyncFleetDags(self)

    @cached_property
    def dag_runs(self) -> AsyncFleetDagRuns:
        return AsyncFleetDagRuns(self)

    @cached_property
    def import_errors(self) -> AsyncFleetImportErrors:
        return AsyncFleetImportErrors(self)

    @cached_property
    def variables(self) -> AsyncFleetVariables:
        return AsyncFleetVariables(self)

    @cached_property
    def pools(self) -> AsyncFleetPools:
        return AsyncFleetPools(self)

    async def _close_all(self) -> None:
        for client in self._clients.values():
            with contextlib.suppress(Exception):
                await client.close()

    async def close(self) -> None:
        """Close every client."""
        await self._close_all()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


# -- ready-made calls ----------------------------------------------------------------------------
def _trigger_args(
    dag_id: str, conf: Mapping[str, Any] | None, logical_date: datetime | str | None, run_id: str | None
) -> str:
    """Check once, before anything is sent (not once per deployment); the run id every deployment gets."""
    from .resources._base import json_object, require_id, wire_datetime
    from .resources.dags import make_run_id

    require_id("dag_id", dag_id)
    if conf is not None:
        json_object(conf, "conf")
    if logical_date is not None:
        wire_datetime(logical_date, "logical_date")
    return require_id("run_id", run_id) if run_id is not None else make_run_id("fleet")


def _run_filters(after: datetime | str | None, *bounds: datetime | str | None) -> dict[str, Any]:
    """``dag_runs.list``'s date ranges, checked once before anything is sent (a bad date is one error,
    not one per deployment); ``after`` is ``logical_after``."""
    from .resources._base import DATE_RANGES, date_filters

    filters = dict(zip(DATE_RANGES, bounds, strict=True))
    if after is not None:
        if filters["logical_after"] is not None:
            raise InvalidInputError("after is logical_after: give one of them")
        filters["logical_after"] = after
    date_filters(**filters)  # checks each
    return {name: value for name, value in filters.items() if value is not None}


def _pool_changes(pool: Pool, slots: int, description: str | None, include_deferred: bool | None) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if pool.slots != slots:
        changes["slots"] = slots
    if description is not None and pool.description != description:
        changes["description"] = description
    if include_deferred is not None and pool.include_deferred != include_deferred:
        changes["include_deferred"] = include_deferred
    return changes


class FleetDags:
    def __init__(self, fleet: Fleet) -> None:
        self._fleet = fleet

    def pause(
        self, dag_id: str, *, concurrency: int = DEFAULT_CONCURRENCY, timeout: float | None = None
    ) -> Outcomes[Dag]:
        """Pause a DAG everywhere: ``fleet.dags.pause("etl").ok``."""
        return self._fleet.map(lambda c: c.dags.pause(dag_id), concurrency=concurrency, timeout=timeout)

    def unpause(
        self, dag_id: str, *, concurrency: int = DEFAULT_CONCURRENCY, timeout: float | None = None
    ) -> Outcomes[Dag]:
        """``fleet.dags.unpause("etl")``."""
        return self._fleet.map(lambda c: c.dags.unpause(dag_id), concurrency=concurrency, timeout=timeout)

    def trigger(
        self,
        dag_id: str,
        conf: Mapping[str, Any] | None = None,
        *,
        logical_date: datetime | str | None = None,
        run_id: str | None = None,
        note: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float | None = None,
    ) -> Outcomes[DagRun]:
        """Trigger a DAG everywhere with ONE run id (``run_id``, else a new one): idempotent per deployment,
        so the same call again (e.g. after some deployments failed) starts nothing twice and returns the
        runs that exist.

        >>> outcomes = fleet.dags.trigger("etl", {"x": 1}, run_id=make_run_id("etl", key="2024-06-01"))
        """
        rid = _trigger_args(dag_id, conf, logical_date, run_id)
        return self._fleet.map(
            lambda c: c.dags.trigger(dag_id, conf, logical_date=logical_date, run_id=rid, note=note),
            concurrency=concurrency,
            timeout=timeout,
        )


class AsyncFleetDags:
    def __init__(self, fleet: AsyncFleet) -> None:
        self._fleet = fleet

    async def pause(
        self, dag_id: str, *, concurrency: int = DEFAULT_CONCURRENCY, timeout: float | None = None
    ) -> Outcomes[Dag]:
        """``await fleet.dags.pause("etl")``."""
        return await self._fleet.map(lambda c: c.dags.pause(dag_id), concurrency=concurrency, timeout=timeout)

    async def unpause(
        self, dag_id: str, *, concurrency: int = DEFAULT_CONCURRENCY, timeout: float | None = None
    ) -> Outcomes[Dag]:
        """``await fleet.dags.unpause("etl")``."""
        return await self._fleet.map(lambda c: c.dags.unpause(dag_id), concurrency=concurrency, timeout=timeout)

    async def trigger(
        self,
        dag_id: str,
        conf: Mapping[str, Any] | None = None,
        *,
        logical_date: datetime | str | None = None,
        run_id: str | None = None,
        note: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float | None = None,
    ) -> Outcomes[DagRun]:
        """``await fleet.dags.trigger("etl", run_id="etl__2024-06-01")`` (see ``FleetDags.trigger``)."""
        rid = _trigger_args(dag_id, conf, logical_date, run_id)
        return await self._fleet.map(
            lambda c: c.dags.trigger(dag_id, conf, logical_date=logical_date, run_id=rid, note=note),
            concurrency=concurrency,
            timeout=timeout,
        )


class FleetDagRuns:
    def __init__(self, fleet: Fleet) -> None:
        self._fleet = fleet

    def list(
        self,
        dag_id: str = "~",
        *,
        state: str | Sequence[str] | None = None,
        after: datetime | str | None = None,
        run_type: str | Sequence[str] | None = None,
        logical_after: datetime | str | None = None,
        logical_before: datetime | str | None = None,
        start_after: datetime | str | None = None,
        start_before: datetime | str | None = None,
        end_after: datetime | str | None = None,
        end_before: datetime | str | None = None,
        order_by: str | None = None,
        limit: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float | None = None,
    ) -> Outcomes[builtins.list[DagRun]]:
        """Runs (of every DAG: ``"~"``) per deployment, filtered on each server as ``client.dag_runs.list``
        does; ``after`` is ``logical_after``; ``limit``: at most that many per deployment. Every failed run
        since last night:

        >>> fleet.dag_runs.list(state="failed", after="2024-06-01T00:00:00Z").results
        """
        filters = _run_filters(after, logical_after, logical_before, start_after, start_before, end_after, end_before)

        def runs(c: Client) -> builtins.list[DagRun]:
            pager = c.dag_runs.list(dag_id, state=state, run_type=run_type, order_by=order_by, limit=limit, **filters)
            return list(pager)

        return self._fleet.map(runs, concurrency=concurrency, timeout=timeout)


class AsyncFleetDagRuns:
    def __init__(self, fleet: AsyncFleet) -> None:
        self._fleet = fleet

    async def list(
        self,
        dag_id: str = "~",
        *,
        state: str | Sequence[str] | None = None,
        after: datetime | str | None = None,
        run_type: str | Sequence[str] | None = None,
        logical_after: datetime | str | None = None,
        logical_before: datetime | str | None = None,
        start_after: datetime | str | None = None,
        start_before: datetime | str | None = None,
        end_after: datetime | str | None = None,
        end_before: datetime | str | None = None,
        order_by: str | None = None,
        limit: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float | None = None,
    ) -> Outcomes[builtins.list[DagRun]]:
        """``(await fleet.dag_runs.list(state="failed", after=yesterday)).results`` (see ``FleetDagRuns.list``)."""
        filters = _run_filters(after, logical_after, logical_before, start_after, start_before, end_after, end_before)

        async def runs(c: AsyncClient) -> builtins.list[DagRun]:
            pager = c.dag_runs.list(dag_id, state=state, run_type=run_type, order_by=order_by, limit=limit, **filters)
            return [run async for run in pager]

        return await self._fleet.map(runs, concurrency=concurrency, timeout=timeout)


class FleetImportErrors:
    def __init__(self, fleet: Fleet) -> None:
        self._fleet = fleet

    def list(
        self, *, concurrency: int = DEFAULT_CONCURRENCY, timeout: float | None = None
    ) -> Outcomes[builtins.list[DagImportError]]:
        """Every deployment's DAG import errors:
        ``{name: [e.filename for e in errors] for name, errors in fleet.import_errors.list().results.items()}``."""
        return self._fleet.map(
            lambda c: list(c.import_errors.list()),
            concurrency=concurrency,
            timeout=timeout,
        )


class AsyncFleetImportErrors:
    def __init__(self, fleet: AsyncFleet) -> None:
        self._fleet = fleet

    async def list(
        self, *, concurrency: int = DEFAULT_CONCURRENCY, timeout: float | None = None
    ) -> Outcomes[builtins.list[DagImportError]]:
        """``(await fleet.import_errors.list()).results``."""

        async def errors(c: AsyncClient) -> builtins.list[DagImportError]:
            return [e async for e in c.import_errors.list()]

        return await self._fleet.map(errors, concurrency=concurrency, timeout=timeout)


class FleetVariables:
    def __init__(self, fleet: Fleet) -> None:
        self._fleet = fleet

    def set(
        self,
        key: str,
        value: Any,
        *,
        description: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float | None = None,
    ) -> Outcomes[Variable]:
        """Create or update a variable everywhere (idempotent): ``fleet.variables.set("env", "prod")``."""
        from .resources._base import require_id
        from .resources.variables import encode_value

        require_id("variable key", key)
        encode_value(value)  # a value Airflow cannot store fails here, once, before anything is sent
        return self._fleet.map(
            lambda c: c.variables.set(key, value, description=description), concurrency=concurrency, timeout=timeout
        )


class AsyncFleetVariables:
    def __init__(self, fleet: AsyncFleet) -> None:
        self._fleet = fleet

    async def set(
        self,
        key: str,
        value: Any,
        *,
        description: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float | None = None,
    ) -> Outcomes[Variable]:
        """``await fleet.variables.set("env", "prod")``."""
        from .resources._base import require_id
        from .resources.variables import encode_value

        require_id("variable key", key)
        encode_value(value)
        return await self._fleet.map(
            lambda c: c.variables.set(key, value, description=description), concurrency=concurrency, timeout=timeout
        )


class FleetPools:
    def __init__(self, fleet: Fleet) -> None:
        self._fleet = fleet

    def upsert(
        self,
        name: str,
        slots: int,
        *,
        description: str | None = None,
        include_deferred: bool | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float | None = None,
    ) -> Outcomes[Pool]:
        """Make the pool exist with these settings everywhere: created where missing, updated where it
        differs, left alone where it is right (safe to repeat): ``fleet.pools.upsert("etl", 8)``."""
        from .resources._base import require_id

        require_id("pool name", name)
        if isinstance(slots, bool) or not isinstance(slots, int):
            raise InvalidInputError(f"slots must be an int, got {slots!r}")

        def upsert(c: Client) -> Pool:
            pool = c.pools.create(
                name, slots, description=description, include_deferred=include_deferred, exist_ok=True
            )
            changes = _pool_changes(pool, slots, description, include_deferred)
            return c.pools.update(name, **changes) if changes else pool

        return self._fleet.map(upsert, concurrency=concurrency, timeout=timeout)


class AsyncFleetPools:
    def __init__(self, fleet: AsyncFleet) -> None:
        self._fleet = fleet

    async def upsert(
        self,
        name: str,
        slots: int,
        *,
        description: str | None = None,
        include_deferred: bool | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float | None = None,
    ) -> Outcomes[Pool]:
        """``await fleet.pools.upsert("etl", 8)`` (see ``FleetPools.upsert``)."""
        from .resources._base import require_id

        require_id("pool name", name)
        if isinstance(slots, bool) or not isinstance(slots, int):
            raise InvalidInputError(f"slots must be an int, got {slots!r}")

        async def upsert(c: AsyncClient) -> Pool:
            pool = await c.pools.create(
                name, slots, description=description, include_deferred=include_deferred, exist_ok=True
            )
            changes = _pool_changes(pool, slots, description, include_deferred)
            return await c.pools.update(name, **changes) if changes else pool

        return await self._fleet.map(upsert, concurrency=concurrency, timeout=timeout)
