from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_state_store_last_updated_by import AssetStateStoreLastUpdatedBy


T = TypeVar("T", bound="AssetStateStoreResponse")


@_attrs_define
class AssetStateStoreResponse:
    """A single asset state store key/value pair with metadata.

    Attributes:
        key (str):
        updated_at (datetime.datetime):
        value (Any):
        last_updated_by (AssetStateStoreLastUpdatedBy | None | Unset):
    """

    key: str
    updated_at: datetime.datetime
    value: Any
    last_updated_by: AssetStateStoreLastUpdatedBy | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_state_store_last_updated_by import AssetStateStoreLastUpdatedBy

        key = self.key

        updated_at = self.updated_at.isoformat()

        value = self.value

        last_updated_by: dict[str, Any] | None | Unset
        if isinstance(self.last_updated_by, Unset):
            last_updated_by = UNSET
        elif isinstance(self.last_updated_by, AssetStateStoreLastUpdatedBy):
            last_updated_by = self.last_updated_by.to_dict()
        else:
            last_updated_by = self.last_updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "updated_at": updated_at,
                "value": value,
            }
        )
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_state_store_last_updated_by import AssetStateStoreLastUpdatedBy

        d = dict(src_dict)
        key = d.pop("key")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        value = d.pop("value")

        def _parse_last_updated_by(data: object) -> AssetStateStoreLastUpdatedBy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_updated_by_type_0 = AssetStateStoreLastUpdatedBy.from_dict(data)

                return last_updated_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetStateStoreLastUpdatedBy | None | Unset, data)

        last_updated_by = _parse_last_updated_by(d.pop("last_updated_by", UNSET))

        asset_state_store_response = cls(
            key=key,
            updated_at=updated_at,
            value=value,
            last_updated_by=last_updated_by,
        )

        asset_state_store_response.additional_properties = d
        return asset_state_store_response

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
