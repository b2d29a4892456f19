"""One adapter per API: the only code that knows an API's paths, generated modules and body shapes.

Resources say what a call means (``pools.get(name)``: validate, call, convert, handle 404);
the adapter of the detected API (``ctx.adapter``) sends it: ``V1`` for ``/api/v1`` (Airflow 2),
``V2`` for ``/api/v2`` (Airflow 3), ``Experimental`` for ``/api/experimental``. Every method is
an op that returns the server's JSON (lists: the items and ``total_entries``); what an API
cannot do raises ``UnsupportedOperationError`` naming the alternative (the defaults below).

Adding an API (Airflow 4's ``/api/v3``) means one adapter here, usually a subclass of the
previous one that overrides what changed, and its entry in ``_versions``.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn

from .._versions import version

if TYPE_CHECKING:
    from .._base_client import Context, Op

__all__ = ["RUN_ORDER", "Adapter", "Items", "Listing", "adapter_for"]

#: a page of a list: the items (JSON objects) and the server's total, if it gives one
Items = tuple[list[Any], int | None]


class Listing(NamedTuple):
    """A page of a list that may page by cursor (DAG runs, task instances)."""

    items: list[Any]
    total: int | None
    #: the server answered by cursor (Airflow 3.3+, asked with ``cursor``)
    by_cursor: bool = False
    #: where the next page starts (by cursor); None: the last page
    next_cursor: str | None = None


_STABLE = "the stable REST API (/api/v1 on Airflow 2, /api/v2 on Airflow 3)"
_XCOMS = "dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries"
_XCOM_WRITE = (
    f"only Airflow 3's API writes XComs: POST /api/v2/{_XCOMS}, PATCH .../xcomEntries/{{xcom_key}}; on Airflow 2 "
    "push them from a task: ti.xcom_push(key=..., value=...) or a return value"
)
_XCOM_DELETE = (
    f"only Airflow 3's API deletes XComs: DELETE /api/v2/{_XCOMS}/{{xcom_key}}; on Airflow 2 clear the task "
    "instance (client.task_instances.clear: Airflow deletes its XComs when it runs again) or run "
    "`airflow db clean --tables xcom`"
)


def _no_backfill(endpoint: str) -> str:
    """Where backfills are: Airflow 3's API, or Airflow 2's CLI."""
    return (
        f"{endpoint}, on Airflow 3 only: the stable API of Airflow 2 has no backfill; there, run the CLI command "
        "`airflow dags backfill --start-date START --end-date END DAG_ID` where Airflow runs"
    )


#: what DAG runs can be ordered by (``dag_runs.list(order_by=...)``), in neutral names
RUN_ORDER = ("logical_date", "start_date", "end_date", "run_id", "dag_id", "state", "updated_at")


class Adapter:
    """The calls every API may serve. A method an API lacks raises ``UnsupportedOperationError``."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _unsupported(self, what: str, alternative: str = _STABLE) -> NoReturn:
        raise self.ctx.unsupported(what, alternative)

    # -- DAGs ------------------------------------------------------------------------------------
    def dags(self, offset: int, limit: int, filters: dict[str, Any]) -> Op[Items]:
        """``filters`` (neutral names, each optional): ``tags`` (list), ``tags_match`` ("any"/"all"),
        ``paused``, ``dag_id_pattern``, ``only_active``."""
        self._unsupported("listing DAGs", "GET /api/v1/dags")

    def dag(self, dag_id: str) -> Op[Any]:
        self._unsupported("reading a DAG", "GET /api/v1/dags/{dag_id}")

    def dag_details(self, dag_id: str) -> Op[Any]:
        self._unsupported("reading a DAG's details", "GET /api/v1/dags/{dag_id}/details")

    def dag_source(self, dag_id: str) -> Op[str]:
        """The DAG file's text."""
        self._unsupported("reading a DAG's source", "GET /api/v1/dagSources/{file_token}")

    def dag_tasks(self, dag_id: str) -> Op[Items]:
        """Every task of the DAG (one answer: the API does not page them)."""
        self._unsupported("listing a DAG's tasks", "GET /api/v1/dags/{dag_id}/tasks")

    def dag_warnings(self, dag_id: str | None, warning_type: str | None, offset: int, limit: int) -> Op[Items]:
        self._unsupported("listing DAG warnings", "GET /api/v1/dagWarnings (Airflow >= 2.6)")

    def delete_dag(self, dag_id: str) -> Op[None]:
        """``ConflictError`` while task instances of the DAG are running."""
        self._unsupported("deleting a DAG", "DELETE /api/v1/dags/{dag_id}")

    def set_paused(self, dag_id: str, paused: bool) -> Op[Any]:
        self._unsupported("pausing a DAG", "PATCH /api/v1/dags/{dag_id}")

    def trigger(
        self, dag_id: str, conf: dict[str, Any] | None, logical_date: str | None, run_id: str | None, note: str | None
    ) -> Op[Any]:
        """A new run; ``ConflictError`` if ``run_id`` exists."""
        self._unsupported("triggering a DAG", "POST /api/v1/dags/{dag_id}/dagRuns")

    # -- DAG runs --------------------------------------------------------------------------------
    def dag_runs(
        self,
        dag_id: str,
        filters: dict[str, Any],
        offset: int,
        limit: int,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> Op[Listing]:
        """``dag_id`` ``"~"``: every DAG. ``cursor`` (``""``: the first page): by cursor where the
        server can (else by offset, and the answer says so). ``run_after_gte``/``_lte``: when the run
        may start (Airflow 2: its logical date). ``filters`` (neutral names, each optional): ``state`` and
        ``run_type`` (lists), ``logical_date_gte``/``_lte``, ``start_date_gte``/``_lte``,
        ``end_date_gte``/``_lte`` (aware datetimes), ``order_by`` (one of ``RUN_ORDER``, ``-`` for
        descending; default: newest first)."""
        self._unsupported("listing DAG runs", "GET /api/v1/dags/{dag_id}/dagRuns")

    def dag_run(self, dag_id: str, run_id: str, timeout: float | None) -> Op[Any]:
        self._unsupported("reading a DAG run", "GET /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}")

    def clear_dag_run(self, dag_id: str, run_id: str, dry_run: bool, only_failed: bool) -> Op[Any]:
        """The run (or, with ``dry_run``, ``{"task_instances": [...]}``)."""
        self._unsupported("clearing a DAG run", "POST /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}/clear")

    def set_dag_run_state(self, dag_id: str, run_id: str, state: str, note: str | None) -> Op[Any]:
        self._unsupported("setting a DAG run's state", "PATCH /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}")

    def delete_dag_run(self, dag_id: str, run_id: str) -> Op[None]:
        self._unsupported("deleting a DAG run", "DELETE /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}")

    # -- task instances --------------------------------------------------------------------------
    def task_instances(
        self, dag_id: str, run_id: str, filters: dict[str, Any], offset: int, limit: int, cursor: str | None = None
    ) -> Op[Listing]:
        """Task instances of a run (``"~"``: every DAG / every run), filtered on the server; ``cursor`` as
        for ``dag_runs``.

        ``filters`` (each optional): ``state``, ``pool``, ``queue``, ``task_ids``, ``run_ids`` (several
        runs, with ``run_id="~"``) as lists of strings (state ``"none"``: no state yet);
        ``logical_date_gte``/``_lte``, ``start_date_gte``/``_lte``, ``end_date_gte``/``_lte`` as UTC
        ISO 8601 strings (bounds included)."""
        self._unsupported("listing task instances")

    def task_instance(self, dag_id: str, run_id: str, task_id: str, map_index: int) -> Op[Any]:
        self._unsupported("getting a task instance")

    def task_log(self, dag_id: str, run_id: str, task_id: str, try_number: int, map_index: int) -> Op[str]:
        """One try's log as text."""
        self._unsupported("reading task logs")

    def clear_task_instances(self, dag_id: str, fields: dict[str, Any]) -> Op[Items]:
        self._unsupported("clearing task instances")

    def set_task_instance_state(
        self,
        dag_id: str,
        run_id: str,
        task_id: str,
        map_index: int,
        state: str,
        include: dict[str, bool],
        dry_run: bool,
    ) -> Op[list[Any]]:
        """The task instances that changed (or, with ``dry_run``, would), read after the call.
        ``include``: ``include_upstream``, ``include_downstream``, ``include_future``, ``include_past``."""
        self._unsupported("setting a task instance's state", "POST /api/v1/dags/{dag_id}/updateTaskInstancesState")

    def set_task_instance_note(
        self, dag_id: str, run_id: str, task_id: str, map_index: int, note: str | None
    ) -> Op[Any]:
        """The task instance with its new note (``None``: no note)."""
        self._unsupported(
            "setting a task instance's note",
            "PATCH /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/setNote",
        )

    def task_instance_tries(self, dag_id: str, run_id: str, task_id: str, map_index: int) -> Op[list[Any]]:
        """Every try of a task instance, oldest first; ``NotFoundError`` if there is no such task instance."""
        self._unsupported(
            "reading a task instance's tries",
            "GET /api/v1/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/tries",
        )

    def every_task_instance(self, dag_id: str, run_id: str, filters: dict[str, Any]) -> Op[list[Any]]:
        """Every task instance ``task_instances`` lists, page after page (for calls that need them all)."""
        return (yield from every(lambda o, n, c: self.task_instances(dag_id, run_id, filters, o, n, c), self.ctx))

    def _current(self, dag_id: str, refs: list[Any]) -> Op[list[Any]]:
        """The task instances ``refs`` name (objects with ``dag_run_id``, ``task_id`` and maybe
        ``map_index``), as they are now, in the order of ``refs``: one filtered listing."""
        keys = [ti_key(r) for r in refs if isinstance(r, dict)]
        if not keys:
            return []
        filters = {"run_ids": sorted({str(k[0]) for k in keys}), "task_ids": sorted({str(k[1]) for k in keys})}
        found = [item for item in (yield from self.every_task_instance(dag_id, "~", filters)) if isinstance(item, dict)]
        out, seen = [], set()
        for run_id, task_id, map_index in keys:
            for item in found:
                key = ti_key(item)
                if key[:2] == (run_id, task_id) and map_index in (None, key[2]) and key not in seen:
                    seen.add(key)
                    out.append(item)
        return out

    # -- pools -----------------------------------------------------------------------------------
    def pools(self, offset: int, limit: int) -> Op[Items]:
        self._unsupported("listing pools", "GET /api/v1/pools")

    def pool(self, name: str) -> Op[Any]:
        self._unsupported("reading a pool", "GET /api/v1/pools/{pool_name}")

    def create_pool(self, fields: dict[str, Any], idempotent: bool) -> Op[Any]:
        self._unsupported("creating a pool", "POST /api/v1/pools")

    def update_pool(self, name: str, changes: dict[str, Any]) -> Op[Any]:
        self._unsupported("updating a pool", "PATCH /api/v1/pools/{pool_name}")

    def delete_pool(self, name: str) -> Op[None]:
        self._unsupported("deleting a pool", "DELETE /api/v1/pools/{pool_name}")

    # -- variables -------------------------------------------------------------------------------
    def variables(self, offset: int, limit: int) -> Op[Items]:
        self._unsupported("listing variables", "/api/v1/variables (Airflow >= 2.0)")

    def variable(self, key: str) -> Op[Any]:
        self._unsupported("reading a variable", "/api/v1/variables (Airflow >= 2.0)")

    def create_variable(self, fields: dict[str, Any], retry_safe: bool) -> Op[Any]:
        """A new variable; ``ConflictError`` if the key exists. ``retry_safe``: the caller handles a 409."""
        self._unsupported("creating a variable", "/api/v1/variables (Airflow >= 2.0)")

    def update_variable(self, key: str, body: dict[str, Any], mask: list[str]) -> Op[Any]:
        """PATCH with ``body`` (a whole variable: key and value) changing only ``mask``."""
        self._unsupported("updating a variable", "/api/v1/variables (Airflow >= 2.0)")

    def delete_variable(self, key: str) -> Op[None]:
        self._unsupported("deleting a variable", "/api/v1/variables (Airflow >= 2.0)")

    # -- connections -----------------------------------------------------------------------------
    def connections(self, offset: int, limit: int) -> Op[Items]:
        self._unsupported("listing connections", "/api/v1/connections (Airflow >= 2.0)")

    def connection(self, conn_id: str) -> Op[Any]:
        self._unsupported("reading a connection", "/api/v1/connections (Airflow >= 2.0)")

    def create_connection(self, body: dict[str, Any]) -> Op[Any]:
        self._unsupported("creating a connection", "/api/v1/connections (Airflow >= 2.0)")

    def update_connection(self, conn_id: str, changes: dict[str, Any]) -> Op[Any]:
        self._unsupported("updating a connection", "/api/v1/connections (Airflow >= 2.0)")

    def delete_connection(self, conn_id: str) -> Op[None]:
        self._unsupported("deleting a connection", "/api/v1/connections (Airflow >= 2.0)")

    # -- assets (Airflow 2: datasets) -----------------------------------------------------------
    def assets(self, uri_pattern: str | None, offset: int, limit: int) -> Op[Items]:
        """Assets by URI; ``uri_pattern``: those whose URI contains it."""
        self._unsupported("listing assets", "GET /api/v1/datasets (Airflow >= 2.4)")

    def asset(self, uri: str) -> Op[Any]:
        """The asset with exactly this URI; ``NotFoundError`` naming it if there is none."""
        self._unsupported("reading an asset", "GET /api/v1/datasets/{uri} (Airflow >= 2.4)")

    def asset_events(self, filters: dict[str, Any], offset: int, limit: int) -> Op[Items]:
        """Events newest first. ``filters`` (each optional): ``uri``, ``dag_id`` and ``run_id`` (of the
        producer), ``after`` and ``before`` (aware datetimes: ``after <= timestamp < before``)."""
        self._unsupported("listing asset events", "GET /api/v1/datasets/events (Airflow >= 2.4)")

    def create_asset_event(self, uri: str, extra: dict[str, Any]) -> Op[Any]:
        self._unsupported("creating an asset event", "POST /api/v1/datasets/events (Airflow >= 2.9)")

    def queued_asset_events(self, dag_id: str) -> Op[Items]:
        """The DAG's queued events, each with the asset's ``uri``; none is an empty list."""
        self._unsupported("reading queued asset events", "GET /api/v1/dags/{dag_id}/datasets/queuedEvent")

    def clear_queued_asset_events(self, dag_id: str) -> Op[None]:
        """``NotFoundError`` when nothing is queued (Airflow's answer)."""
        self._unsupported("clearing queued asset events", "DELETE /api/v1/dags/{dag_id}/datasets/queuedEvent")

    # -- backfills (Airflow 3) -------------------------------------------------------------------
    def backfills(self, dag_id: str, offset: int, limit: int) -> Op[Items]:
        self._unsupported("listing backfills", _no_backfill("GET /api/v2/backfills?dag_id={dag_id}"))

    def backfill(self, backfill_id: int) -> Op[Any]:
        self._unsupported("reading a backfill", _no_backfill("GET /api/v2/backfills/{backfill_id}"))

    def create_backfill(self, fields: dict[str, Any], dry_run: bool) -> Op[Any]:
        """A new backfill (``ConflictError`` if one runs for the DAG); with ``dry_run`` the dates it would
        run: ``{"backfills": [{"logical_date": ...}, ...]}``."""
        self._unsupported("creating a backfill", _no_backfill("POST /api/v2/backfills"))

    def set_backfill_state(self, backfill_id: int, action: str) -> Op[Any]:
        """``action``: ``"pause"``, ``"unpause"`` or ``"cancel"``; the backfill after it."""
        doing = {"pause": "pausing", "unpause": "unpausing", "cancel": "cancelling"}.get(action, action)
        self._unsupported(f"{doing} a backfill", _no_backfill(f"PUT /api/v2/backfills/{{backfill_id}}/{action}"))

    # -- configuration and health ----------------------------------------------------------------
    #: the option that makes the configuration readable, for the 403's message
    expose_config_option = ""

    def config(self, section: str | None) -> Op[Any]:
        self._unsupported("reading the configuration", "GET /api/v1/config")

    def health(self) -> Op[Any]:
        self._unsupported("reading the health", "GET /api/v1/health")

    # -- XComs -----------------------------------------------------------------------------------
    def xcoms(
        self, dag_id: str, run_id: str, task_id: str, map_index: int | None, offset: int, limit: int
    ) -> Op[Items]:
        """The entries without their values (``"~"`` for any DAG, run or task)."""
        self._unsupported("listing XComs", f"GET /api/v1/{_XCOMS}")

    def xcom(self, dag_id: str, run_id: str, task_id: str, key: str, map_index: int) -> Op[Any]:
        """One entry with its value as JSON."""
        self._unsupported("reading an XCom", f"GET /api/v1/{_XCOMS}/{{xcom_key}}")

    def create_xcom(self, dag_id: str, run_id: str, task_id: str, key: str, value: Any, map_index: int) -> Op[Any]:
        """A new entry; ``ConflictError`` if the key exists."""
        self._unsupported("setting an XCom", _XCOM_WRITE)

    def update_xcom(self, dag_id: str, run_id: str, task_id: str, key: str, value: Any, map_index: int) -> Op[Any]:
        """A new value; ``NotFoundError`` if there is no such entry."""
        self._unsupported("setting an XCom", _XCOM_WRITE)

    def delete_xcom(self, dag_id: str, run_id: str, task_id: str, key: str, map_index: int) -> Op[None]:
        self._unsupported("deleting an XCom", _XCOM_DELETE)

    # -- import errors, event logs, providers, plugins -------------------------------------------
    def import_errors(self, offset: int, limit: int) -> Op[Items]:
        self._unsupported("listing DAG import errors", "GET /api/v1/importErrors")

    def import_error(self, import_error_id: int) -> Op[Any]:
        self._unsupported("reading a DAG import error", "GET /api/v1/importErrors/{import_error_id}")

    def event_logs(self, filters: dict[str, Any], offset: int, limit: int) -> Op[Items]:
        """Newest first; ``filters``: ``dag_id``, ``run_id``, ``task_id``, ``event``, ``after``, ``before``
        (both ``...Z`` strings), all applied by the server."""
        self._unsupported("listing event logs", "GET /api/v1/eventLogs")

    def event_log(self, event_log_id: int) -> Op[Any]:
        self._unsupported("reading an event log", "GET /api/v1/eventLogs/{event_log_id}")

    def providers(self, offset: int, limit: int) -> Op[Items]:
        self._unsupported("listing providers", "GET /api/v1/providers")

    def plugins(self, offset: int, limit: int) -> Op[Items]:
        self._unsupported("listing plugins", "GET /api/v1/plugins")


@functools.cache
def adapter_for(api: str) -> type[Adapter]:
    """The adapter class of ``api`` (from the registry; imported on first use)."""
    module, name = version(api).adapter.split(":")
    cls: type[Adapter] = getattr(importlib.import_module(f".{module}", __name__), name)
    return cls


def items_of(body: Any, key: str) -> Items:
    """The list under ``key`` of a collection answer, and ``total_entries`` if given."""
    from ..types import to_int

    if not isinstance(body, dict):
        return [], None
    items = body.get(key)
    return (items if isinstance(items, list) else []), to_int(body.get("total_entries"))


def every(page: Callable[[int, int, str | None], Op[Listing]], ctx: Context) -> Op[list[Any]]:
    """Every item of a list, page after page: by cursor where the server pages so, else by offset
    (``page(offset, limit, cursor)``; a page shorter than asked may be the server's page limit, so
    the total decides whether more remain)."""
    found: list[Any] = []
    cursor: str | None = ""
    while True:
        got = yield from page(len(found), ctx.page_size, cursor)
        found += got.items
        if got.by_cursor:
            cursor = got.next_cursor
            if cursor is None or not got.items:
                return found
            continue
        cursor = None
        more = len(found) < got.total if got.total is not None else len(got.items) >= ctx.page_size
        if not got.items or not more:
            return found


def listing_of(body: Any, key: str, cursor: str | None) -> Listing:
    """A page of a cursor-capable list. Asked with a ``cursor``, a server that has cursors answers
    ``next_cursor`` (null on the last page); one that has none leaves it out (and pages by offset)."""
    items, total = items_of(body, key)
    if cursor is None or not isinstance(body, dict) or "next_cursor" not in body:
        return Listing(items, total)
    following = body.get("next_cursor")
    return Listing(items, total, True, following if isinstance(following, str) and following else None)


def ti_key(ti: Any) -> tuple[Any, Any, Any]:
    """What names a task instance in a DAG's answers: (run id, task id, map index or None)."""
    return ti.get("dag_run_id"), ti.get("task_id"), ti.get("map_index")


def states_param(states: Sequence[str] | None) -> dict[str, Any]:
    return {"state": list(states)} if states else {}
