from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TimeDeltaType0")


@_attrs_define
class TimeDeltaType0:
    """Time delta

    Attributes:
        field_type_ (str):
        days (int):
        microseconds (int):
        seconds (int):
    """

    field_type_: str
    days: int
    microseconds: int
    seconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_ = self.field_type_

        days = self.days

        microseconds = self.microseconds

        seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "__type": field_type_,
                "days": days,
                "microseconds": microseconds,
                "seconds": seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_type_ = d.pop("__type")

        days = d.pop("days")

        microseconds = d.pop("microseconds")

        seconds = d.pop("seconds")

        time_delta_type_0 = cls(
            field_type_=field_type_,
            days=days,
            microseconds=microseconds,
            seconds=seconds,
        )

        time_delta_type_0.additional_properties = d
        return time_delta_type_0

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
