from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dag_warning_type import DagWarningType

T = TypeVar("T", bound="DAGWarningResponse")


@_attrs_define
class DAGWarningResponse:
    """Dag Warning serializer for responses.

    Attributes:
        dag_display_name (str):
        dag_id (str):
        message (str):
        timestamp (datetime.datetime):
        warning_type (DagWarningType): Enum for DAG warning types.

            This is the set of allowable values for the ``warning_type`` field
            in the DagWarning model.
    """

    dag_display_name: str
    dag_id: str
    message: str
    timestamp: datetime.datetime
    warning_type: DagWarningType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dag_display_name = self.dag_display_name

        dag_id = self.dag_id

        message = self.message

        timestamp = self.timestamp.isoformat()

        warning_type = self.warning_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dag_display_name": dag_display_name,
                "dag_id": dag_id,
                "message": message,
                "timestamp": timestamp,
                "warning_type": warning_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dag_display_name = d.pop("dag_display_name")

        dag_id = d.pop("dag_id")

        message = d.pop("message")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        warning_type = DagWarningType(d.pop("warning_type"))

        dag_warning_response = cls(
            dag_display_name=dag_display_name,
            dag_id=dag_id,
            message=message,
            timestamp=timestamp,
            warning_type=warning_type,
        )

        dag_warning_response.additional_properties = d
        return dag_warning_response

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
