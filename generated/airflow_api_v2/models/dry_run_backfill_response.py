from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DryRunBackfillResponse")


@_attrs_define
class DryRunBackfillResponse:
    """Backfill serializer for responses in dry-run mode.

    Attributes:
        logical_date (datetime.datetime | None):
        partition_date (datetime.datetime | None):
        partition_key (None | str):
    """

    logical_date: datetime.datetime | None
    partition_date: datetime.datetime | None
    partition_key: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logical_date: None | str
        if isinstance(self.logical_date, datetime.datetime):
            logical_date = self.logical_date.isoformat()
        else:
            logical_date = self.logical_date

        partition_date: None | str
        if isinstance(self.partition_date, datetime.datetime):
            partition_date = self.partition_date.isoformat()
        else:
            partition_date = self.partition_date

        partition_key: None | str
        partition_key = self.partition_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logical_date": logical_date,
                "partition_date": partition_date,
                "partition_key": partition_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        def _parse_partition_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partition_date_type_0 = datetime.datetime.fromisoformat(data)

                return partition_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        partition_date = _parse_partition_date(d.pop("partition_date"))

        def _parse_partition_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partition_key = _parse_partition_key(d.pop("partition_key"))

        dry_run_backfill_response = cls(
            logical_date=logical_date,
            partition_date=partition_date,
            partition_key=partition_key,
        )

        dry_run_backfill_response.additional_properties = d
        return dry_run_backfill_response

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
