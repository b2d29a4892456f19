"""``/api/v2`` (Airflow 3): requests built by the generated ``airflow_api_v2`` endpoints.

Quirks of Airflow 3 handled here:

* a trigger must say ``logical_date`` (``null`` means "now");
* a PATCH body is validated as a whole object whatever ``update_mask`` says (a pool needs
  ``pool``, ``slots`` and ``include_deferred``, openapi/v2/patches/0004; a connection its
  ``conn_type``): the current values are sent for what does not change, and the mask limits
  what is written;
* logs are served as JSON (structured lines) or NDJSON only (406 for ``text/plain``): they are
  rendered to text as Airflow's UI shows them.
"""

from __future__ import annotations

from typing import Any

from .._base_client import Call, Op
from .._errors import ConflictError
from .._versions import version
from . import Adapter, Items, items_of, states_param, ti_key

ROOT = version("v2").generated_root


def _call(kwargs: dict[str, Any], **extra: Any) -> Call:
    return Call.of(kwargs, root=ROOT, **extra)


class V2(Adapter):
    # -- DAGs ------------------------------------------------------------------------------------
    def dags(self, offset: int, limit: int, filters: dict[str, Any]) -> Op[Items]:
        from airflow_api_v2.api.dag import get_dags

        kwargs = get_dags.request_kwargs(limit=limit, offset=offset, order_by=["dag_id"], **filters)
        return items_of((yield from self.ctx.request(_call(kwargs))), "dags")

    def dag(self, dag_id: str) -> Op[Any]:
        from airflow_api_v2.api.dag import get_dag

        return (yield from self.ctx.request(_call(get_dag.request_kwargs(dag_id))))

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
    def dag_runs(self, dag_id: str, states: list[str] | None, offset: int, limit: int) -> Op[Items]:
        from airflow_api_v2.api.dag_run import get_dag_runs

        kwargs = get_dag_runs.request_kwargs(
            dag_id, limit=limit, offset=offset, order_by=["-run_after"], **states_param(states)
        )
        return items_of((yield from self.ctx.request(_call(kwargs))), "dag_runs")

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
    def task_instances(self, dag_id: str, run_id: str, filters: dict[str, Any], offset: int, limit: int) -> Op[Items]:
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
            # a POST that only reads: safe to repeat
            return items_of((yield from self.ctx.request(_call(kwargs, idempotent=True))), "task_instances")
        params: dict[str, Any] = {n: to_datetime(v) if n.endswith(("_gte", "_lte")) else v for n, v in named.items()}
        if task_ids is not None:
            params["task_id"] = task_ids[0]
        kwargs = get_task_instances.request_kwargs(dag_id, run_id, limit=limit, offset=offset, **params)
        return items_of((yield from self.ctx.request(_call(kwargs))), "task_instances")

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

    # -- configuration and health ----------------------------------------------------------------
    expose_config_option = "[api] expose_config"

    def config(self, section: str | None) -> Op[Any]:
        from airflow_api_v2.api.config import get_config

        kwargs = get_config.request_kwargs() if section is None else get_config.request_kwargs(section=section)
        return (yield from self.ctx.request(_call(kwargs)))

    def health(self) -> Op[Any]:
        from airflow_api_v2.api.monitor import get_health

        return (yield from self.ctx.request(_call(get_health.request_kwargs())))


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
    return "\n".join(lines)
