"""``/api/v2`` (Airflow 3): requests built by the generated ``airflow_api_v2`` endpoints.

Quirks of Airflow 3 handled here:

* a trigger must say ``logical_date`` (``null`` means "now");
* a PATCH body is validated as a whole object whatever ``update_mask`` says (a pool needs
  ``pool``, ``slots`` and ``include_deferred``, openapi/v2/patches/0004; a connection its
  ``conn_type``): the current values are sent for what does not change, and the mask limits
  what is written;
* logs are served as JSON (structured lines) or NDJSON only (406 for ``text/plain``): they are
  rendered to text as Airflow's UI shows them;
* an asset is addressed by its numeric id, not its URI: the id is looked up in ``GET /assets``
  filtered by ``uri_pattern`` (a substring match), keeping the exact URI; queued events name the
  asset by id only: its URI is added.
"""

from __future__ import annotations

from typing import Any

import httpx

from .._base_client import Call, Op
from .._errors import APIStatusError, ConflictError, InvalidInputError, NotFoundError
from .._versions import version
from . import Adapter, Items, Listing, items_of, listing_of, ti_key

ROOT = version("v2").generated_root


def _cursor(kwargs: dict[str, Any], cursor: str | None) -> dict[str, Any]:
    """``kwargs`` with the ``cursor`` query parameter of the lists that have one (Airflow 3.3+; older
    servers ignore it), added to the query itself: a client generated from a spec before 3.3 has no
    such argument, and the server may still have cursors."""
    if cursor is not None:
        kwargs["params"] = {**kwargs.get("params", {}), "cursor": cursor}
    return kwargs


def _call(kwargs: dict[str, Any], **extra: Any) -> Call:
    return Call.of(kwargs, root=ROOT, **extra)


#: what to do where an XCom cannot be deleted through the API
_NO_XCOM_DELETE = (
    "Airflow 3.2 added DELETE .../xcomEntries/{xcom_key}; before it, clear the task instance "
    "(client.task_instances.clear: Airflow deletes its XComs when it runs again) or run "
    "`airflow db clean --tables xcom`"
)


