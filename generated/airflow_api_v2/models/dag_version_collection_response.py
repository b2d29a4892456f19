from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dag_version_response import DagVersionResponse


T = TypeVar("T", bound="DAGVersionCollectionResponse")


@_attrs_define
class DAGVersionCollectionResponse:
    """Dag Version Collection serializer for responses.

    Attributes:
        dag_versions (list[DagVersionResponse]):
        total_entries (int):
    """

    dag_versions: list[DagVersionResponse]
    total_entries: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dag_versions = []
        for dag_versions_item_data in self.dag_versions:
            dag_versions_item = dag_versions_item_data.to_dict()
            dag_versions.append(dag_versions_item)

        total_entries = self.total_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dag_versions": dag_versions,
                "total_entries": total_entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dag_version_response import DagVersionResponse

        d = dict(src_dict)
        dag_versions = []
        _dag_versions = d.pop("dag_versions")
        for dag_versions_item_data in _dag_versions:
            dag_versions_item = DagVersionResponse.from_dict(dag_versions_item_data)

            dag_versions.append(dag_versions_item)

        total_entries = d.pop("total_entries")

        dag_version_collection_response = cls(
            dag_versions=dag_versions,
            total_entries=total_entries,
        )

        dag_version_collection_response.additional_properties = d
        return dag_version_collection_response

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
