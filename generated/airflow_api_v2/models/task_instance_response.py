from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_instance_state import TaskInstanceState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dag_version_response import DagVersionResponse
    from ..models.job_response import JobResponse
    from ..models.task_instance_response_rendered_fields import TaskInstanceResponseRenderedFields
    from ..models.trigger_response import TriggerResponse


T = TypeVar("T", bound="TaskInstanceResponse")


@_attrs_define
class TaskInstanceResponse:
    """TaskInstance serializer for responses.

    Attributes:
        dag_display_name (str):
        dag_id (str):
        dag_run_id (str):
        dag_version (DagVersionResponse | None):
        duration (float | None):
        end_date (datetime.datetime | None):
        executor (None | str):
        executor_config (str):
        hostname (None | str):
        id (UUID):
        logical_date (datetime.datetime | None):
        map_index (int):
        max_tries (int):
        note (None | str):
        operator (None | str):
        operator_name (None | str):
        pid (int | None):
        pool (str):
        pool_slots (int):
        priority_weight (int | None):
        queue (None | str):
        queued_when (datetime.datetime | None):
        rendered_map_index (None | str):
        run_after (datetime.datetime):
        scheduled_when (datetime.datetime | None):
        start_date (datetime.datetime | None):
        state (None | TaskInstanceState):
        task_display_name (str):
        task_id (str):
        trigger (None | TriggerResponse):
        triggerer_job (JobResponse | None):
        try_number (int):
        unixname (None | str):
        rendered_fields (TaskInstanceResponseRenderedFields | Unset):
    """

    dag_display_name: str
    dag_id: str
    dag_run_id: str
    dag_version: DagVersionResponse | None
    duration: float | None
    end_date: datetime.datetime | None
    executor: None | str
    executor_config: str
    hostname: None | str
    id: UUID
    logical_date: datetime.datetime | None
    map_index: int
    max_tries: int
    note: None | str
    operator: None | str
    operator_name: None | str
    pid: int | None
    pool: str
    pool_slots: int
    priority_weight: int | None
    queue: None | str
    queued_when: datetime.datetime | None
    rendered_map_index: None | str
    run_after: datetime.datetime
    scheduled_when: datetime.datetime | None
    start_date: datetime.datetime | None
    state: None | TaskInstanceState
    task_display_name: str
    task_id: str
    trigger: None | TriggerResponse
    triggerer_job: JobResponse | None
    try_number: int
    unixname: None | str
    rendered_fields: TaskInstanceResponseRenderedFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dag_version_response import DagVersionResponse
        from ..models.job_response import JobResponse
        from ..models.trigger_response import TriggerResponse

        dag_display_name = self.dag_display_name

        dag_id = self.dag_id

        dag_run_id = self.dag_run_id

        dag_version: dict[str, Any] | None
        if isinstance(self.dag_version, DagVersionResponse):
            dag_version = self.dag_version.to_dict()
        else:
            dag_version = self.dag_version

        duration: float | None
        duration = self.duration

        end_date: None | str
        if isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        executor: None | str
        executor = self.executor

        executor_config = self.executor_config

        hostname: None | str
        hostname = self.hostname

        id = str(self.id)

        logical_date: None | str
        if isinstance(self.logical_date, datetime.datetime):
            logical_date = self.logical_date.isoformat()
        else:
            logical_date = self.logical_date

        map_index = self.map_index

        max_tries = self.max_tries

        note: None | str
        note = self.note

        operator: None | str
        operator = self.operator

        operator_name: None | str
        operator_name = self.operator_name

        pid: int | None
        pid = self.pid

        pool = self.pool

        pool_slots = self.pool_slots

        priority_weight: int | None
        priority_weight = self.priority_weight

        queue: None | str
        queue = self.queue

        queued_when: None | str
        if isinstance(self.queued_when, datetime.datetime):
            queued_when = self.queued_when.isoformat()
        else:
            queued_when = self.queued_when

        rendered_map_index: None | str
        rendered_map_index = self.rendered_map_index

        run_after = self.run_after.isoformat()

        scheduled_when: None | str
        if isinstance(self.scheduled_when, datetime.datetime):
            scheduled_when = self.scheduled_when.isoformat()
        else:
            scheduled_when = self.scheduled_when

        start_date: None | str
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        state: None | str
        if isinstance(self.state, TaskInstanceState):
            state = self.state.value
        else:
            state = self.state

        task_display_name = self.task_display_name

        task_id = self.task_id

        trigger: dict[str, Any] | None
        if isinstance(self.trigger, TriggerResponse):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger

        triggerer_job: dict[str, Any] | None
        if isinstance(self.triggerer_job, JobResponse):
            triggerer_job = self.triggerer_job.to_dict()
        else:
            triggerer_job = self.triggerer_job

        try_number = self.try_number

        unixname: None | str
        unixname = self.unixname

        rendered_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rendered_fields, Unset):
            rendered_fields = self.rendered_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dag_display_name": dag_display_name,
                "dag_id": dag_id,
                "dag_run_id": dag_run_id,
                "dag_version": dag_version,
                "duration": duration,
                "end_date": end_date,
                "executor": executor,
                "executor_config": executor_config,
                "hostname": hostname,
                "id": id,
                "logical_date": logical_date,
                "map_index": map_index,
                "max_tries": max_tries,
                "note": note,
                "operator": operator,
                "operator_name": operator_name,
                "pid": pid,
                "pool": pool,
                "pool_slots": pool_slots,
                "priority_weight": priority_weight,
                "queue": queue,
                "queued_when": queued_when,
                "rendered_map_index": rendered_map_index,
                "run_after": run_after,
                "scheduled_when": scheduled_when,
                "start_date": start_date,
                "state": state,
                "task_display_name": task_display_name,
                "task_id": task_id,
                "trigger": trigger,
                "triggerer_job": triggerer_job,
                "try_number": try_number,
                "unixname": unixname,
            }
        )
        if rendered_fields is not UNSET:
            field_dict["rendered_fields"] = rendered_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dag_version_response import DagVersionResponse
        from ..models.job_response import JobResponse
        from ..models.task_instance_response_rendered_fields import TaskInstanceResponseRenderedFields
        from ..models.trigger_response import TriggerResponse

        d = dict(src_dict)
        dag_display_name = d.pop("dag_display_name")

        dag_id = d.pop("dag_id")

        dag_run_id = d.pop("dag_run_id")

        def _parse_dag_version(data: object) -> DagVersionResponse | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dag_version_type_0 = DagVersionResponse.from_dict(data)

                return dag_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DagVersionResponse | None, data)

        dag_version = _parse_dag_version(d.pop("dag_version"))

        def _parse_duration(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        duration = _parse_duration(d.pop("duration"))

        def _parse_end_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        def _parse_executor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        executor = _parse_executor(d.pop("executor"))

        executor_config = d.pop("executor_config")

        def _parse_hostname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hostname = _parse_hostname(d.pop("hostname"))

        id = UUID(d.pop("id"))

        def _parse_logical_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                logical_date_type_0 = datetime.datetime.fromisoformat(data)

                return logical_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        logical_date = _parse_logical_date(d.pop("logical_date"))

        map_index = d.pop("map_index")

        max_tries = d.pop("max_tries")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_operator(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operator = _parse_operator(d.pop("operator"))

        def _parse_operator_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operator_name = _parse_operator_name(d.pop("operator_name"))

        def _parse_pid(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pid = _parse_pid(d.pop("pid"))

        pool = d.pop("pool")

        pool_slots = d.pop("pool_slots")

        def _parse_priority_weight(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        priority_weight = _parse_priority_weight(d.pop("priority_weight"))

        def _parse_queue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        queue = _parse_queue(d.pop("queue"))

        def _parse_queued_when(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                queued_when_type_0 = datetime.datetime.fromisoformat(data)

                return queued_when_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        queued_when = _parse_queued_when(d.pop("queued_when"))

        def _parse_rendered_map_index(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rendered_map_index = _parse_rendered_map_index(d.pop("rendered_map_index"))

        run_after = datetime.datetime.fromisoformat(d.pop("run_after"))

        def _parse_scheduled_when(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_when_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_when_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        scheduled_when = _parse_scheduled_when(d.pop("scheduled_when"))

        def _parse_start_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        def _parse_state(data: object) -> None | TaskInstanceState:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = TaskInstanceState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskInstanceState, data)

        state = _parse_state(d.pop("state"))

        task_display_name = d.pop("task_display_name")

        task_id = d.pop("task_id")

        def _parse_trigger(data: object) -> None | TriggerResponse:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0 = TriggerResponse.from_dict(data)

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TriggerResponse, data)

        trigger = _parse_trigger(d.pop("trigger"))

        def _parse_triggerer_job(data: object) -> JobResponse | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                triggerer_job_type_0 = JobResponse.from_dict(data)

                return triggerer_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobResponse | None, data)

        triggerer_job = _parse_triggerer_job(d.pop("triggerer_job"))

        try_number = d.pop("try_number")

        def _parse_unixname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unixname = _parse_unixname(d.pop("unixname"))

        _rendered_fields = d.pop("rendered_fields", UNSET)
        rendered_fields: TaskInstanceResponseRenderedFields | Unset
        if isinstance(_rendered_fields, Unset):
            rendered_fields = UNSET
        else:
            rendered_fields = TaskInstanceResponseRenderedFields.from_dict(_rendered_fields)

        task_instance_response = cls(
            dag_display_name=dag_display_name,
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            dag_version=dag_version,
            duration=duration,
            end_date=end_date,
            executor=executor,
            executor_config=executor_config,
            hostname=hostname,
            id=id,
            logical_date=logical_date,
            map_index=map_index,
            max_tries=max_tries,
            note=note,
            operator=operator,
            operator_name=operator_name,
            pid=pid,
            pool=pool,
            pool_slots=pool_slots,
            priority_weight=priority_weight,
            queue=queue,
            queued_when=queued_when,
            rendered_map_index=rendered_map_index,
            run_after=run_after,
            scheduled_when=scheduled_when,
            start_date=start_date,
            state=state,
            task_display_name=task_display_name,
            task_id=task_id,
            trigger=trigger,
            triggerer_job=triggerer_job,
            try_number=try_number,
            unixname=unixname,
            rendered_fields=rendered_fields,
        )

        task_instance_response.additional_properties = d
        return task_instance_response

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
