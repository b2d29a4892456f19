from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProviderResponse")


@_attrs_define
class ProviderResponse:
    """Provider serializer for responses.

    Attributes:
        description (str):
        documentation_url (None | str):
        package_name (str):
        version (str):
    """

    description: str
    documentation_url: None | str
    package_name: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        documentation_url: None | str
        documentation_url = self.documentation_url

        package_name = self.package_name

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "documentation_url": documentation_url,
                "package_name": package_name,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_documentation_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        documentation_url = _parse_documentation_url(d.pop("documentation_url"))

        package_name = d.pop("package_name")

        version = d.pop("version")

        provider_response = cls(
            description=description,
            documentation_url=documentation_url,
            package_name=package_name,
            version=version,
        )

        provider_response.additional_properties = d
        return provider_response

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
