from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DagRunAssetReference")


@_attrs_define
class DagRunAssetReference:
    """DagRun serializer for asset responses.

    Attributes:
        dag_id (str):
        data_interval_end (datetime.datetime | None):
        data_interval_start (datetime.datetime | None):
        end_date (datetime.datetime | None):
        logical_date (datetime.datetime | None):
        partition_key (None | str):
        run_id (str):
        start_date (datetime.datetime):
        state (str):
        triggering (bool): Whether this asset event triggered the referenced dag run. Only a run's most recent consumed
            asset event triggers it; earlier consumed events are included in the run but did not trigger it.
    """

    dag_id: str
    data_interval_end: datetime.datetime | None
    data_interval_start: datetime.datetime | None
    end_date: datetime.datetime | None
    logical_date: datetime.datetime | None
    partition_key: None | str
    run_id: str
    start_date: datetime.datetime
    state: str
    triggering: bool

    def to_dict(self) -> dict[str, Any]:
        dag_id = self.dag_id

        data_interval_end: None | str
        if isinstance(self.data_interval_end, datetime.datetime):
            data_interval_end = self.data_interval_end.isoformat()
        else:
            data_interval_end = self.data_interval_end

        data_interval_start: None | str
        if isinstance(self.data_interval_start, datetime.datetime):
            data_interval_start = self.data_interval_start.isoformat()
        else:
            data_interval_start = self.data_interval_start

        end_date: None | str
        if isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        logical_date: None | str
        if isinstance(self.logical_date, datetime.datetime):
            logical_date = self.logical_date.isoformat()
        else:
            logical_date = self.logical_date

        partition_key: None | str
        partition_key = self.partition_key

        run_id = self.run_id

        start_date = self.start_date.isoformat()

        state = self.state

        triggering = self.triggering

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dag_id": dag_id,
                "data_interval_end": data_interval_end,
                "data_interval_start": data_interval_start,
                "end_date": end_date,
                "logical_date": logical_date,
                "partition_key": partition_key,
                "run_id": run_id,
                "start_date": start_date,
                "state": state,
                "triggering": triggering,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dag_id = d.pop("dag_id")

        def _parse_data_interval_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_interval_end_type_0 = datetime.datetime.fromisoformat(data)

                return data_interval_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        data_interval_end = _parse_data_interval_end(d.pop("data_interval_end"))

        def _parse_data_interval_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_interval_start_type_0 = datetime.datetime.fromisoformat(data)

                return data_interval_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        data_interval_start = _parse_data_interval_start(d.pop("data_interval_start"))

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

        def _parse_partition_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partition_key = _parse_partition_key(d.pop("partition_key"))

        run_id = d.pop("run_id")

        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        state = d.pop("state")

        triggering = d.pop("triggering")

        dag_run_asset_reference = cls(
            dag_id=dag_id,
            data_interval_end=data_interval_end,
            data_interval_start=data_interval_start,
            end_date=end_date,
            logical_date=logical_date,
            partition_key=partition_key,
            run_id=run_id,
            start_date=start_date,
            state=state,
            triggering=triggering,
        )

        return dag_run_asset_reference
