from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeDelta")


@_attrs_define
class TimeDelta:
    """TimeDelta can be used to interact with datetime.timedelta objects.

    Attributes:
        days (int):
        microseconds (int):
        seconds (int):
        field_type_ (str | Unset):  Default: 'TimeDelta'.
    """

    days: int
    microseconds: int
    seconds: int
    field_type_: str | Unset = "TimeDelta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        microseconds = self.microseconds

        seconds = self.seconds

        field_type_ = self.field_type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "microseconds": microseconds,
                "seconds": seconds,
            }
        )
        if field_type_ is not UNSET:
            field_dict["__type"] = field_type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        days = d.pop("days")

        microseconds = d.pop("microseconds")

        seconds = d.pop("seconds")

        field_type_ = d.pop("__type", UNSET)

        time_delta = cls(
            days=days,
            microseconds=microseconds,
            seconds=seconds,
            field_type_=field_type_,
        )

        time_delta.additional_properties = d
        return time_delta

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
