from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncConnectionTestResponse")


@_attrs_define
class AsyncConnectionTestResponse:
    """Response returned when polling for the status of an enqueued connection test.

    Attributes:
        connection_id (str):
        created_at (datetime.datetime):
        state (str):
        token (str):
        result_message (None | str | Unset):
    """

    connection_id: str
    created_at: datetime.datetime
    state: str
    token: str
    result_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        created_at = self.created_at.isoformat()

        state = self.state

        token = self.token

        result_message: None | str | Unset
        if isinstance(self.result_message, Unset):
            result_message = UNSET
        else:
            result_message = self.result_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_id": connection_id,
                "created_at": created_at,
                "state": state,
                "token": token,
            }
        )
        if result_message is not UNSET:
            field_dict["result_message"] = result_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connection_id = d.pop("connection_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        state = d.pop("state")

        token = d.pop("token")

        def _parse_result_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_message = _parse_result_message(d.pop("result_message", UNSET))

        async_connection_test_response = cls(
            connection_id=connection_id,
            created_at=created_at,
            state=state,
            token=token,
            result_message=result_message,
        )

        async_connection_test_response.additional_properties = d
        return async_connection_test_response

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
