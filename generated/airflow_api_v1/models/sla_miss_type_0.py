from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SLAMissType0")


@_attrs_define
class SLAMissType0:
    """
    Attributes:
        dag_id (str | Unset): The DAG ID.
        description (None | str | Unset):
        email_sent (bool | Unset):
        execution_date (str | Unset):
        notification_sent (bool | Unset):
        task_id (str | Unset): The task ID.
        timestamp (str | Unset):
    """

    dag_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    email_sent: bool | Unset = UNSET
    execution_date: str | Unset = UNSET
    notification_sent: bool | Unset = UNSET
    task_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dag_id = self.dag_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        email_sent = self.email_sent

        execution_date = self.execution_date

        notification_sent = self.notification_sent

        task_id = self.task_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dag_id is not UNSET:
            field_dict["dag_id"] = dag_id
        if description is not UNSET:
            field_dict["description"] = description
        if email_sent is not UNSET:
            field_dict["email_sent"] = email_sent
        if execution_date is not UNSET:
            field_dict["execution_date"] = execution_date
        if notification_sent is not UNSET:
            field_dict["notification_sent"] = notification_sent
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dag_id = d.pop("dag_id", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        email_sent = d.pop("email_sent", UNSET)

        execution_date = d.pop("execution_date", UNSET)

        notification_sent = d.pop("notification_sent", UNSET)

        task_id = d.pop("task_id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        sla_miss_type_0 = cls(
            dag_id=dag_id,
            description=description,
            email_sent=email_sent,
            execution_date=execution_date,
            notification_sent=notification_sent,
            task_id=task_id,
            timestamp=timestamp,
        )

        sla_miss_type_0.additional_properties = d
        return sla_miss_type_0

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
