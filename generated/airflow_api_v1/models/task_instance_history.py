from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state_type_1 import TaskStateType1
from ..models.task_state_type_2_type_1 import TaskStateType2Type1
from ..models.task_state_type_3_type_1 import TaskStateType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskInstanceHistory")


@_attrs_define
class TaskInstanceHistory:
    """
    Attributes:
        dag_id (str | Unset):
        dag_run_id (str | Unset): The DagRun ID for this task instance

            *New in version 2.3.0*
        duration (float | None | Unset):
        end_date (None | str | Unset):
        executor (None | str | Unset): Executor the task is configured to run on or None (which indicates the default
            executor)

            *New in version 2.10.0*
        executor_config (str | Unset):
        hostname (str | Unset):
        map_index (int | Unset):
        max_tries (int | Unset):
        operator (None | str | Unset): *Changed in version 2.1.1*&#58; Field becomes nullable.
        pid (int | None | Unset):
        pool (str | Unset):
        pool_slots (int | Unset):
        priority_weight (int | None | Unset):
        queue (None | str | Unset):
        queued_when (None | str | Unset): The datetime that the task enter the state QUEUE, also known as queue_at
        start_date (None | str | Unset):
        state (None | TaskStateType1 | TaskStateType2Type1 | TaskStateType3Type1 | Unset): Task state.

            *Changed in version 2.0.2*&#58; 'removed' is added as a possible value.

            *Changed in version 2.2.0*&#58; 'deferred' is added as a possible value.

            *Changed in version 2.4.0*&#58; 'sensing' state has been removed.
            *Changed in version 2.4.2*&#58; 'restarting' is added as a possible value

            *Changed in version 2.7.0*&#58; Field becomes nullable and null primitive is added as a possible value.
            *Changed in version 2.7.0*&#58; 'none' state is deprecated in favor of null.
        task_display_name (str | Unset): Human centric display text for the task.

            *New in version 2.9.0*
        task_id (str | Unset):
        try_number (int | Unset):
        unixname (str | Unset):
    """

    dag_id: str | Unset = UNSET
    dag_run_id: str | Unset = UNSET
    duration: float | None | Unset = UNSET
    end_date: None | str | Unset = UNSET
    executor: None | str | Unset = UNSET
    executor_config: str | Unset = UNSET
    hostname: str | Unset = UNSET
    map_index: int | Unset = UNSET
    max_tries: int | Unset = UNSET
    operator: None | str | Unset = UNSET
    pid: int | None | Unset = UNSET
    pool: str | Unset = UNSET
    pool_slots: int | Unset = UNSET
    priority_weight: int | None | Unset = UNSET
    queue: None | str | Unset = UNSET
    queued_when: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    state: None | TaskStateType1 | TaskStateType2Type1 | TaskStateType3Type1 | Unset = UNSET
    task_display_name: str | Unset = UNSET
    task_id: str | Unset = UNSET
    try_number: int | Unset = UNSET
    unixname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dag_id = self.dag_id

        dag_run_id = self.dag_run_id

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        executor: None | str | Unset
        if isinstance(self.executor, Unset):
            executor = UNSET
        else:
            executor = self.executor

        executor_config = self.executor_config

        hostname = self.hostname

        map_index = self.map_index

        max_tries = self.max_tries

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        pid: int | None | Unset
        if isinstance(self.pid, Unset):
            pid = UNSET
        else:
            pid = self.pid

        pool = self.pool

        pool_slots = self.pool_slots

        priority_weight: int | None | Unset
        if isinstance(self.priority_weight, Unset):
            priority_weight = UNSET
        else:
            priority_weight = self.priority_weight

        queue: None | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

        queued_when: None | str | Unset
        if isinstance(self.queued_when, Unset):
            queued_when = UNSET
        else:
            queued_when = self.queued_when

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif (
            isinstance(self.state, TaskStateType1)
            or isinstance(self.state, TaskStateType2Type1)
            or isinstance(self.state, TaskStateType3Type1)
        ):
            state = self.state.value
        else:
            state = self.state

        task_display_name = self.task_display_name

        task_id = self.task_id

        try_number = self.try_number

        unixname = self.unixname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dag_id is not UNSET:
            field_dict["dag_id"] = dag_id
        if dag_run_id is not UNSET:
            field_dict["dag_run_id"] = dag_run_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if executor is not UNSET:
            field_dict["executor"] = executor
        if executor_config is not UNSET:
            field_dict["executor_config"] = executor_config
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if map_index is not UNSET:
            field_dict["map_index"] = map_index
        if max_tries is not UNSET:
            field_dict["max_tries"] = max_tries
        if operator is not UNSET:
            field_dict["operator"] = operator
        if pid is not UNSET:
            field_dict["pid"] = pid
        if pool is not UNSET:
            field_dict["pool"] = pool
        if pool_slots is not UNSET:
            field_dict["pool_slots"] = pool_slots
        if priority_weight is not UNSET:
            field_dict["priority_weight"] = priority_weight
        if queue is not UNSET:
            field_dict["queue"] = queue
        if queued_when is not UNSET:
            field_dict["queued_when"] = queued_when
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if state is not UNSET:
            field_dict["state"] = state
        if task_display_name is not UNSET:
            field_dict["task_display_name"] = task_display_name
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if try_number is not UNSET:
            field_dict["try_number"] = try_number
        if unixname is not UNSET:
            field_dict["unixname"] = unixname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dag_id = d.pop("dag_id", UNSET)

        dag_run_id = d.pop("dag_run_id", UNSET)

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_executor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        executor = _parse_executor(d.pop("executor", UNSET))

        executor_config = d.pop("executor_config", UNSET)

        hostname = d.pop("hostname", UNSET)

        map_index = d.pop("map_index", UNSET)

        max_tries = d.pop("max_tries", UNSET)

        def _parse_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_pid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pid = _parse_pid(d.pop("pid", UNSET))

        pool = d.pop("pool", UNSET)

        pool_slots = d.pop("pool_slots", UNSET)

        def _parse_priority_weight(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority_weight = _parse_priority_weight(d.pop("priority_weight", UNSET))

        def _parse_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue = _parse_queue(d.pop("queue", UNSET))

        def _parse_queued_when(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queued_when = _parse_queued_when(d.pop("queued_when", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_state(data: object) -> None | TaskStateType1 | TaskStateType2Type1 | TaskStateType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_task_state_type_1 = TaskStateType1(data)

                return componentsschemas_task_state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_task_state_type_2_type_1 = TaskStateType2Type1(data)

                return componentsschemas_task_state_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_task_state_type_3_type_1 = TaskStateType3Type1(data)

                return componentsschemas_task_state_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskStateType1 | TaskStateType2Type1 | TaskStateType3Type1 | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        task_display_name = d.pop("task_display_name", UNSET)

        task_id = d.pop("task_id", UNSET)

        try_number = d.pop("try_number", UNSET)

        unixname = d.pop("unixname", UNSET)

        task_instance_history = cls(
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            duration=duration,
            end_date=end_date,
            executor=executor,
            executor_config=executor_config,
            hostname=hostname,
            map_index=map_index,
            max_tries=max_tries,
            operator=operator,
            pid=pid,
            pool=pool,
            pool_slots=pool_slots,
            priority_weight=priority_weight,
            queue=queue,
            queued_when=queued_when,
            start_date=start_date,
            state=state,
            task_display_name=task_display_name,
            task_id=task_id,
            try_number=try_number,
            unixname=unixname,
        )

        task_instance_history.additional_properties = d
        return task_instance_history

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
