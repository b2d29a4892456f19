from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="XComCollectionItem")


@_attrs_define
class XComCollectionItem:
    """XCom entry collection item.

    The value field is only available when reading a single object due to the size of the value.

        Attributes:
            dag_id (str | Unset):
            execution_date (str | Unset):
            key (str | Unset):
            map_index (int | Unset):
            task_id (str | Unset):
            timestamp (str | Unset):
    """

    dag_id: str | Unset = UNSET
    execution_date: str | Unset = UNSET
    key: str | Unset = UNSET
    map_index: int | Unset = UNSET
    task_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dag_id = self.dag_id

        execution_date = self.execution_date

        key = self.key

        map_index = self.map_index

        task_id = self.task_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dag_id is not UNSET:
            field_dict["dag_id"] = dag_id
        if execution_date is not UNSET:
            field_dict["execution_date"] = execution_date
        if key is not UNSET:
            field_dict["key"] = key
        if map_index is not UNSET:
            field_dict["map_index"] = map_index
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dag_id = d.pop("dag_id", UNSET)

        execution_date = d.pop("execution_date", UNSET)

        key = d.pop("key", UNSET)

        map_index = d.pop("map_index", UNSET)

        task_id = d.pop("task_id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        x_com_collection_item = cls(
            dag_id=dag_id,
            execution_date=execution_date,
            key=key,
            map_index=map_index,
            task_id=task_id,
            timestamp=timestamp,
        )

        x_com_collection_item.additional_properties = d
        return x_com_collection_item

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
