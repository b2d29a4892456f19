from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClearTaskInstances")


@_attrs_define
class ClearTaskInstances:
    """
    Attributes:
        dag_run_id (None | str | Unset): The DagRun ID for this task instance
        dry_run (bool | Unset): If set, don't actually run this operation. The response will contain a list of task
            instances
            planned to be cleaned, but not modified in any way.
             Default: True.
        end_date (str | Unset): The maximum execution date to clear.
        include_downstream (bool | Unset): If set to true, downstream tasks are also affected. Default: False.
        include_future (bool | Unset): If set to True, also tasks from future DAG Runs are affected. Default: False.
        include_parentdag (bool | Unset): Clear tasks in the parent dag of the subdag.
        include_past (bool | Unset): If set to True, also tasks from past DAG Runs are affected. Default: False.
        include_subdags (bool | Unset): Clear tasks in subdags and clear external tasks indicated by ExternalTaskMarker.
        include_upstream (bool | Unset): If set to true, upstream tasks are also affected. Default: False.
        only_failed (bool | Unset): Only clear failed tasks. Default: True.
        only_running (bool | Unset): Only clear running tasks. Default: False.
        reset_dag_runs (bool | Unset): Set state of DAG runs to RUNNING.
        start_date (str | Unset): The minimum execution date to clear.
        task_ids (list[str] | Unset): A list of task ids to clear.

            *New in version 2.1.0*
    """

    dag_run_id: None | str | Unset = UNSET
    dry_run: bool | Unset = True
    end_date: str | Unset = UNSET
    include_downstream: bool | Unset = False
    include_future: bool | Unset = False
    include_parentdag: bool | Unset = UNSET
    include_past: bool | Unset = False
    include_subdags: bool | Unset = UNSET
    include_upstream: bool | Unset = False
    only_failed: bool | Unset = True
    only_running: bool | Unset = False
    reset_dag_runs: bool | Unset = UNSET
    start_date: str | Unset = UNSET
    task_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dag_run_id: None | str | Unset
        if isinstance(self.dag_run_id, Unset):
            dag_run_id = UNSET
        else:
            dag_run_id = self.dag_run_id

        dry_run = self.dry_run

        end_date = self.end_date

        include_downstream = self.include_downstream

        include_future = self.include_future

        include_parentdag = self.include_parentdag

        include_past = self.include_past

        include_subdags = self.include_subdags

        include_upstream = self.include_upstream

        only_failed = self.only_failed

        only_running = self.only_running

        reset_dag_runs = self.reset_dag_runs

        start_date = self.start_date

        task_ids: list[str] | Unset = UNSET
        if not isinstance(self.task_ids, Unset):
            task_ids = self.task_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dag_run_id is not UNSET:
            field_dict["dag_run_id"] = dag_run_id
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if include_downstream is not UNSET:
            field_dict["include_downstream"] = include_downstream
        if include_future is not UNSET:
            field_dict["include_future"] = include_future
        if include_parentdag is not UNSET:
            field_dict["include_parentdag"] = include_parentdag
        if include_past is not UNSET:
            field_dict["include_past"] = include_past
        if include_subdags is not UNSET:
            field_dict["include_subdags"] = include_subdags
        if include_upstream is not UNSET:
            field_dict["include_upstream"] = include_upstream
        if only_failed is not UNSET:
            field_dict["only_failed"] = only_failed
        if only_running is not UNSET:
            field_dict["only_running"] = only_running
        if reset_dag_runs is not UNSET:
            field_dict["reset_dag_runs"] = reset_dag_runs
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if task_ids is not UNSET:
            field_dict["task_ids"] = task_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_dag_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dag_run_id = _parse_dag_run_id(d.pop("dag_run_id", UNSET))

        dry_run = d.pop("dry_run", UNSET)

        end_date = d.pop("end_date", UNSET)

        include_downstream = d.pop("include_downstream", UNSET)

        include_future = d.pop("include_future", UNSET)

        include_parentdag = d.pop("include_parentdag", UNSET)

        include_past = d.pop("include_past", UNSET)

        include_subdags = d.pop("include_subdags", UNSET)

        include_upstream = d.pop("include_upstream", UNSET)

        only_failed = d.pop("only_failed", UNSET)

        only_running = d.pop("only_running", UNSET)

        reset_dag_runs = d.pop("reset_dag_runs", UNSET)

        start_date = d.pop("start_date", UNSET)

        task_ids = cast(list[str], d.pop("task_ids", UNSET))

        clear_task_instances = cls(
            dag_run_id=dag_run_id,
            dry_run=dry_run,
            end_date=end_date,
            include_downstream=include_downstream,
            include_future=include_future,
            include_parentdag=include_parentdag,
            include_past=include_past,
            include_subdags=include_subdags,
            include_upstream=include_upstream,
            only_failed=only_failed,
            only_running=only_running,
            reset_dag_runs=reset_dag_runs,
            start_date=start_date,
            task_ids=task_ids,
        )

        clear_task_instances.additional_properties = d
        return clear_task_instances

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
