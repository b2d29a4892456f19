from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClearPartitionsBody")


@_attrs_define
class ClearPartitionsBody:
    """Request body for the clearPartitions endpoint (column-reset: set partition fields to None).

    Attributes:
        clear_task_instances (bool | Unset): Also clear task instances on the matched runs. Default: False.
        dry_run (bool | Unset): If True, compute counts without writing any changes. Default: True.
        partition_date_end (datetime.datetime | None | Unset): Inclusive end of the partition date window. The value is
            interpreted in the Dag's timetable timezone. Mutually exclusive with the other partition selectors.
        partition_date_start (datetime.datetime | None | Unset): Inclusive start of the partition date window. The value
            is interpreted in the Dag's timetable timezone. Mutually exclusive with the other partition selectors.
        partition_key (None | str | Unset): Select runs by exact partition key match. Mutually exclusive with the other
            partition selectors.
        run_id (None | str | Unset): Select runs by exact run_id. Mutually exclusive with ``partition_key`` and
            partition date window.
    """

    clear_task_instances: bool | Unset = False
    dry_run: bool | Unset = True
    partition_date_end: datetime.datetime | None | Unset = UNSET
    partition_date_start: datetime.datetime | None | Unset = UNSET
    partition_key: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        clear_task_instances = self.clear_task_instances

        dry_run = self.dry_run

        partition_date_end: None | str | Unset
        if isinstance(self.partition_date_end, Unset):
            partition_date_end = UNSET
        elif isinstance(self.partition_date_end, datetime.datetime):
            partition_date_end = self.partition_date_end.isoformat()
        else:
            partition_date_end = self.partition_date_end

        partition_date_start: None | str | Unset
        if isinstance(self.partition_date_start, Unset):
            partition_date_start = UNSET
        elif isinstance(self.partition_date_start, datetime.datetime):
            partition_date_start = self.partition_date_start.isoformat()
        else:
            partition_date_start = self.partition_date_start

        partition_key: None | str | Unset
        if isinstance(self.partition_key, Unset):
            partition_key = UNSET
        else:
            partition_key = self.partition_key

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if clear_task_instances is not UNSET:
            field_dict["clear_task_instances"] = clear_task_instances
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if partition_date_end is not UNSET:
            field_dict["partition_date_end"] = partition_date_end
        if partition_date_start is not UNSET:
            field_dict["partition_date_start"] = partition_date_start
        if partition_key is not UNSET:
            field_dict["partition_key"] = partition_key
        if run_id is not UNSET:
            field_dict["run_id"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clear_task_instances = d.pop("clear_task_instances", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        def _parse_partition_date_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partition_date_end_type_0 = datetime.datetime.fromisoformat(data)

                return partition_date_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        partition_date_end = _parse_partition_date_end(d.pop("partition_date_end", UNSET))

        def _parse_partition_date_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partition_date_start_type_0 = datetime.datetime.fromisoformat(data)

                return partition_date_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        partition_date_start = _parse_partition_date_start(d.pop("partition_date_start", UNSET))

        def _parse_partition_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partition_key = _parse_partition_key(d.pop("partition_key", UNSET))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        clear_partitions_body = cls(
            clear_task_instances=clear_task_instances,
            dry_run=dry_run,
            partition_date_end=partition_date_end,
            partition_date_start=partition_date_start,
            partition_key=partition_key,
            run_id=run_id,
        )

        return clear_partitions_body
