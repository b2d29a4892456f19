from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetWatcherResponse")


@_attrs_define
class AssetWatcherResponse:
    """Asset watcher serializer for responses.

    Attributes:
        created_date (datetime.datetime):
        name (str):
        trigger_id (int):
    """

    created_date: datetime.datetime
    name: str
    trigger_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_date = self.created_date.isoformat()

        name = self.name

        trigger_id = self.trigger_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_date": created_date,
                "name": name,
                "trigger_id": trigger_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_date = datetime.datetime.fromisoformat(d.pop("created_date"))

        name = d.pop("name")

        trigger_id = d.pop("trigger_id")

        asset_watcher_response = cls(
            created_date=created_date,
            name=name,
            trigger_id=trigger_id,
        )

        asset_watcher_response.additional_properties = d
        return asset_watcher_response

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