class V2(Adapter):
    # -- DAGs ------------------------------------------------------------------------------------
    def dags(self, offset: int, limit: int, filters: dict[str, Any]) -> Op[Items]:
        from airflow_api_v2.api.dag import get_dags
        from airflow_api_v2.models.get_dags_tags_match_mode_type_0 import GetDagsTagsMatchModeType0

        filters = dict(filters)
        if "only_active" in filters:  # Airflow 3 says the opposite: stale
            filters["exclude_stale"] = filters.pop("only_active")
        if (mode := filters.pop("tags_match", None)) is not None:
            filters["tags_match_mode"] = GetDagsTagsMatchModeType0(mode)
        kwargs = get_dags.request_kwargs(limit=limit, offset=offset, order_by=["dag_id"], **filters)
        return items_of((yield from self.ctx.request(_call(kwargs))), "dags")

    def dag(self, dag_id: str) -> Op[Any]:
        from airflow_api_v2.api.dag import get_dag

        return (yield from self.ctx.request(_call(get_dag.request_kwargs(dag_id))))

    def dag_details(self, dag_id: str) -> Op[Any]:
        from airflow_api_v2.api.dag import get_dag_details

        return (yield from self.ctx.request(_call(get_dag_details.request_kwargs(dag_id))))

    def dag_source(self, dag_id: str) -> Op[str]:
        from airflow_api_v2.api.dag_source import get_dag_source
        from airflow_api_v2.models.get_dag_source_accept import GetDagSourceAccept

        kwargs = get_dag_source.request_kwargs(dag_id, accept=GetDagSourceAccept.TEXTPLAIN)
        # the generated "accept" header does not replace the client's default "Accept: application/json"
        text: str = yield from self.ctx.request(_call(kwargs, text=True, headers={"Accept": "text/plain"}))
        return text

    def dag_tasks(self, dag_id: str) -> Op[Items]:
        from airflow_api_v2.api.task import get_tasks

        return items_of(
            (yield from self.ctx.request(_call(get_tasks.request_kwargs(dag_id, order_by="task_id")))), "tasks"
        )

    def dag_warnings(self, dag_id: str | None, warning_type: str | None, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.dag_warning import list_dag_warnings

        kwargs = list_dag_warnings.request_kwargs(dag_id=dag_id, limit=limit, offset=offset, order_by=["timestamp"])
        if warning_type is not None:  # as given: a type newer than the generated enum reaches the server
            kwargs["params"]["warning_type"] = warning_type
        return items_of((yield from self.ctx.request(_call(kwargs))), "dag_warnings")

    def delete_dag(self, dag_id: str) -> Op[None]:
        from airflow_api_v2.api.dag import delete_dag

        yield from self.ctx.request(_call(delete_dag.request_kwargs(dag_id)))

    def set_paused(self, dag_id: str, paused: bool) -> Op[Any]:
        from airflow_api_v2.api.dag import patch_dag
        from airflow_api_v2.models.dag_patch_body import DAGPatchBody

        body = DAGPatchBody.from_dict({"is_paused": paused})
        kwargs = patch_dag.request_kwargs(dag_id, body=body, update_mask=["is_paused"])
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def trigger(
        self, dag_id: str, conf: dict[str, Any] | None, logical_date: str | None, run_id: str | None, note: str | None
    ) -> Op[Any]:
        from airflow_api_v2.api.dag_run import trigger_dag_run
        from airflow_api_v2.models.trigger_dag_run_post_body import TriggerDAGRunPostBody

        body: dict[str, Any] = {"logical_date": None}
        if conf is not None:
            body["conf"] = conf
        if run_id is not None:
            body["dag_run_id"] = run_id
        if note is not None:
            body["note"] = note
        kwargs = trigger_dag_run.request_kwargs(dag_id, body=TriggerDAGRunPostBody.from_dict(body))
        kwargs["json"]["logical_date"] = logical_date  # None means "now"; keep our exact UTC "Z" form
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
        from airflow_api_v2.api.dag_run import get_dag_runs

        filters = dict(filters)
        order = filters.pop("order_by", None) or "-run_after"  # newest first, also runs without a logical date
        kwargs = _cursor(
            get_dag_runs.request_kwargs(dag_id, limit=limit, offset=offset, order_by=[order], **filters), cursor
        )
        return listing_of((yield from self.ctx.request(_call(kwargs, timeout=timeout))), "dag_runs", cursor)

    def dag_run(self, dag_id: str, run_id: str, timeout: float | None) -> Op[Any]:
        from airflow_api_v2.api.dag_run import get_dag_run

        return (yield from self.ctx.request(_call(get_dag_run.request_kwargs(dag_id, run_id), timeout=timeout)))

    def clear_dag_run(self, dag_id: str, run_id: str, dry_run: bool, only_failed: bool) -> Op[Any]:
        from airflow_api_v2.api.dag_run import clear_dag_run
        from airflow_api_v2.models.dag_run_clear_body import DAGRunClearBody

        body = DAGRunClearBody.from_dict({"dry_run": dry_run, "only_failed": only_failed})
        return (yield from self.ctx.request(_call(clear_dag_run.request_kwargs(dag_id, run_id, body=body))))

    def set_dag_run_state(self, dag_id: str, run_id: str, state: str, note: str | None) -> Op[Any]:
        from airflow_api_v2.api.dag_run import patch_dag_run
        from airflow_api_v2.models.dag_run_patch_body import DAGRunPatchBody

        fields = {"state": state, **({"note": note} if note is not None else {})}
        body = DAGRunPatchBody.from_dict(fields)
        kwargs = patch_dag_run.request_kwargs(dag_id, run_id, body=body, update_mask=[*fields])
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def delete_dag_run(self, dag_id: str, run_id: str) -> Op[None]:
        from airflow_api_v2.api.dag_run import delete_dag_run

        yield from self.ctx.request(_call(delete_dag_run.request_kwargs(dag_id, run_id)))

    # -- task instances --------------------------------------------------------------------------
    def task_instances(
        self, dag_id: str, run_id: str, filters: dict[str, Any], offset: int, limit: int, cursor: str | None = None
    ) -> Op[Listing]:
        from airflow_api_v2.api.task_instance import get_task_instances, get_task_instances_batch
        from airflow_api_v2.models.task_instances_batch_body import TaskInstancesBatchBody

        from ..types import to_datetime

        named = dict(filters)
        task_ids = named.pop("task_ids", None)
        several = "run_ids" in named or (task_ids is not None and len(task_ids) != 1)
        if several or (dag_id == "~" and run_id != "~"):
            # the GET takes one task_id, and a run only of a given DAG (400 "dag_id is required when
            # dag_run_id is specified"): the rest goes to the batch POST
            body: dict[str, Any] = {
                **named,
                "page_offset": offset,
                "page_limit": limit,
                # the POST's body takes null for "no state" (the GET's query takes "none")
                **({"state": [None if s == "none" else s for s in named["state"]]} if "state" in named else {}),
            }
            if task_ids is not None:
                body["task_ids"] = task_ids
            if "run_ids" in named:
                body["dag_run_ids"] = body.pop("run_ids")
            if dag_id != "~":
                body["dag_ids"] = [dag_id]
            if run_id != "~":
                body["dag_run_ids"] = [run_id]
            kwargs = get_task_instances_batch.request_kwargs("~", "~", body=TaskInstancesBatchBody.from_dict(body))
            # a POST that only reads: safe to repeat (it has no cursor: by offset)
            return Listing(*items_of((yield from self.ctx.request(_call(kwargs, idempotent=True))), "task_instances"))
        params: dict[str, Any] = {n: to_datetime(v) if n.endswith(("_gte", "_lte")) else v for n, v in named.items()}
        if task_ids is not None:
            params["task_id"] = task_ids[0]
        kwargs = _cursor(
            get_task_instances.request_kwargs(dag_id, run_id, limit=limit, offset=offset, **params), cursor
        )
        return listing_of((yield from self.ctx.request(_call(kwargs))), "task_instances", cursor)

    def task_instance(self, dag_id: str, run_id: str, task_id: str, map_index: int) -> Op[Any]:
        from airflow_api_v2.api.task_instance import get_mapped_task_instance, get_task_instance

        if map_index < 0:
            kwargs = get_task_instance.request_kwargs(dag_id, run_id, task_id)
        else:
            kwargs = get_mapped_task_instance.request_kwargs(dag_id, run_id, task_id, map_index)
        return (yield from self.ctx.request(_call(kwargs)))

    def task_log(self, dag_id: str, run_id: str, task_id: str, try_number: int, map_index: int) -> Op[str]:
        from airflow_api_v2.api.task_instance import get_log

        kwargs = get_log.request_kwargs(dag_id, run_id, task_id, try_number, full_content=True, map_index=map_index)
        body = yield from self.ctx.request(_call(kwargs, headers={"Accept": "application/json"}))
        return log_text(body)

    def clear_task_instances(self, dag_id: str, fields: dict[str, Any]) -> Op[Items]:
        from airflow_api_v2.api.task_instance import post_clear_task_instances
        from airflow_api_v2.models.clear_task_instances_body import ClearTaskInstancesBody

        kwargs = post_clear_task_instances.request_kwargs(dag_id, body=ClearTaskInstancesBody.from_dict(fields))
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
        from airflow_api_v2.api.task_instance import (
            patch_task_instance,
            patch_task_instance_by_map_index,
            patch_task_instance_dry_run,
            patch_task_instance_dry_run_by_map_index,
        )
        from airflow_api_v2.models.patch_task_instance_body import PatchTaskInstanceBody

        body = PatchTaskInstanceBody.from_dict({"new_state": state, **include})
        if map_index < 0:
            kwargs = patch_task_instance_dry_run.request_kwargs(dag_id, run_id, task_id, body=body)
        else:
            kwargs = patch_task_instance_dry_run_by_map_index.request_kwargs(
                dag_id, run_id, task_id, map_index, body=body
            )
        # the PATCH answers only the task instance named in the path, not what include_* changed
        # with it, and 409 if that one is already in the state: the dry run says what will change
        would = items_of((yield from self.ctx.request(_call(kwargs, idempotent=True))), "task_instances")[0]
        if dry_run or not would:
            return would
        if map_index < 0:
            kwargs = patch_task_instance.request_kwargs(dag_id, run_id, task_id, body=body)
        else:
            kwargs = patch_task_instance_by_map_index.request_kwargs(dag_id, run_id, task_id, map_index, body=body)
        try:
            answer = yield from self.ctx.request(_call(kwargs, idempotent=True))
        except ConflictError:  # already in the state: set by a repeat of this PATCH, or by someone else
            return (yield from self._current(dag_id, would))
        changed, _ = items_of(answer, "task_instances")
        keys = {ti_key(ti) for ti in would}
        if keys <= {ti_key(ti) for ti in changed}:  # nothing but the task of the path changed
            return [ti for ti in changed if ti_key(ti) in keys]
        return (yield from self._current(dag_id, would))

    def set_task_instance_note(
        self, dag_id: str, run_id: str, task_id: str, map_index: int, note: str | None
    ) -> Op[Any]:
        from airflow_api_v2.api.task_instance import patch_task_instance, patch_task_instance_by_map_index
        from airflow_api_v2.models.patch_task_instance_body import PatchTaskInstanceBody

        body = PatchTaskInstanceBody.from_dict({"note": note or ""})  # "" clears it
        if map_index < 0:
            kwargs = patch_task_instance.request_kwargs(dag_id, run_id, task_id, body=body, update_mask=["note"])
        else:
            kwargs = patch_task_instance_by_map_index.request_kwargs(
                dag_id, run_id, task_id, map_index, body=body, update_mask=["note"]
            )
        items, _ = items_of((yield from self.ctx.request(_call(kwargs, idempotent=True))), "task_instances")
        # the answer is a list: the task's every map index when the path names none
        return next((ti for ti in items if ti.get("map_index") == map_index), items[0])

    def task_instance_tries(self, dag_id: str, run_id: str, task_id: str, map_index: int) -> Op[list[Any]]:
        from airflow_api_v2.api.task_instance import get_mapped_task_instance_tries, get_task_instance_tries

        if map_index < 0:
            kwargs = get_task_instance_tries.request_kwargs(dag_id, run_id, task_id)
        else:
            kwargs = get_mapped_task_instance_tries.request_kwargs(dag_id, run_id, task_id, map_index)
        return items_of((yield from self.ctx.request(_call(kwargs))), "task_instances")[0]

    # -- pools -----------------------------------------------------------------------------------
    def pools(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.pool import get_pools

        return items_of(
            (yield from self.ctx.request(_call(get_pools.request_kwargs(limit=limit, offset=offset)))), "pools"
        )

    def pool(self, name: str) -> Op[Any]:
        from airflow_api_v2.api.pool import get_pool

        return (yield from self.ctx.request(_call(get_pool.request_kwargs(name))))

    def create_pool(self, fields: dict[str, Any], idempotent: bool) -> Op[Any]:
        from airflow_api_v2.api.pool import post_pool
        from airflow_api_v2.models.pool_body import PoolBody

        kwargs = post_pool.request_kwargs(body=PoolBody.from_dict(fields))
        return (yield from self.ctx.request(_call(kwargs, idempotent=idempotent)))

    def update_pool(self, name: str, changes: dict[str, Any]) -> Op[Any]:
        from airflow_api_v2.api.pool import patch_pool
        from airflow_api_v2.models.pool_patch_body import PoolPatchBody

        current = yield from self.pool(name)
        full = {"pool": name, "slots": current.get("slots"), "include_deferred": bool(current.get("include_deferred"))}
        body = PoolPatchBody.from_dict({**full, **changes})
        kwargs = patch_pool.request_kwargs(name, body=body, update_mask=[*changes])
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def delete_pool(self, name: str) -> Op[None]:
        from airflow_api_v2.api.pool import delete_pool

        yield from self.ctx.request(_call(delete_pool.request_kwargs(name)))

    # -- variables -------------------------------------------------------------------------------
    def variables(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.variable import get_variables

        kwargs = get_variables.request_kwargs(limit=limit, offset=offset, order_by=["key"])
        return items_of((yield from self.ctx.request(_call(kwargs))), "variables")

    def variable(self, key: str) -> Op[Any]:
        from airflow_api_v2.api.variable import get_variable

        return (yield from self.ctx.request(_call(get_variable.request_kwargs(key))))

    def create_variable(self, fields: dict[str, Any], retry_safe: bool) -> Op[Any]:
        from airflow_api_v2.api.variable import post_variable
        from airflow_api_v2.models.variable_body import VariableBody

        kwargs = post_variable.request_kwargs(body=VariableBody.from_dict(fields))
        return (yield from self.ctx.request(_call(kwargs, idempotent=retry_safe or None)))

    def update_variable(self, key: str, body: dict[str, Any], mask: list[str]) -> Op[Any]:
        from airflow_api_v2.api.variable import patch_variable
        from airflow_api_v2.models.variable_body import VariableBody

        kwargs = patch_variable.request_kwargs(key, body=VariableBody.from_dict(body), update_mask=mask)
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def delete_variable(self, key: str) -> Op[None]:
        from airflow_api_v2.api.variable import delete_variable

        yield from self.ctx.request(_call(delete_variable.request_kwargs(key)))

    # -- connections -----------------------------------------------------------------------------
    def connections(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.connection import get_connections

        kwargs = get_connections.request_kwargs(limit=limit, offset=offset, order_by=["connection_id"])
        return items_of((yield from self.ctx.request(_call(kwargs))), "connections")

    def connection(self, conn_id: str) -> Op[Any]:
        from airflow_api_v2.api.connection import get_connection

        return (yield from self.ctx.request(_call(get_connection.request_kwargs(conn_id))))

    def create_connection(self, body: dict[str, Any]) -> Op[Any]:
        from airflow_api_v2.api.connection import post_connection
        from airflow_api_v2.models.connection_body import ConnectionBody

        return (yield from self.ctx.request(_call(post_connection.request_kwargs(body=ConnectionBody.from_dict(body)))))

    def update_connection(self, conn_id: str, changes: dict[str, Any]) -> Op[Any]:
        from airflow_api_v2.api.connection import patch_connection
        from airflow_api_v2.models.connection_body import ConnectionBody

        body = {"connection_id": conn_id, **changes}
        if "conn_type" not in body:
            # Airflow 3 requires conn_type in every PATCH body; update_mask keeps it unchanged
            current = yield from self.connection(conn_id)
            body["conn_type"] = current.get("conn_type")
        kwargs = patch_connection.request_kwargs(conn_id, body=ConnectionBody.from_dict(body), update_mask=[*changes])
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def delete_connection(self, conn_id: str) -> Op[None]:
        from airflow_api_v2.api.connection import delete_connection

        yield from self.ctx.request(_call(delete_connection.request_kwargs(conn_id)))

    # -- assets ----------------------------------------------------------------------------------
    def assets(self, uri_pattern: str | None, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.asset import get_assets

        kwargs = get_assets.request_kwargs(limit=limit, offset=offset, order_by=["uri"], uri_pattern=uri_pattern)
        return items_of((yield from self.ctx.request(_call(kwargs))), "assets")

    def asset(self, uri: str) -> Op[Any]:
        from airflow_api_v2.api.asset import get_assets

        found: list[Any] = []
        offset, size = 0, self.ctx.page_size
        while True:  # uri_pattern is a substring match (and "_" a wildcard): keep the exact URI
            kwargs = get_assets.request_kwargs(limit=size, offset=offset, order_by=["id"], uri_pattern=uri)
            items, total = items_of((yield from self.ctx.request(_call(kwargs))), "assets")
            found += [a for a in items if isinstance(a, dict) and a.get("uri") == uri]
            offset += len(items)
            if not items or (total is not None and offset >= total):
                break
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(repr(a.get("name")) for a in found)
            raise InvalidInputError(
                f"several assets have the URI {uri!r} (names {names}); Airflow 3 tells assets apart by name too: "
                "use client.v2 with the asset id"
            )
        request = self.ctx.build_request(_call(kwargs))
        detail = f"no asset with the URI {uri!r}"
        raise NotFoundError(
            f"{detail} in {self.ctx.where(request)} (Airflow 3 addresses assets by id: the client looked the URI up); "
            "list the assets with client.assets.list()",
            response=httpx.Response(404, json={"detail": detail}, request=request),
            body={"detail": detail},
            safe_to_retry=True,
        )

    def asset_events(self, filters: dict[str, Any], offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.asset import get_asset_events

        params: dict[str, Any] = {}
        if filters.get("uri") is not None:
            params["asset_id"] = (yield from self.asset(filters["uri"]))["id"]
        for key, param in (
            ("dag_id", "source_dag_id"),
            ("run_id", "source_run_id"),
            ("after", "timestamp_gte"),
            ("before", "timestamp_lt"),
        ):
            if filters.get(key) is not None:
                params[param] = filters[key]
        kwargs = get_asset_events.request_kwargs(limit=limit, offset=offset, order_by=["-timestamp"], **params)
        return items_of((yield from self.ctx.request(_call(kwargs))), "asset_events")

    def create_asset_event(self, uri: str, extra: dict[str, Any]) -> Op[Any]:
        from airflow_api_v2.api.asset import create_asset_event
        from airflow_api_v2.models.create_asset_events_body import CreateAssetEventsBody

        asset = yield from self.asset(uri)
        body = CreateAssetEventsBody.from_dict({"asset_id": asset["id"], "extra": extra})
        return (yield from self.ctx.request(_call(create_asset_event.request_kwargs(body=body))))

    def queued_asset_events(self, dag_id: str) -> Op[Items]:
        from airflow_api_v2.api.asset import get_asset, get_dag_asset_queued_events

        body = yield from self.ctx.request(_call(get_dag_asset_queued_events.request_kwargs(dag_id)))
        items, total = items_of(body, "queued_events")
        uris: dict[Any, Any] = {}
        for event in items:  # each names its asset by id: add the URI (one GET per asset)
            asset_id = event.get("asset_id") if isinstance(event, dict) else None
            if asset_id is not None and asset_id not in uris:
                uris[asset_id] = (yield from self.ctx.request(_call(get_asset.request_kwargs(asset_id)))).get("uri")
        return [{**e, "uri": uris.get(e.get("asset_id"))} if isinstance(e, dict) else e for e in items], total

    def clear_queued_asset_events(self, dag_id: str) -> Op[None]:
        from airflow_api_v2.api.asset import delete_dag_asset_queued_events

        yield from self.ctx.request(_call(delete_dag_asset_queued_events.request_kwargs(dag_id)))

    # -- backfills -------------------------------------------------------------------------------
    def backfills(self, dag_id: str, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.backfill import list_backfills

        kwargs = list_backfills.request_kwargs(dag_id=dag_id, limit=limit, offset=offset, order_by=["-id"])
        return items_of((yield from self.ctx.request(_call(kwargs))), "backfills")

    def backfill(self, backfill_id: int) -> Op[Any]:
        from airflow_api_v2.api.backfill import get_backfill

        return (yield from self.ctx.request(_call(get_backfill.request_kwargs(backfill_id))))

    def create_backfill(self, fields: dict[str, Any], dry_run: bool) -> Op[Any]:
        from airflow_api_v2.api.backfill import create_backfill, create_backfill_dry_run
        from airflow_api_v2.models.backfill_post_body import BackfillPostBody

        body = BackfillPostBody.from_dict(fields)
        if dry_run:  # reads only: safe to repeat
            kwargs = create_backfill_dry_run.request_kwargs(body=body)
            return (yield from self.ctx.request(_call(kwargs, idempotent=True)))
        kwargs = create_backfill.request_kwargs(body=body)
        # Not repeated after a lost answer or a 503: the server may have created it (a repeat would get 409)
        return (yield from self.ctx.request(_call(kwargs, idempotent=False)))

    def set_backfill_state(self, backfill_id: int, action: str) -> Op[Any]:
        from airflow_api_v2.api.backfill import cancel_backfill, pause_backfill, unpause_backfill

        endpoint = {"pause": pause_backfill, "unpause": unpause_backfill, "cancel": cancel_backfill}[action]
        return (yield from self.ctx.request(_call(endpoint.request_kwargs(backfill_id))))

    # -- configuration and health ----------------------------------------------------------------
    expose_config_option = "[api] expose_config"

    def config(self, section: str | None) -> Op[Any]:
        from airflow_api_v2.api.config import get_config

        kwargs = get_config.request_kwargs() if section is None else get_config.request_kwargs(section=section)
        return (yield from self.ctx.request(_call(kwargs)))

    def health(self) -> Op[Any]:
        from airflow_api_v2.api.monitor import get_health

        return (yield from self.ctx.request(_call(get_health.request_kwargs())))

    # -- XComs -----------------------------------------------------------------------------------
    def xcoms(
        self, dag_id: str, run_id: str, task_id: str, map_index: int | None, offset: int, limit: int
    ) -> Op[Items]:
        from airflow_api_v2.api.x_com import get_xcom_entries

        options: dict[str, Any] = {} if map_index is None else {"map_index": map_index}
        kwargs = get_xcom_entries.request_kwargs(dag_id, run_id, task_id, limit=limit, offset=offset, **options)
        return items_of((yield from self.ctx.request(_call(kwargs))), "xcom_entries")

    def xcom(self, dag_id: str, run_id: str, task_id: str, key: str, map_index: int) -> Op[Any]:
        from airflow_api_v2.api.x_com import get_xcom_entry

        # the defaults (deserialize=false, stringify=false): the stored JSON value as it is
        kwargs = get_xcom_entry.request_kwargs(dag_id, run_id, task_id, key, map_index=map_index)
        return (yield from self.ctx.request(_call(kwargs)))

    def create_xcom(self, dag_id: str, run_id: str, task_id: str, key: str, value: Any, map_index: int) -> Op[Any]:
        from airflow_api_v2.api.x_com import create_xcom_entry
        from airflow_api_v2.models.x_com_create_body import XComCreateBody

        body = XComCreateBody(key=key, value=value, map_index=map_index)
        kwargs = create_xcom_entry.request_kwargs(dag_id, run_id, task_id, body=body)
        # repeated after a lost answer it meets a 409, which xcom.set() turns into an update: safe to retry
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def update_xcom(self, dag_id: str, run_id: str, task_id: str, key: str, value: Any, map_index: int) -> Op[Any]:
        from airflow_api_v2.api.x_com import update_xcom_entry
        from airflow_api_v2.models.x_com_update_body import XComUpdateBody

        body = XComUpdateBody(value=value, map_index=map_index)
        kwargs = update_xcom_entry.request_kwargs(dag_id, run_id, task_id, key, body=body)
        return (yield from self.ctx.request(_call(kwargs, idempotent=True)))

    def delete_xcom(self, dag_id: str, run_id: str, task_id: str, key: str, map_index: int) -> Op[None]:
        try:
            from airflow_api_v2.api.x_com import delete_xcom_entry
        except ImportError:  # a client generated from Airflow 3.0/3.1, whose spec has no such operation
            self._unsupported("deleting an XCom", _NO_XCOM_DELETE + "; regenerate the client from Airflow >= 3.2")
        kwargs = delete_xcom_entry.request_kwargs(dag_id, run_id, task_id, key, map_index=map_index)
        try:
            yield from self.ctx.request(_call(kwargs))
        except APIStatusError as exc:
            if exc.status_code != 405:
                raise
            # Airflow 3.0 and 3.1 have no DELETE for an XCom entry (405 Method Not Allowed)
            self._unsupported("deleting an XCom", _NO_XCOM_DELETE)

    # -- import errors, event logs, providers, plugins -------------------------------------------
    def import_errors(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.import_error import get_import_errors

        kwargs = get_import_errors.request_kwargs(limit=limit, offset=offset, order_by=["import_error_id"])
        return items_of((yield from self.ctx.request(_call(kwargs))), "import_errors")

    def import_error(self, import_error_id: int) -> Op[Any]:
        from airflow_api_v2.api.import_error import get_import_error

        return (yield from self.ctx.request(_call(get_import_error.request_kwargs(import_error_id))))

    def event_logs(self, filters: dict[str, Any], offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.event_log import get_event_logs

        kwargs = get_event_logs.request_kwargs(limit=limit, offset=offset, order_by=["-event_log_id"], **filters)
        return items_of((yield from self.ctx.request(_call(kwargs))), "event_logs")

    def event_log(self, event_log_id: int) -> Op[Any]:
        from airflow_api_v2.api.event_log import get_event_log

        return (yield from self.ctx.request(_call(get_event_log.request_kwargs(event_log_id))))

    def providers(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.provider import get_providers

        kwargs = get_providers.request_kwargs(limit=limit, offset=offset)
        return items_of((yield from self.ctx.request(_call(kwargs))), "providers")

    def plugins(self, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.plugin import get_plugins

        kwargs = get_plugins.request_kwargs(limit=limit, offset=offset)
        return items_of((yield from self.ctx.request(_call(kwargs))), "plugins")


def log_text(body: Any) -> str:
    """Airflow 3's structured log lines as text, like its UI shows them."""
    content = body.get("content") if isinstance(body, dict) else body
    if isinstance(content, str):
        return content
    lines = []
    for item in content or []:
        if not isinstance(item, dict) or "event" not in item:
            lines.append(str(item))
            continue
        head = " ".join(
            part
            for part in (
                f"[{item['timestamp']}]" if item.get("timestamp") else "",
                str(item.get("level", "")).upper(),
                f"{{{item['logger']}}}" if item.get("logger") else "",
            )
            if part
        )
        lines.append(f"{head} - {item['event']}" if head else str(item["event"]))
        if isinstance(item.get("error_detail"), list):
            lines += _traceback(item["error_detail"])
    return "\n".join(lines)


def _traceback(errors: list[Any]) -> list[str]:
    """A log line's ``error_detail`` (the exception of a failed task, frame by frame) as the Python
    traceback Airflow's UI shows: the exception's type and message end the failed task's log."""
    lines: list[str] = []
    for error in errors:
        if not isinstance(error, dict):
            continue
        if lines:
            lines.append("")
            lines.append(
                "The above exception was the direct cause of the following exception:"
                if error.get("is_cause")
                else "During handling of the above exception, another exception occurred:"
            )
            lines.append("")
        lines.append("Traceback (most recent call last):")
        for frame in error.get("frames") or []:
            if isinstance(frame, dict):
                lines.append(f'  File "{frame.get("filename")}", line {frame.get("lineno")}, in {frame.get("name")}')
        value = error.get("exc_value")
        lines.append(f"{error.get('exc_type')}: {value}" if value not in (None, "") else str(error.get("exc_type")))
    return lines
