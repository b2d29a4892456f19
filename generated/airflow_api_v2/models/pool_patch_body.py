from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolPatchBody")


@_attrs_define
class PoolPatchBody:
    """Pool serializer for patch bodies.

    Attributes:
        include_deferred (bool | None):
        pool (None | str):
        slots (int | None):
        description (None | str | Unset):
        team_name (None | str | Unset):
    """

    include_deferred: bool | None
    pool: None | str
    slots: int | None
    description: None | str | Unset = UNSET
    team_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        include_deferred: bool | None
        include_deferred = self.include_deferred

        pool: None | str
        pool = self.pool

        slots: int | None
        slots = self.slots

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        team_name: None | str | Unset
        if isinstance(self.team_name, Unset):
            team_name = UNSET
        else:
            team_name = self.team_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "include_deferred": include_deferred,
                "pool": pool,
                "slots": slots,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if team_name is not UNSET:
            field_dict["team_name"] = team_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_include_deferred(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        include_deferred = _parse_include_deferred(d.pop("include_deferred"))

        def _parse_pool(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pool = _parse_pool(d.pop("pool"))

        def _parse_slots(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        slots = _parse_slots(d.pop("slots"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_team_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_name = _parse_team_name(d.pop("team_name", UNSET))

        pool_patch_body = cls(
            include_deferred=include_deferred,
            pool=pool,
            slots=slots,
            description=description,
            team_name=team_name,
        )

        return pool_patch_body
