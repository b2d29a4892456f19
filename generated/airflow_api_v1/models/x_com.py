from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.x_com_value_type_5_type_0 import XComValueType5Type0


T = TypeVar("T", bound="XCom")


@_attrs_define
class XCom:
    """Full representations of XCom entry.

    Attributes:
        dag_id (str | Unset):
        execution_date (str | Unset):
        key (str | Unset):
        map_index (int | Unset):
        task_id (str | Unset):
        timestamp (str | Unset):
        value (bool | float | int | list[Any] | None | str | Unset | XComValueType5Type0): The value(s),
    """

    dag_id: str | Unset = UNSET
    execution_date: str | Unset = UNSET
    key: str | Unset = UNSET
    map_index: int | Unset = UNSET
    task_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    value: bool | float | int | list[Any] | None | str | Unset | XComValueType5Type0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.x_com_value_type_5_type_0 import XComValueType5Type0

        dag_id = self.dag_id

        execution_date = self.execution_date

        key = self.key

        map_index = self.map_index

        task_id = self.task_id

        timestamp = self.timestamp

        value: bool | dict[str, Any] | float | int | list[Any] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, XComValueType5Type0):
            value = self.value.to_dict()
        else:
            value = self.value

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
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.x_com_value_type_5_type_0 import XComValueType5Type0

        d = dict(src_dict)
        dag_id = d.pop("dag_id", UNSET)

        execution_date = d.pop("execution_date", UNSET)

        key = d.pop("key", UNSET)

        map_index = d.pop("map_index", UNSET)

        task_id = d.pop("task_id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        def _parse_value(data: object) -> bool | float | int | list[Any] | None | str | Unset | XComValueType5Type0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_4 = cast(list[Any], data)

                return value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_5_type_0 = XComValueType5Type0.from_dict(data)

                return value_type_5_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | int | list[Any] | None | str | Unset | XComValueType5Type0, data)

        value = _parse_value(d.pop("value", UNSET))

        x_com = cls(
            dag_id=dag_id,
            execution_date=execution_date,
            key=key,
            map_index=map_index,
            task_id=task_id,
            timestamp=timestamp,
            value=value,
        )

        x_com.additional_properties = d
        return x_com

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
