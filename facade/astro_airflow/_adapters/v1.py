"""``/api/v1`` (Airflow 2): requests built by the generated ``airflow_api_v1`` endpoints.

Quirks of Airflow 2 handled here:

* ``update_mask`` is read comma-separated (style=form, explode=false); the generated client
  repeats the parameter, and Airflow 2 then applies only the last field: one joined value is sent.
* The logical date is ``execution_date`` in DAG-run filters and ordering too, and the run id is
  ordered as ``dag_run_id``; runs cannot be filtered by run type (400 "Extra query parameter(s)").
* A DAG's source is served by its signed ``file_token`` (read from the DAG), not by its id.
* ``POST /variables`` overwrites an existing key (no 409), and ``update_mask=value`` is refused
  (its schema loads ``value`` as ``val``): a value change is sent without a mask.
* Assets are "datasets". Their events cannot be filtered by time or by URI (only by dataset id, looked
  up by URI first): a time window is read newest first and cut here. A DAG without queued events
  answers 404 to the GET (Airflow 3: an empty list), read as no events. A ``uri_pattern`` listing
  reports the unfiltered ``total_entries``: dropped.
"""

from __future__ import annotations

from typing import Any

import httpx

from .._base_client import Call, Op
from .._errors import ConflictError, InvalidInputError, NotFoundError
from .._versions import version
from . import Adapter, Items, Listing, items_of

ROOT = version("v1").generated_root

#: the neutral names of ``Adapter.task_instances``' filters, as Airflow 2 calls them
_V1_FILTERS = {
    "run_ids": "dag_run_ids",
    "logical_date_gte": "execution_date_gte",
    "logical_date_lte": "execution_date_lte",
}


#: neutral names of what runs are ordered by, where Airflow 2 names them otherwise
_RUN_ORDER = {"logical_date": "execution_date", "run_id": "dag_run_id"}


def _call(kwargs: dict[str, Any], **extra: Any) -> Call:
    return Call.of(kwargs, root=ROOT, **extra)


