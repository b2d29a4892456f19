from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FastAPIRootMiddlewareResponse")


@_attrs_define
class FastAPIRootMiddlewareResponse:
    """Serializer for Plugin FastAPI root middleware responses.

    Attributes:
        middleware (str):
        name (str):
    """

    middleware: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        middleware = self.middleware

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "middleware": middleware,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        middleware = d.pop("middleware")

        name = d.pop("name")

        fast_api_root_middleware_response = cls(
            middleware=middleware,
            name=name,
        )

        fast_api_root_middleware_response.additional_properties = d
        return fast_api_root_middleware_response

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
