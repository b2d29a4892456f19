from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.backfill_response import BackfillResponse


T = TypeVar("T", bound="BackfillCollectionResponse")


@_attrs_define
class BackfillCollectionResponse:
    """Backfill Collection serializer for responses.

    Attributes:
        backfills (list[BackfillResponse]):
        total_entries (int):
    """

    backfills: list[BackfillResponse]
    total_entries: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backfills = []
        for backfills_item_data in self.backfills:
            backfills_item = backfills_item_data.to_dict()
            backfills.append(backfills_item)

        total_entries = self.total_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backfills": backfills,
                "total_entries": total_entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.backfill_response import BackfillResponse

        d = dict(src_dict)
        backfills = []
        _backfills = d.pop("backfills")
        for backfills_item_data in _backfills:
            backfills_item = BackfillResponse.from_dict(backfills_item_data)

            backfills.append(backfills_item)

        total_entries = d.pop("total_entries")

        backfill_collection_response = cls(
            backfills=backfills,
            total_entries=total_entries,
        )

        backfill_collection_response.additional_properties = d
        return backfill_collection_response

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
