from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolResponse")


@_attrs_define
class PoolResponse:
    """Pool serializer for responses.

    Attributes:
        deferred_slots (int):
        include_deferred (bool):
        name (str):
        occupied_slots (int):
        open_slots (int):
        queued_slots (int):
        running_slots (int):
        scheduled_slots (int):
        slots (int): Number of slots. Use -1 for unlimited.
        team_name (None | str):
        description (None | str | Unset):
    """

    deferred_slots: int
    include_deferred: bool
    name: str
    occupied_slots: int
    open_slots: int
    queued_slots: int
    running_slots: int
    scheduled_slots: int
    slots: int
    team_name: None | str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deferred_slots = self.deferred_slots

        include_deferred = self.include_deferred

        name = self.name

        occupied_slots = self.occupied_slots

        open_slots = self.open_slots

        queued_slots = self.queued_slots

        running_slots = self.running_slots

        scheduled_slots = self.scheduled_slots

        slots = self.slots

        team_name: None | str
        team_name = self.team_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deferred_slots": deferred_slots,
                "include_deferred": include_deferred,
                "name": name,
                "occupied_slots": occupied_slots,
                "open_slots": open_slots,
                "queued_slots": queued_slots,
                "running_slots": running_slots,
                "scheduled_slots": scheduled_slots,
                "slots": slots,
                "team_name": team_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deferred_slots = d.pop("deferred_slots")

        include_deferred = d.pop("include_deferred")

        name = d.pop("name")

        occupied_slots = d.pop("occupied_slots")

        open_slots = d.pop("open_slots")

        queued_slots = d.pop("queued_slots")

        running_slots = d.pop("running_slots")

        scheduled_slots = d.pop("scheduled_slots")

        slots = d.pop("slots")

        def _parse_team_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_name = _parse_team_name(d.pop("team_name"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        pool_response = cls(
            deferred_slots=deferred_slots,
            include_deferred=include_deferred,
            name=name,
            occupied_slots=occupied_slots,
            open_slots=open_slots,
            queued_slots=queued_slots,
            running_slots=running_slots,
            scheduled_slots=scheduled_slots,
            slots=slots,
            team_name=team_name,
            description=description,
        )

        pool_response.additional_properties = d
        return pool_response

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
