from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClearTaskInstancesBody")


@_attrs_define
class ClearTaskInstancesBody:
    """Request body for Clear Task Instances endpoint.

    Attributes:
        dag_run_id (None | str | Unset):
        dry_run (bool | Unset):  Default: True.
        end_date (datetime.datetime | None | Unset):
        include_downstream (bool | Unset):  Default: False.
        include_future (bool | Unset):  Default: False.
        include_past (bool | Unset):  Default: False.
        include_upstream (bool | Unset):  Default: False.
        note (None | str | Unset):
        only_failed (bool | Unset):  Default: True.
        only_running (bool | Unset):  Default: False.
        prevent_running_task (bool | Unset):  Default: False.
        reset_dag_runs (bool | Unset):  Default: True.
        run_on_latest_version (bool | None | Unset): (Experimental) Run on the latest bundle version of the dag after
            clearing the task instances. If not specified, falls back to the DAG-level ``rerun_with_latest_version``
            parameter, then the ``[core] rerun_with_latest_version`` config option, and finally ``False`` (the historical
            default for clear/rerun).
        start_date (datetime.datetime | None | Unset):
        task_ids (list[list[int | str] | str] | None | Unset): A list of `task_id` or [`task_id`, `map_index`]. If only
            the `task_id` is provided for a mapped task, all of its map indices will be targeted.
    """

    dag_run_id: None | str | Unset = UNSET
    dry_run: bool | Unset = True
    end_date: datetime.datetime | None | Unset = UNSET
    include_downstream: bool | Unset = False
    include_future: bool | Unset = False
    include_past: bool | Unset = False
    include_upstream: bool | Unset = False
    note: None | str | Unset = UNSET
    only_failed: bool | Unset = True
    only_running: bool | Unset = False
    prevent_running_task: bool | Unset = False
    reset_dag_runs: bool | Unset = True
    run_on_latest_version: bool | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    task_ids: list[list[int | str] | str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dag_run_id: None | str | Unset
        if isinstance(self.dag_run_id, Unset):
            dag_run_id = UNSET
        else:
            dag_run_id = self.dag_run_id

        dry_run = self.dry_run

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        include_downstream = self.include_downstream

        include_future = self.include_future

        include_past = self.include_past

        include_upstream = self.include_upstream

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        only_failed = self.only_failed

        only_running = self.only_running

        prevent_running_task = self.prevent_running_task

        reset_dag_runs = self.reset_dag_runs

        run_on_latest_version: bool | None | Unset
        if isinstance(self.run_on_latest_version, Unset):
            run_on_latest_version = UNSET
        else:
            run_on_latest_version = self.run_on_latest_version

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        task_ids: list[list[int | str] | str] | None | Unset
        if isinstance(self.task_ids, Unset):
            task_ids = UNSET
        elif isinstance(self.task_ids, list):
            task_ids = []
            for task_ids_type_0_item_data in self.task_ids:
                task_ids_type_0_item: list[int | str] | str
                if isinstance(task_ids_type_0_item_data, list):
                    task_ids_type_0_item = []
                    for task_ids_type_0_item_type_1_item_data in task_ids_type_0_item_data:
                        task_ids_type_0_item_type_1_item: int | str
                        task_ids_type_0_item_type_1_item = task_ids_type_0_item_type_1_item_data
                        task_ids_type_0_item.append(task_ids_type_0_item_type_1_item)

                else:
                    task_ids_type_0_item = task_ids_type_0_item_data
                task_ids.append(task_ids_type_0_item)

        else:
            task_ids = self.task_ids

        field_dict: dict[str, Any] = {}

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
        if include_past is not UNSET:
            field_dict["include_past"] = include_past
        if include_upstream is not UNSET:
            field_dict["include_upstream"] = include_upstream
        if note is not UNSET:
            field_dict["note"] = note
        if only_failed is not UNSET:
            field_dict["only_failed"] = only_failed
        if only_running is not UNSET:
            field_dict["only_running"] = only_running
        if prevent_running_task is not UNSET:
            field_dict["prevent_running_task"] = prevent_running_task
        if reset_dag_runs is not UNSET:
            field_dict["reset_dag_runs"] = reset_dag_runs
        if run_on_latest_version is not UNSET:
            field_dict["run_on_latest_version"] = run_on_latest_version
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

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        include_downstream = d.pop("include_downstream", UNSET)

        include_future = d.pop("include_future", UNSET)

        include_past = d.pop("include_past", UNSET)

        include_upstream = d.pop("include_upstream", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        only_failed = d.pop("only_failed", UNSET)

        only_running = d.pop("only_running", UNSET)

        prevent_running_task = d.pop("prevent_running_task", UNSET)

        reset_dag_runs = d.pop("reset_dag_runs", UNSET)

        def _parse_run_on_latest_version(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_on_latest_version = _parse_run_on_latest_version(d.pop("run_on_latest_version", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_task_ids(data: object) -> list[list[int | str] | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                task_ids_type_0 = []
                _task_ids_type_0 = data
                for task_ids_type_0_item_data in _task_ids_type_0:

                    def _parse_task_ids_type_0_item(data: object) -> list[int | str] | str:
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            task_ids_type_0_item_type_1 = []
                            _task_ids_type_0_item_type_1 = data
                            for task_ids_type_0_item_type_1_item_data in _task_ids_type_0_item_type_1:

                                def _parse_task_ids_type_0_item_type_1_item(data: object) -> int | str:
                                    return cast(int | str, data)

                                task_ids_type_0_item_type_1_item = _parse_task_ids_type_0_item_type_1_item(
                                    task_ids_type_0_item_type_1_item_data
                                )

                                task_ids_type_0_item_type_1.append(task_ids_type_0_item_type_1_item)

                            return task_ids_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(list[int | str] | str, data)

                    task_ids_type_0_item = _parse_task_ids_type_0_item(task_ids_type_0_item_data)

                    task_ids_type_0.append(task_ids_type_0_item)

                return task_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[int | str] | str] | None | Unset, data)

        task_ids = _parse_task_ids(d.pop("task_ids", UNSET))

        clear_task_instances_body = cls(
            dag_run_id=dag_run_id,
            dry_run=dry_run,
            end_date=end_date,
            include_downstream=include_downstream,
            include_future=include_future,
            include_past=include_past,
            include_upstream=include_upstream,
            note=note,
            only_failed=only_failed,
            only_running=only_running,
            prevent_running_task=prevent_running_task,
            reset_dag_runs=reset_dag_runs,
            run_on_latest_version=run_on_latest_version,
            start_date=start_date,
            task_ids=task_ids,
        )

        return clear_task_instances_body