class V1(Adapter):
    # -- DAGs ------------------------------------------------------------------------------------
    def dags(self, offset: int, limit: int, filters: dict[str, Any]) -> Op[Items]:
        from airflow_api_v1.api.dag import get_dags

        filters = dict(filters)
        if filters.pop("tags_match", None) == "all":
            self._unsupported(
                "listing DAGs with all of the given tags (tags_match='all')",
                "Airflow 2 lists the DAGs with any of them; keep those with all: "
                "[d for d in client.dags.list(tags=tags) if set(tags) <= set(d.tags)]",
            )
        kwargs = get_dags.request_kwargs(limit=limit, offset=offset, order_by="dag_id", **filters)
        return items_of((yield from self.ctx.request(_call(kwargs))), "dags")

    def dag(self, dag_id: str) -> Op[Any]:
        from airflow_api_v1.api.dag import get_dag

        return (yield from self.ctx.request(_call(get_dag.request_kwargs(dag_id))))

    def dag_details(self, dag_id: str) -> Op[Any]:
        from airflow_api_v1.api.dag import get_dag_details

        return (yield from self.ctx.request(_call(get_dag_details.request_kwargs(dag_id))))

    def dag_source(self, dag_id: str) -> Op[str]:
        from airflow_api_v1.api.dag import get_dag_source

        # Airflow 2 serves a source by the signed file token of the DAG, not by its id
        token = (yield from self.dag(dag_id)).get("file_token")
        if not isinstance(token, str) or not token:
            self._unsupported(f"reading the source of DAG {dag_id!r} (its answer has no file_token)")
        body = yield from self.ctx.request(_call(get_dag_source.request_kwargs(token)))  # JSON, as its spec says
        content = body.get("content") if isinstance(body, dict) else None
        return content if isinstance(content, str) else ""

    def dag_tasks(self, dag_id: str) -> Op[Items]:
        from airflow_api_v1.api.dag import get_tasks

        return items_of(
            (yield from self.ctx.request(_call(get_tasks.request_kwargs(dag_id, order_by="task_id")))), "tasks"
        )

    def dag_warnings(self, dag_id: str | None, warning_type: str | None, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v1.api.dag_warning import get_dag_warnings

        filters = {k: v for k, v in (("dag_id", dag_id), ("warning_type", warning_type)) if v is not None}
        kwargs = get_dag_warnings.request_kwargs(limit=limit, offset=offset, order_by="timestamp", **filters)
        return items_of((yield from self.ctx.request(_call(kwargs))), "dag_warnings")

    def delete_dag(self, dag_id: str) -> Op[None]:
        from airflow_api_v1.api.dag import delete_dag

        yield from self.ctx.request(_call(delete_dag.request_kwargs(dag_id)))

    def set_paused(self, dag_id: str, paused: bool) -> Op[Any]:
        from airflow_api_v1.api.dag import patch_dag
        from airflow_api_v1.models.dag import DAG

        kwargs = patch_dag.request_kwargs(dag_id, body=DAG.from_dict({"is_paused": paused}), update_mask=["is_paused"])
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def trigger(
        self, dag_id: str, conf: dict[str, Any] | None, logical_date: str | None, run_id: str | None, note: str | None
    ) -> Op[Any]:
        from airflow_api_v1.api.dag_run import post_dag_run
        from airflow_api_v1.models.dag_run import DAGRun

        body: dict[str, Any] = {}
        if conf is not None:
            body["conf"] = conf
        if run_id is not None:
            body["dag_run_id"] = run_id
        if note is not None:
            body["note"] = note
        kwargs = post_dag_run.request_kwargs(dag_id, body=DAGRun.from_dict(body))
        if logical_date is not None:
            kwargs["json"]["logical_date"] = logical_date  # our exact UTC "Z" form
        # With a client-chosen run_id a repeated POST cannot create a second run: safe to retry.
        return (yield from self.ctx.request(_call(kwargs, idempotent=run_id is not None)))

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
        from airflow_api_v1.api.dag_run import get_dag_runs

        filters = dict(filters)
        if filters.pop("run_type", None):
            self._unsupported(
                "filtering DAG runs by run_type",
                "Airflow 2's API has no such filter: it answers 400 to run_type=; read each run's run_type "
                "instead: [r for r in client.dag_runs.list(dag_id) if r.run_type == 'manual']",
            )
        order = filters.pop("order_by", None) or "-logical_date"
        name = order.lstrip("-")
        order = order[: len(order) - len(name)] + _RUN_ORDER.get(name, name)
        # Airflow 2 calls the logical date execution_date in its filters and its ordering
        # (and its run_after: Airflow 2 runs have none; their logical date is when they may start)
        params = {
            k.replace("logical_date", "execution_date").replace("run_after", "execution_date"): v
            for k, v in filters.items()
        }
        kwargs = get_dag_runs.request_kwargs(dag_id, limit=limit, offset=offset, order_by=order, **params)
        return Listing(*items_of((yield from self.ctx.request(_call(kwargs, timeout=timeout))), "dag_runs"))

    def dag_run(self, dag_id: str, run_id: str, timeout: float | None) -> Op[Any]:
        from airflow_api_v1.api.dag_run import get_dag_run

        return (yield from self.ctx.request(_call(get_dag_run.request_kwargs(dag_id, run_id), timeout=timeout)))

    def clear_dag_run(self, dag_id: str, run_id: str, dry_run: bool, only_failed: bool) -> Op[Any]:
        from airflow_api_v1.api.dag_run import clear_dag_run
        from airflow_api_v1.models.clear_dag_run import ClearDagRun

        if only_failed:
            self._unsupported("clear(only_failed=True)", "task_instances.clear(only_failed=True)")
        kwargs = clear_dag_run.request_kwargs(dag_id, run_id, body=ClearDagRun.from_dict({"dry_run": dry_run}))
        return (yield from self.ctx.request(_call(kwargs)))

    def set_dag_run_state(self, dag_id: str, run_id: str, state: str, note: str | None) -> Op[Any]:
        from airflow_api_v1.api.dag_run import set_dag_run_note, update_dag_run_state
        from airflow_api_v1.models.set_dag_run_note import SetDagRunNote
        from airflow_api_v1.models.update_dag_run_state import UpdateDagRunState

        body = UpdateDagRunState.from_dict({"state": state})
        run = yield from self.ctx.request(
            _call(update_dag_run_state.request_kwargs(dag_id, run_id, body=body), idempotent=True)
        )
        if note is not None:
            kwargs = set_dag_run_note.request_kwargs(dag_id, run_id, body=SetDagRunNote.from_dict({"note": note}))
            run = yield from self.ctx.request(_call(kwargs, idempotent=True))
        return run

    def delete_dag_run(self, dag_id: str, run_id: str) -> Op[None]:
        from airflow_api_v1.api.dag_run import delete_dag_run

        yield from self.ctx.request(_call(delete_dag_run.request_kwargs(dag_id, run_id)))

    # -- task instances --------------------------------------------------------------------------
    def task_instances(
        self, dag_id: str, run_id: str, filters: dict[str, Any], offset: int, limit: int, cursor: str | None = None
    ) -> Op[Listing]:
        from airflow_api_v1.api.task_instance import get_task_instances, get_task_instances_batch
        from airflow_api_v1.models.list_task_instance_form import ListTaskInstanceForm
        from airflow_api_v1.models.task_state_type_1 import TaskStateType1

        from ..types import to_datetime

        named = {_V1_FILTERS.get(name, name): value for name, value in filters.items()}
        unknown = [s for s in named.get("state", ()) if s not in {t.value for t in TaskStateType1}]
        if unknown:  # a state of a newer Airflow: the GET would answer 500
            raise InvalidInputError(f"Airflow 2 has no task instance state {unknown[0]!r}")
        if "task_ids" in named or "dag_run_ids" in named:
            # the GET cannot filter by task (nor by several runs); the batch POST can
            body: dict[str, Any] = {**named, "page_offset": offset, "page_limit": limit}
            if dag_id != "~":
                body["dag_ids"] = [dag_id]
            if run_id != "~":
                body["dag_run_ids"] = [run_id]
            kwargs = get_task_instances_batch.request_kwargs(body=ListTaskInstanceForm.from_dict(body))
            # a POST that only reads: safe to repeat
            return Listing(*items_of((yield from self.ctx.request(_call(kwargs, idempotent=True))), "task_instances"))
        params: dict[str, Any] = {n: to_datetime(v) if n.endswith(("_gte", "_lte")) else v for n, v in named.items()}
        kwargs = get_task_instances.request_kwargs(dag_id, run_id, limit=limit, offset=offset, **params)
        return Listing(*items_of((yield from self.ctx.request(_call(kwargs))), "task_instances"))

    def task_instance(self, dag_id: str, run_id: str, task_id: str, map_index: int) -> Op[Any]:
        from airflow_api_v1.api.task_instance import get_mapped_task_instance, get_task_instance

        if map_index < 0:
            kwargs = get_task_instance.request_kwargs(dag_id, run_id, task_id)
        else:
            kwargs = get_mapped_task_instance.request_kwargs(dag_id, run_id, task_id, map_index)
        return (yield from self.ctx.request(_call(kwargs)))

    def task_log(self, dag_id: str, run_id: str, task_id: str, try_number: int, map_index: int) -> Op[str]:
        from airflow_api_v1.api.task_instance import get_log

        kwargs = get_log.request_kwargs(dag_id, run_id, task_id, try_number, full_content=True, map_index=map_index)
        text: str = yield from self.ctx.request(_call(kwargs, text=True, headers={"Accept": "text/plain"}))
        return text

    def clear_task_instances(self, dag_id: str, fields: dict[str, Any]) -> Op[Items]:
        from airflow_api_v1.api.dag import post_clear_task_instances
        from airflow_api_v1.models.clear_task_instances import ClearTaskInstances

        kwargs = post_clear_task_instances.request_kwargs(dag_id, body=ClearTaskInstances.from_dict(fields))
        return items_of((yield from self.ctx.request(_call(kwargs))), "task_instances")

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
        from airflow_api_v1.api.dag import post_set_task_instances_state
        from airflow_api_v1.models.update_task_instances_state import UpdateTaskInstancesState

        if map_index >= 0:
            return (yield from self._set_mapped_state(dag_id, run_id, task_id, map_index, state, include, dry_run))
        fields = {"task_id": task_id, "dag_run_id": run_id, "new_state": state, "dry_run": dry_run, **include}
        kwargs = post_set_task_instances_state.request_kwargs(dag_id, body=UpdateTaskInstancesState.from_dict(fields))
        # the answer names the task instances (ids and logical date only): they are read afterwards.
        # A repeated POST would answer "nothing changed": only the dry run is repeated after a lost answer
        refs, _ = items_of((yield from self.ctx.request(_call(kwargs, idempotent=dry_run))), "task_instances")
        return (yield from self._current(dag_id, refs))

    def _set_mapped_state(
        self,
        dag_id: str,
        run_id: str,
        task_id: str,
        map_index: int,
        state: str,
        include: dict[str, bool],
        dry_run: bool,
    ) -> Op[list[Any]]:
        """One mapped task instance: ``PATCH .../taskInstances/{task_id}/{map_index}`` (no include_*)."""
        from airflow_api_v1.api.task_instance import patch_mapped_task_instance
        from airflow_api_v1.models.update_task_instance import UpdateTaskInstance

        if any(include.values()):
            self._unsupported(
                "setting the state of a mapped task instance (map_index >= 0) with include_upstream/downstream/"
                "future/past",
                "Airflow 2 sets one mapped task instance alone; set the others with more calls, or use map_index=-1 "
                "for an unmapped task",
            )
        ti = yield from self.task_instance(dag_id, run_id, task_id, map_index)  # 404 if there is none
        if ti.get("state") == state:
            return []  # what the unmapped call answers: nothing would change
        if dry_run:  # Airflow 2 answers a dry run of this PATCH without looking at the state
            return [ti]
        body = UpdateTaskInstance.from_dict({"new_state": state, "dry_run": False})
        kwargs = patch_mapped_task_instance.request_kwargs(dag_id, run_id, task_id, map_index, body=body)
        yield from self.ctx.request(_call(kwargs, idempotent=True))  # its answer is not the task instance
        return [(yield from self.task_instance(dag_id, run_id, task_id, map_index))]

    def set_task_instance_note(
        self, dag_id: str, run_id: str, task_id: str, map_index: int, note: str | None
    ) -> Op[Any]:
        from airflow_api_v1.api.task_instance import set_mapped_task_instance_note, set_task_instance_note
        from airflow_api_v1.models.set_task_instance_note import SetTaskInstanceNote

        body = SetTaskInstanceNote.from_dict({"note": note or ""})  # null is refused (400): "" is no note
        if map_index < 0:
            kwargs = set_task_instance_note.request_kwargs(dag_id, run_id, task_id, body=body)
        else:
            kwargs = set_mapped_task_instance_note.request_kwargs(dag_id, run_id, task_id, map_index, body=body)
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def task_instance_tries(self, dag_id: str, run_id: str, task_id: str, map_index: int) -> Op[list[Any]]:
        from airflow_api_v1.api.task_instance import get_mapped_task_instance_tries, get_task_instance_tries

        tries: list[Any] = []
        size = self.ctx.page_size
        while True:
            if map_index < 0:
                kwargs = get_task_instance_tries.request_kwargs(dag_id, run_id, task_id, limit=size, offset=len(tries))
            else:
                kwargs = get_mapped_task_instance_tries.request_kwargs(
                    dag_id, run_id, task_id, map_index, limit=size, offset=len(tries)
                )
            items, total = items_of((yield from self.ctx.request(_call(kwargs))), "task_instances")
            tries += items
            # a page shorter than asked may be the server's page limit: the total says whether more remain
            if not items or (len(tries) >= total if total is not None else len(items) < size):
                break
        if not tries:
            # Airflow 2 answers an empty list for a task instance that does not exist (Airflow 3: 404);
            # an existing one always has a try, so this GET gives the server's own 404
            yield from self.task_instance(dag_id, run_id, task_id, map_index)
        return tries

    # -- pools -----------------------------------------------------------------------------------
    def pools(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v1.api.pool import get_pools

        return items_of(
            (yield from self.ctx.request(_call(get_pools.request_kwargs(limit=limit, offset=offset)))), "pools"
        )

    def pool(self, name: str) -> Op[Any]:
        from airflow_api_v1.api.pool import get_pool

        return (yield from self.ctx.request(_call(get_pool.request_kwargs(name))))

    def create_pool(self, fields: dict[str, Any], idempotent: bool) -> Op[Any]:
        from airflow_api_v1.api.pool import post_pool
        from airflow_api_v1.models.pool import Pool

        kwargs = post_pool.request_kwargs(body=Pool.from_dict(fields))
        return (yield from self.ctx.request(_call(kwargs, idempotent=idempotent)))

    def update_pool(self, name: str, changes: dict[str, Any]) -> Op[Any]:
        from airflow_api_v1.api.pool import patch_pool
        from airflow_api_v1.models.pool import Pool

        body = Pool.from_dict({"name": name, **changes})
        kwargs = patch_pool.request_kwargs(name, body=body, update_mask=[",".join(changes)])
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def delete_pool(self, name: str) -> Op[None]:
        from airflow_api_v1.api.pool import delete_pool

        yield from self.ctx.request(_call(delete_pool.request_kwargs(name)))

    # -- variables -------------------------------------------------------------------------------
    def variables(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v1.api.variable import get_variables

        kwargs = get_variables.request_kwargs(limit=limit, offset=offset, order_by="key")
        return items_of((yield from self.ctx.request(_call(kwargs))), "variables")

    def variable(self, key: str) -> Op[Any]:
        from airflow_api_v1.api.variable import get_variable

        return (yield from self.ctx.request(_call(get_variable.request_kwargs(key))))

    def create_variable(self, fields: dict[str, Any], retry_safe: bool) -> Op[Any]:
        from airflow_api_v1.api.variable import post_variables
        from airflow_api_v1.models.variable import Variable

        # Airflow 2's POST overwrites an existing variable: look first, so that a create never does
        # (a writer racing between the GET and the POST can still be overwritten)
        key = fields["key"]
        try:
            yield from self.variable(key)
        except NotFoundError:
            pass
        else:
            raise self._variable_exists(key)
        kwargs = post_variables.request_kwargs(body=Variable.from_dict(fields))
        # the POST is an upsert on Airflow 2: repeating it after a lost answer is harmless
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def _variable_exists(self, key: str) -> ConflictError:
        """The 409 Airflow 2 does not send: what Airflow 3 answers to the same POST."""
        from airflow_api_v1.api.variable import get_variable

        request = self.ctx.build_request(_call(get_variable.request_kwargs(key)))
        response = httpx.Response(
            409, json={"detail": f"The Variable with key: `{key}` already exists"}, request=request
        )
        return ConflictError(
            f"variable {key!r} already exists on {self.ctx.public_url(self.ctx.base_url)} (Airflow 2's POST "
            "/variables would overwrite it, so the client looked first); pass exist_ok=True to get the existing one, "
            "or use update() / set() to change it",
            response=response,
            body=response.json(),
            safe_to_retry=True,
        )

    def update_variable(self, key: str, body: dict[str, Any], mask: list[str]) -> Op[Any]:
        from airflow_api_v1.api.variable import patch_variable
        from airflow_api_v1.models.variable import Variable

        # Airflow 2 refuses update_mask=value; without a mask it applies exactly what is in the body
        options = {} if "value" in mask else {"update_mask": [",".join(mask)]}
        kwargs = patch_variable.request_kwargs(key, body=Variable.from_dict(body), **options)
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def delete_variable(self, key: str) -> Op[None]:
        from airflow_api_v1.api.variable import delete_variable

        yield from self.ctx.request(_call(delete_variable.request_kwargs(key)))

    # -- connections -----------------------------------------------------------------------------
    def connections(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v1.api.connection import get_connections

        kwargs = get_connections.request_kwargs(limit=limit, offset=offset, order_by="connection_id")
        return items_of((yield from self.ctx.request(_call(kwargs))), "connections")

    def connection(self, conn_id: str) -> Op[Any]:
        from airflow_api_v1.api.connection import get_connection

        return (yield from self.ctx.request(_call(get_connection.request_kwargs(conn_id))))

    def create_connection(self, body: dict[str, Any]) -> Op[Any]:
        from airflow_api_v1.api.connection import post_connection
        from airflow_api_v1.models.connection import Connection

        if not body["connection_id"].isascii():
            raise InvalidInputError(
                f"Airflow 2 cannot store the connection id {body['connection_id']!r}: it accepts non-ASCII letters, "
                "then fails with 500 (its conn_id sanitiser is ASCII-only). Use ASCII letters, digits, '_', '.', '-'"
            )
        return (yield from self.ctx.request(_call(post_connection.request_kwargs(body=Connection.from_dict(body)))))

    def update_connection(self, conn_id: str, changes: dict[str, Any]) -> Op[Any]:
        from airflow_api_v1.api.connection import patch_connection
        from airflow_api_v1.models.connection import Connection

        body = Connection.from_dict({"connection_id": conn_id, **changes})
        kwargs = patch_connection.request_kwargs(conn_id, body=body, update_mask=[",".join(changes)])
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def delete_connection(self, conn_id: str) -> Op[None]:
        from airflow_api_v1.api.connection import delete_connection

        yield from self.ctx.request(_call(delete_connection.request_kwargs(conn_id)))

    # -- assets (datasets) -----------------------------------------------------------------------
    def assets(self, uri_pattern: str | None, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v1.api.dataset import get_datasets

        pattern = {"uri_pattern": uri_pattern} if uri_pattern else {}
        kwargs = get_datasets.request_kwargs(limit=limit, offset=offset, order_by="uri", **pattern)
        items, total = items_of((yield from self.ctx.request(_call(kwargs))), "datasets")
        return items, None if uri_pattern else total  # Airflow 2 counts every dataset, not the matches

    def asset(self, uri: str) -> Op[Any]:
        from airflow_api_v1.api.dataset import get_dataset

        return (yield from self.ctx.request(_call(get_dataset.request_kwargs(uri))))

    def asset_events(self, filters: dict[str, Any], offset: int, limit: int) -> Op[Items]:
        from airflow_api_v1.api.dataset import get_dataset_events

        from ..types import to_datetime, to_int

        params: dict[str, Any] = {}
        if filters.get("uri") is not None:
            params["dataset_id"] = to_int((yield from self.asset(filters["uri"])).get("id"))
        if filters.get("dag_id") is not None:
            params["source_dag_id"] = filters["dag_id"]
        if filters.get("run_id") is not None:
            params["source_run_id"] = filters["run_id"]

        def page(start: int, size: int) -> Op[Items]:
            kwargs = get_dataset_events.request_kwargs(limit=size, offset=start, order_by="-timestamp", **params)
            return items_of((yield from self.ctx.request(_call(kwargs))), "dataset_events")

        after, before = filters.get("after"), filters.get("before")
        if after is None and before is None:
            return (yield from page(offset, limit))
        # no time filter on Airflow 2: read newest first, keep the window, stop at the first event before it
        kept: list[Any] = []
        start = 0
        while len(kept) < offset + limit:
            items, _ = yield from page(start, self.ctx.page_size)
            for item in items:
                when = to_datetime(item.get("timestamp")) if isinstance(item, dict) else None
                if when is None:
                    continue
                if after is not None and when < after:
                    return kept[offset : offset + limit], None
                if before is None or when < before:
                    kept.append(item)
            if not items:
                break
            start += len(items)
        return kept[offset : offset + limit], None

    def create_asset_event(self, uri: str, extra: dict[str, Any]) -> Op[Any]:
        from airflow_api_v1.api.dataset import create_dataset_event
        from airflow_api_v1.models.create_dataset_event import CreateDatasetEvent

        body = CreateDatasetEvent.from_dict({"dataset_uri": uri, "extra": extra})
        return (yield from self.ctx.request(_call(create_dataset_event.request_kwargs(body=body))))

    def queued_asset_events(self, dag_id: str) -> Op[Items]:
        from airflow_api_v1.api.dataset import get_dag_dataset_queued_events

        try:
            body = yield from self.ctx.request(_call(get_dag_dataset_queued_events.request_kwargs(dag_id)))
        except NotFoundError:  # "Queue event with dag_id: ... was not found": nothing queued
            return [], 0
        return items_of(body, "queued_events")

    def clear_queued_asset_events(self, dag_id: str) -> Op[None]:
        from airflow_api_v1.api.dataset import delete_dag_dataset_queued_events

        yield from self.ctx.request(_call(delete_dag_dataset_queued_events.request_kwargs(dag_id)))

    # -- configuration and health ----------------------------------------------------------------
    expose_config_option = "[webserver] expose_config"

    def config(self, section: str | None) -> Op[Any]:
        from airflow_api_v1.api.config import get_config

        kwargs = get_config.request_kwargs() if section is None else get_config.request_kwargs(section=section)
        return (yield from self.ctx.request(_call(kwargs)))

    def health(self) -> Op[Any]:
        from airflow_api_v1.api.monitoring import get_health

        return (yield from self.ctx.request(_call(get_health.request_kwargs())))

    # -- XComs -----------------------------------------------------------------------------------
    def xcoms(
        self, dag_id: str, run_id: str, task_id: str, map_index: int | None, offset: int, limit: int
    ) -> Op[Items]:
        from airflow_api_v1.api.x_com import get_xcom_entries

        options: dict[str, Any] = {} if map_index is None else {"map_index": map_index}
        kwargs = get_xcom_entries.request_kwargs(dag_id, run_id, task_id, limit=limit, offset=offset, **options)
        return items_of((yield from self.ctx.request(_call(kwargs))), "xcom_entries")

    def xcom(self, dag_id: str, run_id: str, task_id: str, key: str, map_index: int) -> Op[Any]:
        from airflow_api_v1.api.x_com import get_xcom_entry

        # stringify=false (Airflow >= 2.10): the value as JSON, not as str(value) (the default)
        kwargs = get_xcom_entry.request_kwargs(dag_id, run_id, task_id, key, map_index=map_index, stringify=False)
        return (yield from self.ctx.request(_call(kwargs)))

    # -- import errors, event logs, providers, plugins -------------------------------------------
    def import_errors(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v1.api.import_error import get_import_errors

        kwargs = get_import_errors.request_kwargs(limit=limit, offset=offset, order_by="import_error_id")
        return items_of((yield from self.ctx.request(_call(kwargs))), "import_errors")

    def import_error(self, import_error_id: int) -> Op[Any]:
        from airflow_api_v1.api.import_error import get_import_error

        return (yield from self.ctx.request(_call(get_import_error.request_kwargs(import_error_id))))

    def event_logs(self, filters: dict[str, Any], offset: int, limit: int) -> Op[Items]:
        from airflow_api_v1.api.event_log import get_event_logs

        dates = {k: v for k, v in filters.items() if k in ("after", "before")}
        others = {k: v for k, v in filters.items() if k not in dates}
        kwargs = get_event_logs.request_kwargs(limit=limit, offset=offset, order_by="-event_log_id", **others)
        kwargs["params"].update(dates)  # our exact UTC "Z" form (the endpoint takes datetime objects)
        return items_of((yield from self.ctx.request(_call(kwargs))), "event_logs")

    def event_log(self, event_log_id: int) -> Op[Any]:
        from airflow_api_v1.api.event_log import get_event_log

        return (yield from self.ctx.request(_call(get_event_log.request_kwargs(event_log_id))))

    def providers(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v1.api.provider import get_providers

        # Airflow 2 sends every provider at once (no limit/offset): pages are cut from the list here
        providers, _ = items_of((yield from self.ctx.request(_call(get_providers.request_kwargs()))), "providers")
        return providers[offset : offset + limit], len(providers)

    def plugins(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v1.api.plugin import get_plugins

        kwargs = get_plugins.request_kwargs(limit=limit, offset=offset)
        return items_of((yield from self.ctx.request(_call(kwargs))), "plugins")
