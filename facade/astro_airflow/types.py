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

Each field is read from ``.data`` when first used (then kept), and reading never raises: a value
of the wrong type or a missing key reads as ``None`` (or the field's empty value). Iterating
10,000 task instances to look at their state therefore costs what reading the states costs.
Equality, ``repr`` and ``attrs.asdict``/``attrs.evolve`` read every field, and all types can
also be built directly: ``Pool(name="etl", slots=4)``.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, ClassVar, Self, TypeVar

import attrs

from . import _versions

__all__ = [
    "Asset",
    "AssetEvent",
    "Backfill",
    "Connection",
    "Dag",
    "DagDetails",
    "DagImportError",
    "DagRun",
    "DagRunState",
    "DagWarning",
    "EventLog",
    "Health",
    "Plugin",
    "Pool",
    "Provider",
    "QueuedEvent",
    "ReprocessBehavior",
    "Task",
    "TaskInstance",
    "TaskInstanceState",
    "TaskInstanceTry",
    "Variable",
    "XCom",
]


class DagRunState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCESS = "success"
    FAILED = "failed"


class ReprocessBehavior(StrEnum):
    """Which dates of a backfill's range run again when they already have a run (Airflow 3)."""

    NONE = "none"
    FAILED = "failed"
    COMPLETED = "completed"


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


# type name -> {api: "module:Class" of the generated model that ``.raw`` parses into}, under the
# API's generated package (``_versions``)
_RAW_MODELS: dict[str, dict[str, str]] = {
    "Dag": {"v1": "dag:DAG", "v2": "dag_response:DAGResponse"},
    "DagDetails": {"v1": "dag_detail:DAGDetail", "v2": "dag_details_response:DAGDetailsResponse"},
    "Task": {"v1": "task:Task", "v2": "task_response:TaskResponse"},
    "DagWarning": {"v1": "dag_warning:DagWarning", "v2": "dag_warning_response:DAGWarningResponse"},
    "DagRun": {"v1": "dag_run:DAGRun", "v2": "dag_run_response:DAGRunResponse"},
    "TaskInstance": {"v1": "task_instance:TaskInstance", "v2": "task_instance_response:TaskInstanceResponse"},
    "TaskInstanceTry": {
        "v1": "task_instance_history:TaskInstanceHistory",
        "v2": "task_instance_history_response:TaskInstanceHistoryResponse",
    },
    "Pool": {"v1": "pool:Pool", "v2": "pool_response:PoolResponse"},
    "Variable": {"v1": "variable:Variable", "v2": "variable_response:VariableResponse"},
    "Connection": {"v1": "connection:Connection", "v2": "connection_response:ConnectionResponse"},
    "Health": {"v1": "health_info:HealthInfo", "v2": "health_info_response:HealthInfoResponse"},
    "Asset": {"v1": "dataset:Dataset", "v2": "asset_response:AssetResponse"},
    "AssetEvent": {"v1": "dataset_event:DatasetEvent", "v2": "asset_event_response:AssetEventResponse"},
    "QueuedEvent": {"v1": "queued_event:QueuedEvent", "v2": "queued_event_response:QueuedEventResponse"},
    "Backfill": {"v2": "backfill_response:BackfillResponse"},
    # one model reads both a listed entry (no value) and a fetched one (its value in additional_properties)
    "XCom": {"v1": "x_com:XCom", "v2": "x_com_response:XComResponse"},
    "DagImportError": {"v1": "import_error:ImportError_", "v2": "import_error_response:ImportErrorResponse"},
    "EventLog": {"v1": "event_log:EventLog", "v2": "event_log_response:EventLogResponse"},
    "Provider": {"v1": "provider:Provider", "v2": "provider_response:ProviderResponse"},
    "Plugin": {"v1": "plugin_collection_item:PluginCollectionItem", "v2": "plugin_response:PluginResponse"},
}

E = TypeVar("E", bound=StrEnum)
R = TypeVar("R", bound="_Resource")
Reader = Callable[[Mapping[str, Any]], Any]
_READ = "astro_airflow.read"  # attrs metadata key: how a field is read from the server's JSON


# -- tolerant conversion of server values (never raise) ------------------------------------------
def to_datetime(value: Any) -> datetime | None:
    """A server timestamp as an aware datetime; None for null or unreadable values."""
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            from dateutil.parser import isoparse

            parsed = isoparse(value)
        except (ValueError, OverflowError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def to_enum(cls: type[E], value: Any) -> E | str | None:
    """A known enum member, or the server's own string for a value newer than our enum."""
    if value is None:
        return None
    try:
        return cls(value)
    except ValueError:
        return str(value)


def to_int(value: Any) -> int | None:
    try:
        return None if value is None or isinstance(value, bool) else int(value)
    except (TypeError, ValueError, OverflowError):
        return None


#: ISO 8601 durations as Airflow 3 sends them (``PT1H30M``, ``P1DT2H``, ``-PT5.5S``)
_DURATION = re.compile(
    r"^(?P<sign>[-+])?P(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)


def to_timedelta(value: Any) -> timedelta | None:
    """A server duration as a timedelta; None for null or unreadable values. Airflow 2 and Airflow 3's
    task answers send ``{"__type": "TimeDelta", "days": 0, "seconds": 90, "microseconds": 0}``, Airflow
    3's DAG details an ISO 8601 duration (``"PT1H30M"``); a bare number is seconds."""
    try:
        if isinstance(value, dict):
            parts = {k: value.get(k) or 0 for k in ("days", "seconds", "microseconds")}
            if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in parts.values()):
                return None
            return timedelta(**parts)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return timedelta(seconds=value)
        if isinstance(value, str) and (match := _DURATION.match(value.strip().upper())):
            amounts = {k: float(v) for k, v in match.groupdict().items() if k != "sign" and v}
            if not amounts:
                return None
            duration = timedelta(**amounts)
            return -duration if match["sign"] == "-" else duration
    except (OverflowError, ValueError):
        return None
    return None


def _text(value: Any) -> str | None:
    return value if value is None or isinstance(value, str) else str(value)


def _first(key: str, renamed: str | None = None) -> Reader:
    """``key``, or the older name of the same value (``execution_date`` for ``logical_date``).

    Readers run once per field of every listed item: each is one small function, no loops."""
    if renamed is None:
        return lambda d: d.get(key)
    return lambda d: v if (v := d.get(key)) is not None else d.get(renamed)


def _read(reader: Reader) -> dict[str, Any]:
    """attrs metadata of a field read lazily from the server's JSON with ``reader(data)``."""
    return {_READ: reader}


def _id(key: str, renamed: str | None = None) -> dict[str, Any]:
    """A required string (an id): ``""`` when the server left it out."""
    read = _first(key, renamed)
    return _read(lambda d: v if type(v := read(d)) is str else _text(v) or "")


def _str(key: str, renamed: str | None = None) -> dict[str, Any]:
    read = _first(key, renamed)
    return _read(lambda d: v if type(v := read(d)) is str else _text(v))


def _int(key: str) -> dict[str, Any]:
    return _read(lambda d: to_int(d.get(key)))


def _bool(key: str) -> dict[str, Any]:
    return _read(lambda d: v if isinstance(v := d.get(key), bool) else None)


def _date(key: str, renamed: str | None = None) -> dict[str, Any]:
    read = _first(key, renamed)
    return _read(lambda d: to_datetime(read(d)))


def _duration_of(key: str) -> dict[str, Any]:
    return _read(lambda d: to_timedelta(d.get(key)))


def _state(cls: type[StrEnum]) -> dict[str, Any]:
    return _read(lambda d: to_enum(cls, d.get("state")))


class _Lazy:
    """Reads one field from ``data`` on first access and keeps it in the instance's ``__dict__``
    (a non-data descriptor: once kept, the stored value is found before this is consulted)."""

    __slots__ = ("name", "reader")

    def __init__(self, name: str, reader: Reader) -> None:
        self.name, self.reader = name, reader

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        fields = obj.__dict__
        value = fields[self.name] = self.reader(fields["data"])
        return value


def _lazy_fields(cls: type[R]) -> type[R]:
    for field in attrs.fields(cls):
        if _READ in field.metadata:
            setattr(cls, field.name, _Lazy(field.name, field.metadata[_READ]))
    return cls


@attrs.frozen(kw_only=True, slots=False)
class _Resource:
    #: the JSON object the server sent
    data: Mapping[str, Any] = attrs.field(repr=False, eq=False, factory=dict)
    #: which API it came from: "v1", "v2" or "experimental"
    api: str = attrs.field(repr=False, eq=False, default="v1")

    #: (key, renamed key): one must be in ``data``, else the answer is not this type (KeyError)
    _required: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def from_json(cls, data: Any, api: str = "v1", **known: Any) -> Self:
        """An instance reading its fields from ``data`` (a JSON object of any of Airflow's APIs) when
        they are first used; ``known`` sets fields the answer lacks (e.g. the DAG id of an experimental
        API run). Not a JSON object reads as ``{}``.

        >>> Pool.from_json({"name": "etl", "slots": 4}).slots
        4
        """
        obj = cls._many([data], api)[0]
        if known:
            obj.__dict__.update(known)
        return obj

    @classmethod
    def _many(cls, items: list[Any], api: str = "v1") -> list[Self]:
        """``from_json`` of each item of a list answer (a page of 100 costs about 25 us)."""
        required, new, out = cls._required, object.__new__, []
        for data in items:
            if not isinstance(data, dict):
                data = {}
            if required and not (required[0] in data or required[-1] in data):
                raise KeyError(required[0])
            obj = new(cls)
            fields = obj.__dict__
            fields["data"] = data
            fields["api"] = api
            out.append(obj)
        return out

    @property
    def raw(self) -> Any:
        """``data`` parsed into the generated model, or None if it does not fit (or has none)."""
        target = _RAW_MODELS.get(type(self).__name__, {}).get(self.api)
        package = _versions.VERSIONS[self.api].package if self.api in _versions.VERSIONS else None
        if target is None or package is None:
            return None
        module, name = target.split(":")
        module = f"{package}.models.{module}"
        try:
            return getattr(importlib.import_module(module), name).from_dict(dict(self.data))
        except (KeyError, ValueError, TypeError, AttributeError):
            return None


def _tags(data: Mapping[str, Any]) -> list[str]:
    tags = data.get("tags")
    names = [t.get("name") if isinstance(t, dict) else t for t in tags] if isinstance(tags, list) else []
    return [str(t) for t in names if t]


def _schedule(data: Mapping[str, Any]) -> str | None:
    """Airflow 3 and 2.x: ``timetable_summary``/``timetable_description``; older 2.x:
    ``schedule_interval`` as ``{"__type": "CronExpression", "value": "0 0 * * *"}``."""
    schedule = data.get("timetable_summary") or data.get("timetable_description")
    interval = data.get("schedule_interval")
    if schedule is None and isinstance(interval, dict):
        schedule = interval.get("value") or interval.get("__type")
    return schedule if isinstance(schedule, str) else None


def _is_active(data: Mapping[str, Any]) -> bool | None:
    """Airflow 2's ``is_active``; Airflow 3 says the opposite as ``is_stale``."""
    if isinstance(data.get("is_active"), bool):
        return bool(data["is_active"])
    return not data["is_stale"] if isinstance(data.get("is_stale"), bool) else None


def _strings(key: str) -> Reader:
    return lambda d: [str(v) for v in value] if isinstance(value := d.get(key), list) else []


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class Dag(_Resource):
    dag_id: str = attrs.field(metadata=_id("dag_id"))
    is_paused: bool | None = attrs.field(default=None, metadata=_bool("is_paused"))
    is_active: bool | None = attrs.field(default=None, metadata=_read(_is_active))
    description: str | None = attrs.field(default=None, metadata=_str("description"))
    fileloc: str | None = attrs.field(default=None, metadata=_str("fileloc"))
    owners: list[str] = attrs.field(factory=list, metadata=_read(_strings("owners")))
    tags: list[str] = attrs.field(factory=list, metadata=_read(_tags))
    #: the schedule as Airflow summarises it (cron, preset, timetable), None if unscheduled
    schedule: str | None = attrs.field(default=None, metadata=_read(_schedule))
    next_dagrun_logical_date: datetime | None = attrs.field(
        default=None, metadata=_date("next_dagrun_logical_date", "next_dagrun")
    )


def _param_values(data: Mapping[str, Any]) -> dict[str, Any]:
    """``{"name": {"value": "world", "schema": {...}, "description": ...}}`` -> ``{"name": "world"}``."""
    params = data.get("params")
    if not isinstance(params, dict):
        return {}
    return {str(k): v.get("value") if isinstance(v, dict) else v for k, v in params.items()}


def _object(*keys: str) -> Reader:
    """The first of ``keys`` that holds a JSON object (renamed keys: ``dataset_expression``)."""
    return lambda d: next((v for k in keys if isinstance(v := d.get(k), dict)), None)


def _search_path(data: Mapping[str, Any]) -> list[str]:
    value = data.get("template_search_path", data.get("template_searchpath"))
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class DagDetails(Dag):
    """``dags.details()``: everything ``Dag`` has, and the settings both Airflow 2 and 3 report."""

    dag_display_name: str | None = attrs.field(default=None, metadata=_str("dag_display_name"))
    #: each param's default value (``{"name": "world"}``); its schema and description are in ``.data["params"]``
    params: Mapping[str, Any] = attrs.field(factory=dict, metadata=_read(_param_values))
    start_date: datetime | None = attrs.field(default=None, metadata=_date("start_date"))
    end_date: datetime | None = attrs.field(default=None, metadata=_date("end_date"))
    catchup: bool | None = attrs.field(default=None, metadata=_bool("catchup"))
    max_active_runs: int | None = attrs.field(default=None, metadata=_int("max_active_runs"))
    max_active_tasks: int | None = attrs.field(default=None, metadata=_int("max_active_tasks"))
    max_consecutive_failed_dag_runs: int | None = attrs.field(
        default=None, metadata=_int("max_consecutive_failed_dag_runs")
    )
    #: the ``dagrun_timeout`` of the DAG
    dag_run_timeout: timedelta | None = attrs.field(default=None, metadata=_duration_of("dag_run_timeout"))
    timezone: str | None = attrs.field(default=None, metadata=_str("timezone"))
    doc_md: str | None = attrs.field(default=None, repr=False, metadata=_str("doc_md"))
    is_paused_upon_creation: bool | None = attrs.field(default=None, metadata=_bool("is_paused_upon_creation"))
    render_template_as_native_obj: bool | None = attrs.field(
        default=None, metadata=_bool("render_template_as_native_obj")
    )
    #: ``template_search_path`` on Airflow 3, ``template_searchpath`` on Airflow 2
    template_search_path: list[str] = attrs.field(factory=list, metadata=_read(_search_path))
    has_import_errors: bool | None = attrs.field(default=None, metadata=_bool("has_import_errors"))
    has_task_concurrency_limits: bool | None = attrs.field(default=None, metadata=_bool("has_task_concurrency_limits"))
    #: when the DAG processor last parsed the file
    last_parsed_time: datetime | None = attrs.field(default=None, metadata=_date("last_parsed_time"))
    #: the assets (Airflow 2: datasets) that schedule the DAG, as Airflow describes them
    asset_expression: Mapping[str, Any] | None = attrs.field(
        default=None, metadata=_read(_object("asset_expression", "dataset_expression"))
    )
    next_dagrun_data_interval_start: datetime | None = attrs.field(
        default=None, metadata=_date("next_dagrun_data_interval_start")
    )
    next_dagrun_data_interval_end: datetime | None = attrs.field(
        default=None, metadata=_date("next_dagrun_data_interval_end")
    )
    #: what Airflow 2's ``GET /dagSources/{file_token}`` needs (``dags.source()`` uses it)
    file_token: str | None = attrs.field(default=None, repr=False, metadata=_str("file_token"))


def _class_name(data: Mapping[str, Any]) -> str | None:
    ref = data.get("class_ref")
    name = ref.get("class_name") if isinstance(ref, dict) else None
    return name if isinstance(name, str) else None


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class Task(_Resource):
    """A task of a DAG as defined (``dags.tasks()``); what ran is a ``TaskInstance``."""

    task_id: str = attrs.field(metadata=_id("task_id"))
    #: as Airflow shows it: ``"@task"`` for a decorated task, else the operator's class name
    operator_name: str | None = attrs.field(default=None, metadata=_str("operator_name"))
    #: the operator's class name (``_PythonDecoratedOperator`` for ``@task``), like ``TaskInstance.operator``
    operator_class: str | None = attrs.field(default=None, metadata=_read(_class_name))
    owner: str | None = attrs.field(default=None, metadata=_str("owner"))
    retries: int | None = attrs.field(default=None, metadata=_int("retries"))
    retry_delay: timedelta | None = attrs.field(default=None, metadata=_duration_of("retry_delay"))
    execution_timeout: timedelta | None = attrs.field(default=None, metadata=_duration_of("execution_timeout"))
    pool: str | None = attrs.field(default=None, metadata=_str("pool"))
    pool_slots: int | None = attrs.field(default=None, metadata=_int("pool_slots"))
    queue: str | None = attrs.field(default=None, metadata=_str("queue"))
    priority_weight: int | None = attrs.field(default=None, metadata=_int("priority_weight"))
    weight_rule: str | None = attrs.field(default=None, metadata=_str("weight_rule"))
    trigger_rule: str | None = attrs.field(default=None, metadata=_str("trigger_rule"))
    downstream_task_ids: list[str] = attrs.field(factory=list, metadata=_read(_strings("downstream_task_ids")))
    is_mapped: bool | None = attrs.field(default=None, metadata=_bool("is_mapped"))
    depends_on_past: bool | None = attrs.field(default=None, metadata=_bool("depends_on_past"))
    wait_for_downstream: bool | None = attrs.field(default=None, metadata=_bool("wait_for_downstream"))
    start_date: datetime | None = attrs.field(default=None, metadata=_date("start_date"))
    end_date: datetime | None = attrs.field(default=None, metadata=_date("end_date"))
    template_fields: list[str] = attrs.field(factory=list, metadata=_read(_strings("template_fields")))
    doc_md: str | None = attrs.field(default=None, repr=False, metadata=_str("doc_md"))


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class DagWarning(_Resource):
    """A problem the DAG processor found in a DAG (``dags.warnings()``)."""

    dag_id: str = attrs.field(metadata=_id("dag_id"))
    #: e.g. ``"non-existent pool"``, ``"asset conflict"``, ``"runtime varying value"`` (Airflow 3)
    warning_type: str | None = attrs.field(default=None, metadata=_str("warning_type"))
    message: str | None = attrs.field(default=None, metadata=_str("message"))
    timestamp: datetime | None = attrs.field(default=None, metadata=_date("timestamp"))


def _conf(data: Mapping[str, Any]) -> dict[str, Any]:
    conf = data.get("conf")
    return conf if isinstance(conf, dict) else {}


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class DagRun(_Resource):
    dag_id: str = attrs.field(metadata=_id("dag_id"))
    run_id: str = attrs.field(metadata=_id("dag_run_id", "run_id"))
    state: DagRunState | str | None = attrs.field(default=None, metadata=_state(DagRunState))
    #: ``logical_date`` on Airflow ≥ 2.2 and 3, ``execution_date`` before (None: a 3.x asset run)
    logical_date: datetime | None = attrs.field(default=None, metadata=_date("logical_date", "execution_date"))
    run_type: str | None = attrs.field(default=None, metadata=_str("run_type"))
    start_date: datetime | None = attrs.field(default=None, metadata=_date("start_date"))
    end_date: datetime | None = attrs.field(default=None, metadata=_date("end_date"))
    queued_at: datetime | None = attrs.field(default=None, metadata=_date("queued_at"))
    data_interval_start: datetime | None = attrs.field(default=None, metadata=_date("data_interval_start"))
    data_interval_end: datetime | None = attrs.field(default=None, metadata=_date("data_interval_end"))
    conf: Mapping[str, Any] = attrs.field(factory=dict, metadata=_read(_conf))
    note: str | None = attrs.field(default=None, metadata=_str("note"))
    #: when the run may start (Airflow 3; None on Airflow 2, where ``logical_date`` says it)
    run_after: datetime | None = attrs.field(default=None, metadata=_date("run_after"))

    @property
    def finished(self) -> bool:
        """True once the run is in a final state (success or failed)."""
        return self.state in (DagRunState.SUCCESS, DagRunState.FAILED)

    @property
    def succeeded(self) -> bool:
        return self.state == DagRunState.SUCCESS


def _slots(data: Mapping[str, Any]) -> int:
    return to_int(data.get("slots")) or 0


def _duration(data: Mapping[str, Any]) -> float | None:
    value = data.get("duration")
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _note(data: Mapping[str, Any]) -> str | None:
    return _text(data.get("note")) or None


def _map_index(data: Mapping[str, Any]) -> int:
    index = to_int(data.get("map_index"))
    return -1 if index is None else index


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class TaskInstance(_Resource):
    dag_id: str = attrs.field(metadata=_id("dag_id"))
    run_id: str = attrs.field(metadata=_id("dag_run_id", "run_id"))
    task_id: str = attrs.field(metadata=_id("task_id"))
    map_index: int = attrs.field(default=-1, metadata=_read(_map_index))
    state: TaskInstanceState | str | None = attrs.field(default=None, metadata=_state(TaskInstanceState))
    try_number: int | None = attrs.field(default=None, metadata=_int("try_number"))
    start_date: datetime | None = attrs.field(default=None, metadata=_date("start_date"))
    end_date: datetime | None = attrs.field(default=None, metadata=_date("end_date"))
    duration: float | None = attrs.field(default=None, metadata=_read(_duration))
    operator: str | None = attrs.field(default=None, metadata=_str("operator"))
    hostname: str | None = attrs.field(default=None, metadata=_str("hostname"))
    pool: str | None = attrs.field(default=None, metadata=_str("pool"))
    #: the note set in the UI or with ``task_instances.set_note`` (None: no note, which Airflow 2
    #: keeps as ``""``)
    note: str | None = attrs.field(default=None, metadata=_read(_note))


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class TaskInstanceTry(TaskInstance):
    """One try of a task instance, from its history (``task_instances.tries``): the fields of
    ``TaskInstance`` as they were at that try (``note`` is the task instance's, not kept per try)."""


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class Pool(_Resource):
    _required = ("name", "pool")

    #: ``name`` in the stable API, ``pool`` in the experimental one
    name: str = attrs.field(metadata=_id("name", "pool"))
    slots: int = attrs.field(metadata=_read(_slots))
    description: str | None = attrs.field(default=None, metadata=_str("description"))
    occupied_slots: int | None = attrs.field(default=None, metadata=_int("occupied_slots"))
    running_slots: int | None = attrs.field(default=None, metadata=_int("running_slots"))
    queued_slots: int | None = attrs.field(default=None, metadata=_int("queued_slots"))
    open_slots: int | None = attrs.field(default=None, metadata=_int("open_slots"))
    include_deferred: bool | None = attrs.field(default=None, metadata=_bool("include_deferred"))


def _value(data: Mapping[str, Any]) -> str | None:
    value = data.get("value")
    return value if value is None or isinstance(value, str) else json.dumps(value)


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class Variable(_Resource):
    key: str = attrs.field(metadata=_id("key"))
    #: the stored string (Airflow 3 answers ``***`` for keys that look secret)
    value: str | None = attrs.field(default=None, repr=False, metadata=_read(_value))
    description: str | None = attrs.field(default=None, metadata=_str("description"))

    def json(self) -> Any:
        """The value parsed as JSON (``Variable.get(key, deserialize_json=True)`` in a task); raises
        ``ValueError`` if it is not JSON."""
        if self.value is None:
            raise ValueError(f"variable {self.key!r} has no value")
        return json.loads(self.value)


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class Connection(_Resource):
    #: ``connection_id`` in the stable API
    conn_id: str = attrs.field(metadata=_id("connection_id", "conn_id"))
    conn_type: str | None = attrs.field(default=None, metadata=_str("conn_type"))
    host: str | None = attrs.field(default=None, metadata=_str("host"))
    login: str | None = attrs.field(default=None, metadata=_str("login"))
    schema: str | None = attrs.field(default=None, metadata=_str("schema"))
    port: int | None = attrs.field(default=None, metadata=_int("port"))
    description: str | None = attrs.field(default=None, metadata=_str("description"))
    #: never shown in repr; Airflow does not return real passwords (``None`` or ``***``)
    password: str | None = attrs.field(default=None, repr=False, metadata=_str("password"))
    #: a JSON object as a string (secret-looking keys answered as ``***``); see ``extra_dejson``
    extra: str | None = attrs.field(default=None, repr=False, metadata=_str("extra"))

    @property
    def extra_dejson(self) -> dict[str, Any]:
        """``extra`` as a dict, like Airflow's ``Connection.extra_dejson``: ``{}`` if empty or not a
        JSON object."""
        try:
            value = json.loads(self.extra) if self.extra else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


def _part(name: str, key: str = "status") -> Reader:
    """A value of one component of the health answer: ``{"scheduler": {"status": "healthy"}}``."""
    return lambda d: part.get(key) if isinstance(part := d.get(name), dict) else None


def _heartbeat(data: Mapping[str, Any]) -> datetime | None:
    return to_datetime(_part("scheduler", "latest_scheduler_heartbeat")(data))


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class Health(_Resource):
    #: "healthy" / "unhealthy" for the metadata database
    metadatabase: str | None = attrs.field(default=None, metadata=_read(_part("metadatabase")))
    #: "healthy" / "unhealthy" for the scheduler
    scheduler: str | None = attrs.field(default=None, metadata=_read(_part("scheduler")))
    latest_scheduler_heartbeat: datetime | None = attrs.field(default=None, metadata=_read(_heartbeat))

    @property
    def healthy(self) -> bool:
        return self.metadatabase == "healthy" and self.scheduler == "healthy"


# -- assets (Airflow 2: datasets) and backfills ----------------------------------------------------
def _mapping(key: str) -> Reader:
    return lambda d: value if isinstance(value := d.get(key), dict) else {}


def _pairs(keys: tuple[str, ...], first: str, second: tuple[str, ...]) -> Reader:
    """``[(ref[first], ref[second...]), ...]`` of the first list of objects found under ``keys``."""

    def read(data: Mapping[str, Any]) -> list[tuple[str, str]]:
        refs = next((v for k in keys if isinstance(v := data.get(k), list)), [])
        out = []
        for ref in refs:
            if isinstance(ref, dict):
                other = next((ref[k] for k in second if ref.get(k) is not None), None)
                if ref.get(first) is not None and other is not None:
                    out.append((str(ref[first]), str(other)))
        return out

    return read


def _dag_ids(keys: tuple[str, ...]) -> Reader:
    def read(data: Mapping[str, Any]) -> list[str]:
        refs = next((v for k in keys if isinstance(v := data.get(k), list)), [])
        return [str(ref["dag_id"]) for ref in refs if isinstance(ref, dict) and ref.get("dag_id") is not None]

    return read


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class Asset(_Resource):
    """An Airflow 3 asset, or an Airflow 2 dataset (the same thing under its older name)."""

    uri: str = attrs.field(metadata=_id("uri"))
    id: int | None = attrs.field(default=None, metadata=_int("id"))
    #: Airflow 3's name (by default the URI); an Airflow 2 dataset has only its URI, read here as its name
    name: str | None = attrs.field(default=None, metadata=_str("name", "uri"))
    #: Airflow 3's group (``"asset"`` by default); None on Airflow 2
    group: str | None = attrs.field(default=None, metadata=_str("group"))
    extra: Mapping[str, Any] = attrs.field(factory=dict, metadata=_read(_mapping("extra")))
    created_at: datetime | None = attrs.field(default=None, metadata=_date("created_at"))
    updated_at: datetime | None = attrs.field(default=None, metadata=_date("updated_at"))
    #: the DAGs scheduled on it (Airflow 3 ``scheduled_dags``, Airflow 2 ``consuming_dags``)
    consuming_dag_ids: list[str] = attrs.field(
        factory=list, metadata=_read(_dag_ids(("scheduled_dags", "consuming_dags")))
    )
    #: the tasks that update it, as ``(dag_id, task_id)``
    producing_tasks: list[tuple[str, str]] = attrs.field(
        factory=list, metadata=_read(_pairs(("producing_tasks",), "dag_id", ("task_id",)))
    )


_event_asset_id = _first("asset_id", "dataset_id")


def _source_map_index(data: Mapping[str, Any]) -> int:
    index = to_int(data.get("source_map_index"))
    return -1 if index is None else index


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class AssetEvent(_Resource):
    """An update of an asset (Airflow 2: a dataset event): by a task, or through the API."""

    #: the asset's URI (``dataset_uri`` on Airflow 2)
    uri: str = attrs.field(metadata=_id("uri", "dataset_uri"))
    #: the asset's id (``dataset_id`` on Airflow 2)
    asset_id: int | None = attrs.field(default=None, metadata=_read(lambda d: to_int(_event_asset_id(d))))
    id: int | None = attrs.field(default=None, metadata=_int("id"))
    timestamp: datetime | None = attrs.field(default=None, metadata=_date("timestamp"))
    #: the task that produced it (None for an event created through the API)
    source_dag_id: str | None = attrs.field(default=None, metadata=_str("source_dag_id"))
    source_task_id: str | None = attrs.field(default=None, metadata=_str("source_task_id"))
    source_run_id: str | None = attrs.field(default=None, metadata=_str("source_run_id"))
    source_map_index: int = attrs.field(default=-1, metadata=_read(_source_map_index))
    #: what the producer attached (events created through the API also get ``from_rest_api: true``)
    extra: Mapping[str, Any] = attrs.field(factory=dict, metadata=_read(_mapping("extra")))
    #: the runs it triggered, as ``(dag_id, run_id)``
    created_dag_runs: list[tuple[str, str]] = attrs.field(
        factory=list, metadata=_read(_pairs(("created_dagruns",), "dag_id", ("run_id", "dag_run_id")))
    )


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class QueuedEvent(_Resource):
    """An asset event waiting for a DAG scheduled on several assets until the others are updated too."""

    dag_id: str = attrs.field(metadata=_id("dag_id"))
    uri: str = attrs.field(metadata=_id("uri"))
    #: the asset's id (Airflow 3; None on Airflow 2, which names the asset by its URI only)
    asset_id: int | None = attrs.field(default=None, metadata=_int("asset_id"))
    created_at: datetime | None = attrs.field(default=None, metadata=_date("created_at"))


def _backfill_id(data: Mapping[str, Any]) -> int:
    return to_int(data.get("id")) or 0


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class Backfill(_Resource):
    """A backfill: runs of a DAG for the past dates of a range (Airflow 3)."""

    _required = ("id",)

    id: int = attrs.field(metadata=_read(_backfill_id))
    dag_id: str = attrs.field(metadata=_id("dag_id"))
    from_date: datetime | None = attrs.field(default=None, metadata=_date("from_date"))
    to_date: datetime | None = attrs.field(default=None, metadata=_date("to_date"))
    is_paused: bool | None = attrs.field(default=None, metadata=_bool("is_paused"))
    reprocess_behavior: ReprocessBehavior | str | None = attrs.field(
        default=None, metadata=_read(lambda d: to_enum(ReprocessBehavior, d.get("reprocess_behavior")))
    )
    max_active_runs: int | None = attrs.field(default=None, metadata=_int("max_active_runs"))
    #: the conf of every run it creates
    conf: Mapping[str, Any] = attrs.field(factory=dict, metadata=_read(_mapping("dag_run_conf")))
    created_at: datetime | None = attrs.field(default=None, metadata=_date("created_at"))
    updated_at: datetime | None = attrs.field(default=None, metadata=_date("updated_at"))
    #: when it finished or was cancelled (None while it runs)
    completed_at: datetime | None = attrs.field(default=None, metadata=_date("completed_at"))

    @property
    def completed(self) -> bool:
        """True once it has finished or been cancelled."""
        return self.completed_at is not None


def _number(key: str) -> dict[str, Any]:
    """A required integer id: ``0`` when the server left it out (as ``_id`` reads ``""``)."""
    return _read(lambda d: to_int(d.get(key)) or 0)


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class XCom(_Resource):
    key: str = attrs.field(metadata=_id("key"))
    dag_id: str = attrs.field(metadata=_id("dag_id"))
    #: Airflow 2 does not send it: filled in from the request (``""`` for a ``"~"`` listing there)
    run_id: str = attrs.field(metadata=_id("run_id", "dag_run_id"))
    task_id: str = attrs.field(metadata=_id("task_id"))
    map_index: int = attrs.field(default=-1, metadata=_read(_map_index))
    #: when it was pushed
    timestamp: datetime | None = attrs.field(default=None, metadata=_date("timestamp"))
    #: the run's logical date (``execution_date`` on Airflow 2; None for a 3.x run without one)
    logical_date: datetime | None = attrs.field(default=None, metadata=_date("logical_date", "execution_date"))
    #: the value as JSON (dict, list, str, number, bool, None); None in ``list()``, which leaves values out
    value: Any = attrs.field(default=None, metadata=_read(_first("value")))


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class DagImportError(_Resource):
    """A DAG file that failed to import (Airflow's ``ImportError``, renamed so as not to shadow the builtin)."""

    id: int = attrs.field(metadata=_number("import_error_id"))
    #: the file: an absolute path on Airflow 2, relative to its DAG bundle on Airflow 3
    filename: str | None = attrs.field(default=None, metadata=_str("filename"))
    stack_trace: str | None = attrs.field(default=None, repr=False, metadata=_str("stack_trace"))
    timestamp: datetime | None = attrs.field(default=None, metadata=_date("timestamp"))
    #: the DAG bundle of the file (Airflow 3; None on Airflow 2)
    bundle_name: str | None = attrs.field(default=None, metadata=_str("bundle_name"))


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class EventLog(_Resource):
    """One entry of Airflow's audit log: a CLI command, an API or UI action, a task state change."""

    id: int = attrs.field(metadata=_number("event_log_id"))
    when: datetime | None = attrs.field(default=None, metadata=_date("when"))
    event: str | None = attrs.field(default=None, metadata=_str("event"))
    dag_id: str | None = attrs.field(default=None, metadata=_str("dag_id"))
    task_id: str | None = attrs.field(default=None, metadata=_str("task_id"))
    run_id: str | None = attrs.field(default=None, metadata=_str("run_id"))
    map_index: int | None = attrs.field(default=None, metadata=_int("map_index"))
    try_number: int | None = attrs.field(default=None, metadata=_int("try_number"))
    #: the user (or the DAG's owner, for task events)
    owner: str | None = attrs.field(default=None, metadata=_str("owner"))
    #: what else Airflow recorded, often a JSON object as a string (the full CLI command ...)
    extra: str | None = attrs.field(default=None, repr=False, metadata=_str("extra"))
    logical_date: datetime | None = attrs.field(default=None, metadata=_date("logical_date", "execution_date"))


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class Provider(_Resource):
    package_name: str = attrs.field(metadata=_id("package_name"))
    version: str | None = attrs.field(default=None, metadata=_str("version"))
    description: str | None = attrs.field(default=None, metadata=_str("description"))
    #: Airflow 3 only (None on Airflow 2)
    documentation_url: str | None = attrs.field(default=None, metadata=_str("documentation_url"))


def _names(key: str) -> Reader:
    """A list of strings; Airflow 2 may send nulls in it (left out)."""
    return lambda d: [str(v) for v in value if v is not None] if isinstance(value := d.get(key), list) else []


def _objects(key: str) -> Reader:
    return lambda d: [v for v in value if isinstance(v, dict)] if isinstance(value := d.get(key), list) else []


@_lazy_fields
@attrs.frozen(kw_only=True, slots=False)
class Plugin(_Resource):
    """A loaded Airflow plugin: what Airflow 2 and 3 both report of it (the rest is in ``.data``)."""

    name: str = attrs.field(metadata=_id("name"))
    #: where it was loaded from, e.g. ``$PLUGINS_FOLDER/my_plugin.py``
    source: str | None = attrs.field(default=None, metadata=_str("source"))
    macros: list[str] = attrs.field(factory=list, metadata=_read(_names("macros")))
    timetables: list[str] = attrs.field(factory=list, metadata=_read(_names("timetables")))
    listeners: list[str] = attrs.field(factory=list, metadata=_read(_names("listeners")))
    flask_blueprints: list[str] = attrs.field(factory=list, metadata=_read(_names("flask_blueprints")))
    operator_extra_links: list[str] = attrs.field(factory=list, metadata=_read(_names("operator_extra_links")))
    global_operator_extra_links: list[str] = attrs.field(
        factory=list, metadata=_read(_names("global_operator_extra_links"))
    )
    appbuilder_views: list[dict[str, Any]] = attrs.field(factory=list, metadata=_read(_objects("appbuilder_views")))
    appbuilder_menu_items: list[dict[str, Any]] = attrs.field(
        factory=list, metadata=_read(_objects("appbuilder_menu_items"))
    )
