from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dag_run_type import DagRunType

if TYPE_CHECKING:
    from ..models.dag_tag_response import DagTagResponse


T = TypeVar("T", bound="DAGResponse")


@_attrs_define
class DAGResponse:
    """Dag serializer for responses.

    Attributes:
        allowed_run_types (list[DagRunType] | None):
        bundle_name (None | str):
        bundle_version (None | str):
        dag_display_name (str):
        dag_id (str):
        description (None | str):
        file_token (str): Return file token.
        fileloc (str):
        has_import_errors (bool):
        has_task_concurrency_limits (bool):
        is_backfillable (bool): Whether this Dag's schedule supports backfilling.
        is_paused (bool):
        is_stale (bool):
        last_expired (datetime.datetime | None):
        last_parse_duration (float | None):
        last_parsed_time (datetime.datetime | None):
        max_active_runs (int | None):
        max_active_tasks (int):
        max_consecutive_failed_dag_runs (int):
        next_dagrun_data_interval_end (datetime.datetime | None):
        next_dagrun_data_interval_start (datetime.datetime | None):
        next_dagrun_logical_date (datetime.datetime | None):
        next_dagrun_run_after (datetime.datetime | None):
        owners (list[str]):
        relative_fileloc (None | str):
        tags (list[DagTagResponse]):
        timetable_description (None | str):
        timetable_partitioned (bool):
        timetable_periodic (bool):
        timetable_summary (None | str):
    """

    allowed_run_types: list[DagRunType] | None
    bundle_name: None | str
    bundle_version: None | str
    dag_display_name: str
    dag_id: str
    description: None | str
    file_token: str
    fileloc: str
    has_import_errors: bool
    has_task_concurrency_limits: bool
    is_backfillable: bool
    is_paused: bool
    is_stale: bool
    last_expired: datetime.datetime | None
    last_parse_duration: float | None
    last_parsed_time: datetime.datetime | None
    max_active_runs: int | None
    max_active_tasks: int
    max_consecutive_failed_dag_runs: int
    next_dagrun_data_interval_end: datetime.datetime | None
    next_dagrun_data_interval_start: datetime.datetime | None
    next_dagrun_logical_date: datetime.datetime | None
    next_dagrun_run_after: datetime.datetime | None
    owners: list[str]
    relative_fileloc: None | str
    tags: list[DagTagResponse]
    timetable_description: None | str
    timetable_partitioned: bool
    timetable_periodic: bool
    timetable_summary: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_run_types: list[str] | None
        if isinstance(self.allowed_run_types, list):
            allowed_run_types = []
            for allowed_run_types_type_0_item_data in self.allowed_run_types:
                allowed_run_types_type_0_item = allowed_run_types_type_0_item_data.value
                allowed_run_types.append(allowed_run_types_type_0_item)

        else:
            allowed_run_types = self.allowed_run_types

        bundle_name: None | str
        bundle_name = self.bundle_name

        bundle_version: None | str
        bundle_version = self.bundle_version

        dag_display_name = self.dag_display_name

        dag_id = self.dag_id

        description: None | str
        description = self.description

        file_token = self.file_token

        fileloc = self.fileloc

        has_import_errors = self.has_import_errors

        has_task_concurrency_limits = self.has_task_concurrency_limits

        is_backfillable = self.is_backfillable

        is_paused = self.is_paused

        is_stale = self.is_stale

        last_expired: None | str
        if isinstance(self.last_expired, datetime.datetime):
            last_expired = self.last_expired.isoformat()
        else:
            last_expired = self.last_expired

        last_parse_duration: float | None
        last_parse_duration = self.last_parse_duration

        last_parsed_time: None | str
        if isinstance(self.last_parsed_time, datetime.datetime):
            last_parsed_time = self.last_parsed_time.isoformat()
        else:
            last_parsed_time = self.last_parsed_time

        max_active_runs: int | None
        max_active_runs = self.max_active_runs

        max_active_tasks = self.max_active_tasks

        max_consecutive_failed_dag_runs = self.max_consecutive_failed_dag_runs

        next_dagrun_data_interval_end: None | str
        if isinstance(self.next_dagrun_data_interval_end, datetime.datetime):
            next_dagrun_data_interval_end = self.next_dagrun_data_interval_end.isoformat()
        else:
            next_dagrun_data_interval_end = self.next_dagrun_data_interval_end

        next_dagrun_data_interval_start: None | str
        if isinstance(self.next_dagrun_data_interval_start, datetime.datetime):
            next_dagrun_data_interval_start = self.next_dagrun_data_interval_start.isoformat()
        else:
            next_dagrun_data_interval_start = self.next_dagrun_data_interval_start

        next_dagrun_logical_date: None | str
        if isinstance(self.next_dagrun_logical_date, datetime.datetime):
            next_dagrun_logical_date = self.next_dagrun_logical_date.isoformat()
        else:
            next_dagrun_logical_date = self.next_dagrun_logical_date

        next_dagrun_run_after: None | str
        if isinstance(self.next_dagrun_run_after, datetime.datetime):
            next_dagrun_run_after = self.next_dagrun_run_after.isoformat()
        else:
            next_dagrun_run_after = self.next_dagrun_run_after

        owners = self.owners

        relative_fileloc: None | str
        relative_fileloc = self.relative_fileloc

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        timetable_description: None | str
        timetable_description = self.timetable_description

        timetable_partitioned = self.timetable_partitioned

        timetable_periodic = self.timetable_periodic

        timetable_summary: None | str
        timetable_summary = self.timetable_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_run_types": allowed_run_types,
                "bundle_name": bundle_name,
                "bundle_version": bundle_version,
                "dag_display_name": dag_display_name,
                "dag_id": dag_id,
                "description": description,
                "file_token": file_token,
                "fileloc": fileloc,
                "has_import_errors": has_import_errors,
                "has_task_concurrency_limits": has_task_concurrency_limits,
                "is_backfillable": is_backfillable,
                "is_paused": is_paused,
                "is_stale": is_stale,
                "last_expired": last_expired,
                "last_parse_duration": last_parse_duration,
                "last_parsed_time": last_parsed_time,
                "max_active_runs": max_active_runs,
                "max_active_tasks": max_active_tasks,
                "max_consecutive_failed_dag_runs": max_consecutive_failed_dag_runs,
                "next_dagrun_data_interval_end": next_dagrun_data_interval_end,
                "next_dagrun_data_interval_start": next_dagrun_data_interval_start,
                "next_dagrun_logical_date": next_dagrun_logical_date,
                "next_dagrun_run_after": next_dagrun_run_after,
                "owners": owners,
                "relative_fileloc": relative_fileloc,
                "tags": tags,
                "timetable_description": timetable_description,
                "timetable_partitioned": timetable_partitioned,
                "timetable_periodic": timetable_periodic,
                "timetable_summary": timetable_summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dag_tag_response import DagTagResponse

        d = dict(src_dict)

        def _parse_allowed_run_types(data: object) -> list[DagRunType] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_run_types_type_0 = []
                _allowed_run_types_type_0 = data
                for allowed_run_types_type_0_item_data in _allowed_run_types_type_0:
                    allowed_run_types_type_0_item = DagRunType(allowed_run_types_type_0_item_data)

                    allowed_run_types_type_0.append(allowed_run_types_type_0_item)

                return allowed_run_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DagRunType] | None, data)

        allowed_run_types = _parse_allowed_run_types(d.pop("allowed_run_types"))

        def _parse_bundle_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bundle_name = _parse_bundle_name(d.pop("bundle_name"))

        def _parse_bundle_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bundle_version = _parse_bundle_version(d.pop("bundle_version"))

        dag_display_name = d.pop("dag_display_name")

        dag_id = d.pop("dag_id")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        file_token = d.pop("file_token")

        fileloc = d.pop("fileloc")

        has_import_errors = d.pop("has_import_errors")

        has_task_concurrency_limits = d.pop("has_task_concurrency_limits")

        is_backfillable = d.pop("is_backfillable")

        is_paused = d.pop("is_paused")

        is_stale = d.pop("is_stale")

        def _parse_last_expired(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_expired_type_0 = datetime.datetime.fromisoformat(data)

                return last_expired_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_expired = _parse_last_expired(d.pop("last_expired"))

        def _parse_last_parse_duration(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        last_parse_duration = _parse_last_parse_duration(d.pop("last_parse_duration"))

        def _parse_last_parsed_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_parsed_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_parsed_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_parsed_time = _parse_last_parsed_time(d.pop("last_parsed_time"))

        def _parse_max_active_runs(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_active_runs = _parse_max_active_runs(d.pop("max_active_runs"))

        max_active_tasks = d.pop("max_active_tasks")

        max_consecutive_failed_dag_runs = d.pop("max_consecutive_failed_dag_runs")

        def _parse_next_dagrun_data_interval_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_dagrun_data_interval_end_type_0 = datetime.datetime.fromisoformat(data)

                return next_dagrun_data_interval_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_dagrun_data_interval_end = _parse_next_dagrun_data_interval_end(d.pop("next_dagrun_data_interval_end"))

        def _parse_next_dagrun_data_interval_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_dagrun_data_interval_start_type_0 = datetime.datetime.fromisoformat(data)

                return next_dagrun_data_interval_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_dagrun_data_interval_start = _parse_next_dagrun_data_interval_start(
            d.pop("next_dagrun_data_interval_start")
        )

        def _parse_next_dagrun_logical_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_dagrun_logical_date_type_0 = datetime.datetime.fromisoformat(data)

                return next_dagrun_logical_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_dagrun_logical_date = _parse_next_dagrun_logical_date(d.pop("next_dagrun_logical_date"))

        def _parse_next_dagrun_run_after(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_dagrun_run_after_type_0 = datetime.datetime.fromisoformat(data)

                return next_dagrun_run_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_dagrun_run_after = _parse_next_dagrun_run_after(d.pop("next_dagrun_run_after"))

        owners = cast(list[str], d.pop("owners"))

        def _parse_relative_fileloc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        relative_fileloc = _parse_relative_fileloc(d.pop("relative_fileloc"))

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = DagTagResponse.from_dict(tags_item_data)

            tags.append(tags_item)

        def _parse_timetable_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timetable_description = _parse_timetable_description(d.pop("timetable_description"))

        timetable_partitioned = d.pop("timetable_partitioned")

        timetable_periodic = d.pop("timetable_periodic")

        def _parse_timetable_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timetable_summary = _parse_timetable_summary(d.pop("timetable_summary"))

        dag_response = cls(
            allowed_run_types=allowed_run_types,
            bundle_name=bundle_name,
            bundle_version=bundle_version,
            dag_display_name=dag_display_name,
            dag_id=dag_id,
            description=description,
            file_token=file_token,
            fileloc=fileloc,
            has_import_errors=has_import_errors,
            has_task_concurrency_limits=has_task_concurrency_limits,
            is_backfillable=is_backfillable,
            is_paused=is_paused,
            is_stale=is_stale,
            last_expired=last_expired,
            last_parse_duration=last_parse_duration,
            last_parsed_time=last_parsed_time,
            max_active_runs=max_active_runs,
            max_active_tasks=max_active_tasks,
            max_consecutive_failed_dag_runs=max_consecutive_failed_dag_runs,
            next_dagrun_data_interval_end=next_dagrun_data_interval_end,
            next_dagrun_data_interval_start=next_dagrun_data_interval_start,
            next_dagrun_logical_date=next_dagrun_logical_date,
            next_dagrun_run_after=next_dagrun_run_after,
            owners=owners,
            relative_fileloc=relative_fileloc,
            tags=tags,
            timetable_description=timetable_description,
            timetable_partitioned=timetable_partitioned,
            timetable_periodic=timetable_periodic,
            timetable_summary=timetable_summary,
        )

        dag_response.additional_properties = d
        return dag_response

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
