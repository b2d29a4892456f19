from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FastAPIAppResponse")


@_attrs_define
class FastAPIAppResponse:
    """Serializer for Plugin FastAPI App responses.

    Attributes:
        app (str):
        name (str):
        url_prefix (str):
    """

    app: str
    name: str
    url_prefix: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app = self.app

        name = self.name

        url_prefix = self.url_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app": app,
                "name": name,
                "url_prefix": url_prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app = d.pop("app")

        name = d.pop("name")

        url_prefix = d.pop("url_prefix")

        fast_api_app_response = cls(
            app=app,
            name=name,
            url_prefix=url_prefix,
        )

        fast_api_app_response.additional_properties = d
        return fast_api_app_response

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
