from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_task_response import NewTaskResponse
    from ..models.task_instance_response import TaskInstanceResponse


T = TypeVar("T", bound="ClearTaskInstanceCollectionResponse")


@_attrs_define
class ClearTaskInstanceCollectionResponse:
    """Response for clear dag run dry run, which may contain new tasks without full TaskInstance data.

    Attributes:
        task_instances (list[NewTaskResponse | TaskInstanceResponse]):
        total_entries (int):
    """

    task_instances: list[NewTaskResponse | TaskInstanceResponse]
    total_entries: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_instance_response import TaskInstanceResponse

        task_instances = []
        for task_instances_item_data in self.task_instances:
            task_instances_item: dict[str, Any]
            if isinstance(task_instances_item_data, TaskInstanceResponse):
                task_instances_item = task_instances_item_data.to_dict()
            else:
                task_instances_item = task_instances_item_data.to_dict()

            task_instances.append(task_instances_item)

        total_entries = self.total_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_instances": task_instances,
                "total_entries": total_entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_task_response import NewTaskResponse
        from ..models.task_instance_response import TaskInstanceResponse

        d = dict(src_dict)
        task_instances = []
        _task_instances = d.pop("task_instances")
        for task_instances_item_data in _task_instances:

            def _parse_task_instances_item(data: object) -> NewTaskResponse | TaskInstanceResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    task_instances_item_type_0 = TaskInstanceResponse.from_dict(data)

                    return task_instances_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                task_instances_item_type_1 = NewTaskResponse.from_dict(data)

                return task_instances_item_type_1

            task_instances_item = _parse_task_instances_item(task_instances_item_data)

            task_instances.append(task_instances_item)

        total_entries = d.pop("total_entries")

        clear_task_instance_collection_response = cls(
            task_instances=task_instances,
            total_entries=total_entries,
        )

        clear_task_instance_collection_response.additional_properties = d
        return clear_task_instance_collection_response

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
