from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queued_event import QueuedEvent


T = TypeVar("T", bound="QueuedEventCollection")


@_attrs_define
class QueuedEventCollection:
    """A collection of Dataset Dag Run Queues.

    *New in version 2.9.0*

        Attributes:
            total_entries (int | Unset): Count of total objects in the current result set before pagination parameters
                (limit, offset) are applied.
            queued_events (list[QueuedEvent] | Unset):
    """

    total_entries: int | Unset = UNSET
    queued_events: list[QueuedEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_entries = self.total_entries

        queued_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queued_events, Unset):
            queued_events = []
            for queued_events_item_data in self.queued_events:
                queued_events_item = queued_events_item_data.to_dict()
                queued_events.append(queued_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_entries is not UNSET:
            field_dict["total_entries"] = total_entries
        if queued_events is not UNSET:
            field_dict["queued_events"] = queued_events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.queued_event import QueuedEvent

        d = dict(src_dict)
        total_entries = d.pop("total_entries", UNSET)

        _queued_events = d.pop("queued_events", UNSET)
        queued_events: list[QueuedEvent] | Unset = UNSET
        if _queued_events is not UNSET:
            queued_events = []
            for queued_events_item_data in _queued_events:
                queued_events_item = QueuedEvent.from_dict(queued_events_item_data)

                queued_events.append(queued_events_item)

        queued_event_collection = cls(
            total_entries=total_entries,
            queued_events=queued_events,
        )

        queued_event_collection.additional_properties = d
        return queued_event_collection

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
