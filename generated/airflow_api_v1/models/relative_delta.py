from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RelativeDelta")


@_attrs_define
class RelativeDelta:
    """Relative delta

    Attributes:
        field_type_ (str):
        day (int):
        days (int):
        hour (int):
        hours (int):
        leapdays (int):
        microsecond (int):
        microseconds (int):
        minute (int):
        minutes (int):
        month (int):
        months (int):
        second (int):
        seconds (int):
        year (int):
        years (int):
    """

    field_type_: str
    day: int
    days: int
    hour: int
    hours: int
    leapdays: int
    microsecond: int
    microseconds: int
    minute: int
    minutes: int
    month: int
    months: int
    second: int
    seconds: int
    year: int
    years: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_ = self.field_type_

        day = self.day

        days = self.days

        hour = self.hour

        hours = self.hours

        leapdays = self.leapdays

        microsecond = self.microsecond

        microseconds = self.microseconds

        minute = self.minute

        minutes = self.minutes

        month = self.month

        months = self.months

        second = self.second

        seconds = self.seconds

        year = self.year

        years = self.years

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "__type": field_type_,
                "day": day,
                "days": days,
                "hour": hour,
                "hours": hours,
                "leapdays": leapdays,
                "microsecond": microsecond,
                "microseconds": microseconds,
                "minute": minute,
                "minutes": minutes,
                "month": month,
                "months": months,
                "second": second,
                "seconds": seconds,
                "year": year,
                "years": years,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_type_ = d.pop("__type")

        day = d.pop("day")

        days = d.pop("days")

        hour = d.pop("hour")

        hours = d.pop("hours")

        leapdays = d.pop("leapdays")

        microsecond = d.pop("microsecond")

        microseconds = d.pop("microseconds")

        minute = d.pop("minute")

        minutes = d.pop("minutes")

        month = d.pop("month")

        months = d.pop("months")

        second = d.pop("second")

        seconds = d.pop("seconds")

        year = d.pop("year")

        years = d.pop("years")

        relative_delta = cls(
            field_type_=field_type_,
            day=day,
            days=days,
            hour=hour,
            hours=hours,
            leapdays=leapdays,
            microsecond=microsecond,
            microseconds=microseconds,
            minute=minute,
            minutes=minutes,
            month=month,
            months=months,
            second=second,
            seconds=seconds,
            year=year,
            years=years,
        )

        relative_delta.additional_properties = d
        return relative_delta

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
