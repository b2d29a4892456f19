from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportError_")


@_attrs_define
class ImportError_:
    """
    Attributes:
        filename (str | Unset): The filename
        import_error_id (int | Unset): The import error ID.
        stack_trace (str | Unset): The full stackstrace.
        timestamp (str | Unset): The time when this error was created.
    """

    filename: str | Unset = UNSET
    import_error_id: int | Unset = UNSET
    stack_trace: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        import_error_id = self.import_error_id

        stack_trace = self.stack_trace

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filename is not UNSET:
            field_dict["filename"] = filename
        if import_error_id is not UNSET:
            field_dict["import_error_id"] = import_error_id
        if stack_trace is not UNSET:
            field_dict["stack_trace"] = stack_trace
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename", UNSET)

        import_error_id = d.pop("import_error_id", UNSET)

        stack_trace = d.pop("stack_trace", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        import_error = cls(
            filename=filename,
            import_error_id=import_error_id,
            stack_trace=stack_trace,
            timestamp=timestamp,
        )

        import_error.additional_properties = d
        return import_error

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
