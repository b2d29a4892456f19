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
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar, Self, TypeVar

import attrs

from . import _versions

__all__ = [
    "Connection",
    "Dag",
    "DagRun",
    "DagRunState",
    "Health",
    "Pool",
    "TaskInstance",
    "TaskInstanceState",
    "TaskInstanceTry",
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


# type name -> {api: "module:Class" of the generated model that ``.raw`` parses into}, under the
# API's generated package (``_versions``)
_RAW_MODELS: dict[str, dict[str, str]] = {
    "Dag": {"v1": "dag:DAG", "v2": "dag_response:DAGResponse"},
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
