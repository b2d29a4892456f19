from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetEventAccessControl")


@_attrs_define
class AssetEventAccessControl:
    """Access control settings for asset event consumer team filtering.

    Attributes:
        allow_global (bool | Unset):  Default: True.
        consumer_teams (list[str] | None | Unset):
    """

    allow_global: bool | Unset = True
    consumer_teams: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        allow_global = self.allow_global

        consumer_teams: list[str] | None | Unset
        if isinstance(self.consumer_teams, Unset):
            consumer_teams = UNSET
        elif isinstance(self.consumer_teams, list):
            consumer_teams = self.consumer_teams

        else:
            consumer_teams = self.consumer_teams

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_global is not UNSET:
            field_dict["allow_global"] = allow_global
        if consumer_teams is not UNSET:
            field_dict["consumer_teams"] = consumer_teams

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        allow_global = d.pop("allow_global", UNSET)

        def _parse_consumer_teams(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                consumer_teams_type_0 = cast(list[str], data)

                return consumer_teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        consumer_teams = _parse_consumer_teams(d.pop("consumer_teams", UNSET))

        asset_event_access_control = cls(
            allow_global=allow_global,
            consumer_teams=consumer_teams,
        )

        return asset_event_access_control
