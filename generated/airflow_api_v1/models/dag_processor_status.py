from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_status import HealthStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DagProcessorStatus")


@_attrs_define
class DagProcessorStatus:
    """The status and the latest dag processor heartbeat.

    *New in version 2.6.3*

        Attributes:
            latest_dag_processor_heartbeat (None | str | Unset): The time the dag processor last did a heartbeat.
            status (HealthStatus | None | Unset):
    """

    latest_dag_processor_heartbeat: None | str | Unset = UNSET
    status: HealthStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latest_dag_processor_heartbeat: None | str | Unset
        if isinstance(self.latest_dag_processor_heartbeat, Unset):
            latest_dag_processor_heartbeat = UNSET
        else:
            latest_dag_processor_heartbeat = self.latest_dag_processor_heartbeat

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, HealthStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latest_dag_processor_heartbeat is not UNSET:
            field_dict["latest_dag_processor_heartbeat"] = latest_dag_processor_heartbeat
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_latest_dag_processor_heartbeat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_dag_processor_heartbeat = _parse_latest_dag_processor_heartbeat(
            d.pop("latest_dag_processor_heartbeat", UNSET)
        )

        def _parse_status(data: object) -> HealthStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = HealthStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HealthStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        dag_processor_status = cls(
            latest_dag_processor_heartbeat=latest_dag_processor_heartbeat,
            status=status,
        )

        dag_processor_status.additional_properties = d
        return dag_processor_status

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
