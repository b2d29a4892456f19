from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImportErrorResponse")


@_attrs_define
class ImportErrorResponse:
    """Import Error Response.

    Attributes:
        bundle_name (None | str):
        filename (str):
        import_error_id (int):
        stack_trace (str):
        timestamp (datetime.datetime):
    """

    bundle_name: None | str
    filename: str
    import_error_id: int
    stack_trace: str
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_name: None | str
        bundle_name = self.bundle_name

        filename = self.filename

        import_error_id = self.import_error_id

        stack_trace = self.stack_trace

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bundle_name": bundle_name,
                "filename": filename,
                "import_error_id": import_error_id,
                "stack_trace": stack_trace,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_bundle_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bundle_name = _parse_bundle_name(d.pop("bundle_name"))

        filename = d.pop("filename")

        import_error_id = d.pop("import_error_id")

        stack_trace = d.pop("stack_trace")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        import_error_response = cls(
            bundle_name=bundle_name,
            filename=filename,
            import_error_id=import_error_id,
            stack_trace=stack_trace,
            timestamp=timestamp,
        )

        import_error_response.additional_properties = d
        return import_error_response

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
