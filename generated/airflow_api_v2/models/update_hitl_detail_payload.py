from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_hitl_detail_payload_params_input import UpdateHITLDetailPayloadParamsInput


T = TypeVar("T", bound="UpdateHITLDetailPayload")


@_attrs_define
class UpdateHITLDetailPayload:
    """Schema for updating the content of a Human-in-the-loop detail.

    Attributes:
        chosen_options (list[str]):
        params_input (UpdateHITLDetailPayloadParamsInput | Unset):
    """

    chosen_options: list[str]
    params_input: UpdateHITLDetailPayloadParamsInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chosen_options = self.chosen_options

        params_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params_input, Unset):
            params_input = self.params_input.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chosen_options": chosen_options,
            }
        )
        if params_input is not UNSET:
            field_dict["params_input"] = params_input

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_hitl_detail_payload_params_input import UpdateHITLDetailPayloadParamsInput

        d = dict(src_dict)
        chosen_options = cast(list[str], d.pop("chosen_options"))

        _params_input = d.pop("params_input", UNSET)
        params_input: UpdateHITLDetailPayloadParamsInput | Unset
        if isinstance(_params_input, Unset):
            params_input = UNSET
        else:
            params_input = UpdateHITLDetailPayloadParamsInput.from_dict(_params_input)

        update_hitl_detail_payload = cls(
            chosen_options=chosen_options,
            params_input=params_input,
        )

        update_hitl_detail_payload.additional_properties = d
        return update_hitl_detail_payload

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
