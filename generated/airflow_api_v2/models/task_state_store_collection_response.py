from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_state_store_response import TaskStateStoreResponse


T = TypeVar("T", bound="TaskStateStoreCollectionResponse")


@_attrs_define
class TaskStateStoreCollectionResponse:
    """All task state store entries for a task instance.

    Attributes:
        task_state_store (list[TaskStateStoreResponse]):
        total_entries (int):
    """

    task_state_store: list[TaskStateStoreResponse]
    total_entries: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_state_store = []
        for task_state_store_item_data in self.task_state_store:
            task_state_store_item = task_state_store_item_data.to_dict()
            task_state_store.append(task_state_store_item)

        total_entries = self.total_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_state_store": task_state_store,
                "total_entries": total_entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_state_store_response import TaskStateStoreResponse

        d = dict(src_dict)
        task_state_store = []
        _task_state_store = d.pop("task_state_store")
        for task_state_store_item_data in _task_state_store:
            task_state_store_item = TaskStateStoreResponse.from_dict(task_state_store_item_data)

            task_state_store.append(task_state_store_item)

        total_entries = d.pop("total_entries")

        task_state_store_collection_response = cls(
            task_state_store=task_state_store,
            total_entries=total_entries,
        )

        task_state_store_collection_response.additional_properties = d
        return task_state_store_collection_response

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
