from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TriggerResponse")


@_attrs_define
class TriggerResponse:
    """Trigger serializer for responses.

    Attributes:
        classpath (str):
        created_date (datetime.datetime):
        id (int):
        kwargs (str):
        queue (None | str):
        triggerer_id (int | None):
    """

    classpath: str
    created_date: datetime.datetime
    id: int
    kwargs: str
    queue: None | str
    triggerer_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classpath = self.classpath

        created_date = self.created_date.isoformat()

        id = self.id

        kwargs = self.kwargs

        queue: None | str
        queue = self.queue

        triggerer_id: int | None
        triggerer_id = self.triggerer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "classpath": classpath,
                "created_date": created_date,
                "id": id,
                "kwargs": kwargs,
                "queue": queue,
                "triggerer_id": triggerer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        classpath = d.pop("classpath")

        created_date = datetime.datetime.fromisoformat(d.pop("created_date"))

        id = d.pop("id")

        kwargs = d.pop("kwargs")

        def _parse_queue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        queue = _parse_queue(d.pop("queue"))

        def _parse_triggerer_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        triggerer_id = _parse_triggerer_id(d.pop("triggerer_id"))

        trigger_response = cls(
            classpath=classpath,
            created_date=created_date,
            id=id,
            kwargs=kwargs,
            queue=queue,
            triggerer_id=triggerer_id,
        )

        trigger_response.additional_properties = d
        return trigger_response

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
