from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hitl_detail_response_params_input import HITLDetailResponseParamsInput
    from ..models.hitl_user import HITLUser


T = TypeVar("T", bound="HITLDetailResponse")


@_attrs_define
class HITLDetailResponse:
    """Response of updating a Human-in-the-loop detail.

    Attributes:
        chosen_options (list[str]):
        responded_at (datetime.datetime):
        responded_by (HITLUser): Schema for a Human-in-the-loop users.
        params_input (HITLDetailResponseParamsInput | Unset):
    """

    chosen_options: list[str]
    responded_at: datetime.datetime
    responded_by: HITLUser
    params_input: HITLDetailResponseParamsInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chosen_options = self.chosen_options

        responded_at = self.responded_at.isoformat()

        responded_by = self.responded_by.to_dict()

        params_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params_input, Unset):
            params_input = self.params_input.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chosen_options": chosen_options,
                "responded_at": responded_at,
                "responded_by": responded_by,
            }
        )
        if params_input is not UNSET:
            field_dict["params_input"] = params_input

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hitl_detail_response_params_input import HITLDetailResponseParamsInput
        from ..models.hitl_user import HITLUser

        d = dict(src_dict)
        chosen_options = cast(list[str], d.pop("chosen_options"))

        responded_at = datetime.datetime.fromisoformat(d.pop("responded_at"))

        responded_by = HITLUser.from_dict(d.pop("responded_by"))

        _params_input = d.pop("params_input", UNSET)
        params_input: HITLDetailResponseParamsInput | Unset
        if isinstance(_params_input, Unset):
            params_input = UNSET
        else:
            params_input = HITLDetailResponseParamsInput.from_dict(_params_input)

        hitl_detail_response = cls(
            chosen_options=chosen_options,
            responded_at=responded_at,
            responded_by=responded_by,
            params_input=params_input,
        )

        hitl_detail_response.additional_properties = d
        return hitl_detail_response

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
