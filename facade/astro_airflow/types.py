"""What the client returns: small frozen classes owned by astro_airflow.

They hold the fields that Airflow 2 (``/api/v1``), Airflow 3 (``/api/v2``) and the experimental
API have in common, under one name, with timezone-aware datetimes. They do not change when the
generated clients are regenerated for a new Airflow. Everything else the server said is kept:

* ``.data`` is the JSON object as the server sent it;
* ``.raw`` is the same parsed into the generated model (``airflow_api_v1``/``airflow_api_v2``),
  or ``None`` when the server's answer does not fit the model (version skew) or has no model
  (the experimental API).

Values a newer server may add (a new run state, a new run type) are kept as plain strings:
``run.state`` is a ``DagRunState`` member when known, else the server's string.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

import attrs

__all__ = [
    "Connection",
    "Dag",
    "DagRun",
    "DagRunState",
    "Health",
    "Pool",
    "TaskInstance",
    "TaskInstanceState",
    "Variable",
]


class DagRunState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCESS = "success"
    FAILED = "failed"


class TaskInstanceState(StrEnum):
    REMOVED = "removed"
    SCHEDULED = "scheduled"
    QUEUED = "queued"
    RUNNING = "running"
    SUCCESS = "success"
    RESTARTING = "restarting"
    FAILED = "failed"
    UP_FOR_RETRY = "up_for_retry"
    UP_FOR_RESCHEDULE = "up_for_reschedule"
    UPSTREAM_FAILED = "upstream_failed"
    SKIPPED = "skipped"
    DEFERRED = "deferred"


# (type name, api) -> "module:Class" of the generated model that ``.raw`` parses into
_RAW_MODELS: dict[tuple[str, str], str] = {
    ("Dag", "v1"): "airflow_api_v1.models.dag:DAG",
    ("Dag", "v2"): "airflow_api_v2.models.dag_response:DAGResponse",
    ("DagRun", "v1"): "airflow_api_v1.models.dag_run:DAGRun",
    ("DagRun", "v2"): "airflow_api_v2.models.dag_run_response:DAGRunResponse",
    ("TaskInstance", "v1"): "airflow_api_v1.models.task_instance:TaskInstance",
    ("TaskInstance", "v2"): "airflow_api_v2.models.task_instance_response:TaskInstanceResponse",
    ("Pool", "v1"): "airflow_api_v1.models.pool:Pool",
    ("Pool", "v2"): "airflow_api_v2.models.pool_response:PoolResponse",
    ("Variable", "v1"): "airflow_api_v1.models.variable:Variable",
    ("Variable", "v2"): "airflow_api_v2.models.variable_response:VariableResponse",
    ("Connection", "v1"): "airflow_api_v1.models.connection:Connection",
    ("Connection", "v2"): "airflow_api_v2.models.connection_response:ConnectionResponse",
    ("Health", "v1"): "airflow_api_v1.models.health_info:HealthInfo",
    ("Health", "v2"): "airflow_api_v2.models.health_info_response:HealthInfoResponse",
}


@attrs.frozen(kw_only=True)
class _Resource:
    #: the JSON object the server sent
    data: Mapping[str, Any] = attrs.field(repr=False, eq=False, factory=dict)
    #: which API it came from: "v1", "v2" or "experimental"
    api: str = attrs.field(repr=False, eq=False, default="v1")

    @property
    def raw(self) -> Any:
        """``data`` parsed into the generated model, or None if it does not fit (or has none)."""
        target = _RAW_MODELS.get((type(self).__name__, self.api))
        if target is None:
            return None
        module, name = target.split(":")
        try:
            return getattr(importlib.import_module(module), name).from_dict(dict(self.data))
        except (KeyError, ValueError, TypeError, AttributeError):
            return None


@attrs.frozen(kw_only=True)
class Dag(_Resource):
    dag_id: str
    is_paused: bool | None = None
    is_active: bool | None = None
    description: str | None = None
    fileloc: str | None = None
    owners: list[str] = attrs.field(factory=list)
    tags: list[str] = attrs.field(factory=list)
    #: the schedule as Airflow summarises it (cron, preset, timetable), None if unscheduled
    schedule: str | None = None
    next_dagrun_logical_date: datetime | None = None


@attrs.frozen(kw_only=True)
class DagRun(_Resource):
    dag_id: str
    run_id: str
    state: DagRunState | str | None = None
    #: ``logical_date`` on Airflow ≥ 2.2 and 3, ``execution_date`` before (None: a 3.x asset run)
    logical_date: datetime | None = None
    run_type: str | None = None
    start_date: datetime | None = None
    end_date: datetime | None = None
    queued_at: datetime | None = None
    data_interval_start: datetime | None = None
    data_interval_end: datetime | None = None
    conf: Mapping[str, Any] = attrs.field(factory=dict)
    note: str | None = None

    @property
    def finished(self) -> bool:
        """True once the run is in a final state (success or failed)."""
        return self.state in (DagRunState.SUCCESS, DagRunState.FAILED)

    @property
    def succeeded(self) -> bool:
        return self.state == DagRunState.SUCCESS


@attrs.frozen(kw_only=True)
class TaskInstance(_Resource):
    dag_id: str
    run_id: str
    task_id: str
    map_index: int = -1
    state: TaskInstanceState | str | None = None
    try_number: int | None = None
    start_date: datetime | None = None
    end_date: datetime | None = None
    duration: float | None = None
    operator: str | None = None
    hostname: str | None = None
    pool: str | None = None


@attrs.frozen(kw_only=True)
class Pool(_Resource):
    name: str
    slots: int
    description: str | None = None
    occupied_slots: int | None = None
    running_slots: int | None = None
    queued_slots: int | None = None
    open_slots: int | None = None
    include_deferred: bool | None = None


@attrs.frozen(kw_only=True)
class Variable(_Resource):
    key: str
    #: the stored string (Airflow 3 answers ``***`` for keys that look secret)
    value: str | None = attrs.field(default=None, repr=False)
    description: str | None = None

    def json(self) -> Any:
        """The value parsed as JSON (``Variable.get(key, deserialize_json=True)`` in a task); raises
        ``ValueError`` if it is not JSON."""
        if self.value is None:
            raise ValueError(f"variable {self.key!r} has no value")
        return json.loads(self.value)


@attrs.frozen(kw_only=True)
class Connection(_Resource):
    conn_id: str
    conn_type: str | None = None
    host: str | None = None
    login: str | None = None
    schema: str | None = None
    port: int | None = None
    description: str | None = None
    #: never shown in repr; Airflow does not return real passwords (``None`` or ``***``)
    password: str | None = attrs.field(default=None, repr=False)
    #: a JSON object as a string (secret-looking keys answered as ``***``); see ``extra_dejson``
    extra: str | None = attrs.field(default=None, repr=False)

    @property
    def extra_dejson(self) -> dict[str, Any]:
        """``extra`` as a dict, like Airflow's ``Connection.extra_dejson``: ``{}`` if empty or not a
        JSON object."""
        try:
            value = json.loads(self.extra) if self.extra else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


@attrs.frozen(kw_only=True)
class Health(_Resource):
    #: "healthy" / "unhealthy" for the metadata database
    metadatabase: str | None = None
    #: "healthy" / "unhealthy" for the scheduler
    scheduler: str | None = None
    latest_scheduler_heartbeat: datetime | None = None

    @property
    def healthy(self) -> bool:
        return self.metadatabase == "healthy" and self.scheduler == "healthy"
