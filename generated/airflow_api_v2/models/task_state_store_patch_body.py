from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaskStateStorePatchBody")


@_attrs_define
class TaskStateStorePatchBody:
    """Request body for patching only the value of an existing task state store key.

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

        task_state_store_patch_body = cls(
            value=value,
        )

        return task_state_store_patch_body
