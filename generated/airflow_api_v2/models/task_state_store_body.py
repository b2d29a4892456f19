from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskStateStoreBody")


@_attrs_define
class TaskStateStoreBody:
    """Request body for setting a task state store value.

    ``expires_at`` controls expiry:

    - ``"default"``: apply the configured ``[state_store] default_retention_days``.
    - ``null``: never expire.
    - aware datetime: expire at that time.

        Attributes:
            value (Any):
            expires_at (datetime.datetime | Literal['default'] | None | Unset):  Default: 'default'.
    """

    value: Any
    expires_at: datetime.datetime | Literal["default"] | None | Unset = "default"

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        expires_at: Literal["default"] | None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        def _parse_expires_at(data: object) -> datetime.datetime | Literal["default"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            expires_at_type_1 = cast(Literal["default"], data)
            if expires_at_type_1 != "default":
                raise ValueError(f"expires_at_type_1 must match const 'default', got '{expires_at_type_1}'")
            return expires_at_type_1
            return cast(datetime.datetime | Literal["default"] | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        task_state_store_body = cls(
            value=value,
            expires_at=expires_at,
        )

        return task_state_store_body
