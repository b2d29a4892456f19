from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClearPartitionsResponse")


@_attrs_define
class ClearPartitionsResponse:
    """Response for the clearPartitions endpoint.

    Attributes:
        dag_runs_cleared (int):
        dry_run (bool):
        task_instances_cleared (int):
    """

    dag_runs_cleared: int
    dry_run: bool
    task_instances_cleared: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dag_runs_cleared = self.dag_runs_cleared

        dry_run = self.dry_run

        task_instances_cleared = self.task_instances_cleared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dag_runs_cleared": dag_runs_cleared,
                "dry_run": dry_run,
                "task_instances_cleared": task_instances_cleared,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dag_runs_cleared = d.pop("dag_runs_cleared")

        dry_run = d.pop("dry_run")

        task_instances_cleared = d.pop("task_instances_cleared")

        clear_partitions_response = cls(
            dag_runs_cleared=dag_runs_cleared,
            dry_run=dry_run,
            task_instances_cleared=task_instances_cleared,
        )

        clear_partitions_response.additional_properties = d
        return clear_partitions_response

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
