from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_dag_run_body import BulkDAGRunBody


T = TypeVar("T", bound="BulkDAGRunClearBody")


@_attrs_define
class BulkDAGRunClearBody:
    """Request body for the bulk clear Dag Runs endpoint.

    Attributes:
        dag_runs (list[BulkDAGRunBody] | Unset):
        dry_run (bool | Unset):  Default: True.
        note (None | str | Unset):
        only_failed (bool | Unset):  Default: False.
        only_new (bool | Unset): Only queue newly added tasks in the latest Dag version without clearing existing tasks.
            Default: False.
        partition_date_end (datetime.datetime | None | Unset): Inclusive end of the partition date window. The value is
            interpreted in the Dag's timetable timezone. Mutually exclusive with the other partition selectors.
        partition_date_start (datetime.datetime | None | Unset): Inclusive start of the partition date window. The value
            is interpreted in the Dag's timetable timezone. Mutually exclusive with the other partition selectors.
        partition_key (None | str | Unset): Select runs by exact partition key match. Mutually exclusive with the other
            partition selectors.
        run_on_latest_version (bool | None | Unset): (Experimental) Run on the latest bundle version of the Dag after
            clearing. If not specified, falls back to the DAG-level ``rerun_with_latest_version`` parameter, then the
            ``[core] rerun_with_latest_version`` config option, and finally ``False``.
    """

    dag_runs: list[BulkDAGRunBody] | Unset = UNSET
    dry_run: bool | Unset = True
    note: None | str | Unset = UNSET
    only_failed: bool | Unset = False
    only_new: bool | Unset = False
    partition_date_end: datetime.datetime | None | Unset = UNSET
    partition_date_start: datetime.datetime | None | Unset = UNSET
    partition_key: None | str | Unset = UNSET
    run_on_latest_version: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dag_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dag_runs, Unset):
            dag_runs = []
            for dag_runs_item_data in self.dag_runs:
                dag_runs_item = dag_runs_item_data.to_dict()
                dag_runs.append(dag_runs_item)

        dry_run = self.dry_run

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        only_failed = self.only_failed

        only_new = self.only_new

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

        run_on_latest_version: bool | None | Unset
        if isinstance(self.run_on_latest_version, Unset):
            run_on_latest_version = UNSET
        else:
            run_on_latest_version = self.run_on_latest_version

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if dag_runs is not UNSET:
            field_dict["dag_runs"] = dag_runs
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if note is not UNSET:
            field_dict["note"] = note
        if only_failed is not UNSET:
            field_dict["only_failed"] = only_failed
        if only_new is not UNSET:
            field_dict["only_new"] = only_new
        if partition_date_end is not UNSET:
            field_dict["partition_date_end"] = partition_date_end
        if partition_date_start is not UNSET:
            field_dict["partition_date_start"] = partition_date_start
        if partition_key is not UNSET:
            field_dict["partition_key"] = partition_key
        if run_on_latest_version is not UNSET:
            field_dict["run_on_latest_version"] = run_on_latest_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_dag_run_body import BulkDAGRunBody

        d = dict(src_dict)
        _dag_runs = d.pop("dag_runs", UNSET)
        dag_runs: list[BulkDAGRunBody] | Unset = UNSET
        if _dag_runs is not UNSET:
            dag_runs = []
            for dag_runs_item_data in _dag_runs:
                dag_runs_item = BulkDAGRunBody.from_dict(dag_runs_item_data)

                dag_runs.append(dag_runs_item)

        dry_run = d.pop("dry_run", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        only_failed = d.pop("only_failed", UNSET)

        only_new = d.pop("only_new", UNSET)

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

        def _parse_run_on_latest_version(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_on_latest_version = _parse_run_on_latest_version(d.pop("run_on_latest_version", UNSET))

        bulk_dag_run_clear_body = cls(
            dag_runs=dag_runs,
            dry_run=dry_run,
            note=note,
            only_failed=only_failed,
            only_new=only_new,
            partition_date_end=partition_date_end,
            partition_date_start=partition_date_start,
            partition_key=partition_key,
            run_on_latest_version=run_on_latest_version,
        )

        return bulk_dag_run_clear_body
