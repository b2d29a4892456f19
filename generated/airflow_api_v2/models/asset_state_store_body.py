from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssetStateStoreBody")


@_attrs_define
class AssetStateStoreBody:
    """Request body for setting an asset state store value.

    Attributes:
        value (Any):
    """

    value: Any

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        asset_state_store_body = cls(
            value=value,
        )

        return asset_state_store_body
