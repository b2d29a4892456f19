from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_alias_response import AssetAliasResponse
    from ..models.asset_response_extra_type_0 import AssetResponseExtraType0
    from ..models.asset_watcher_response import AssetWatcherResponse
    from ..models.dag_schedule_asset_reference import DagScheduleAssetReference
    from ..models.last_asset_event_response import LastAssetEventResponse
    from ..models.task_inlet_asset_reference import TaskInletAssetReference
    from ..models.task_outlet_asset_reference import TaskOutletAssetReference


T = TypeVar("T", bound="AssetResponse")


@_attrs_define
class AssetResponse:
    """Asset serializer for responses.

    Attributes:
        aliases (list[AssetAliasResponse]):
        consuming_tasks (list[TaskInletAssetReference]):
        created_at (datetime.datetime):
        group (str):
        id (int):
        name (str):
        producing_tasks (list[TaskOutletAssetReference]):
        scheduled_dags (list[DagScheduleAssetReference]):
        updated_at (datetime.datetime):
        uri (str):
        watchers (list[AssetWatcherResponse]):
        extra (AssetResponseExtraType0 | None | Unset):
        last_asset_event (LastAssetEventResponse | None | Unset):
    """

    aliases: list[AssetAliasResponse]
    consuming_tasks: list[TaskInletAssetReference]
    created_at: datetime.datetime
    group: str
    id: int
    name: str
    producing_tasks: list[TaskOutletAssetReference]
    scheduled_dags: list[DagScheduleAssetReference]
    updated_at: datetime.datetime
    uri: str
    watchers: list[AssetWatcherResponse]
    extra: AssetResponseExtraType0 | None | Unset = UNSET
    last_asset_event: LastAssetEventResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_response_extra_type_0 import AssetResponseExtraType0
        from ..models.last_asset_event_response import LastAssetEventResponse

        aliases = []
        for aliases_item_data in self.aliases:
            aliases_item = aliases_item_data.to_dict()
            aliases.append(aliases_item)

        consuming_tasks = []
        for consuming_tasks_item_data in self.consuming_tasks:
            consuming_tasks_item = consuming_tasks_item_data.to_dict()
            consuming_tasks.append(consuming_tasks_item)

        created_at = self.created_at.isoformat()

        group = self.group

        id = self.id

        name = self.name

        producing_tasks = []
        for producing_tasks_item_data in self.producing_tasks:
            producing_tasks_item = producing_tasks_item_data.to_dict()
            producing_tasks.append(producing_tasks_item)

        scheduled_dags = []
        for scheduled_dags_item_data in self.scheduled_dags:
            scheduled_dags_item = scheduled_dags_item_data.to_dict()
            scheduled_dags.append(scheduled_dags_item)

        updated_at = self.updated_at.isoformat()

        uri = self.uri

        watchers = []
        for watchers_item_data in self.watchers:
            watchers_item = watchers_item_data.to_dict()
            watchers.append(watchers_item)

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, AssetResponseExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        last_asset_event: dict[str, Any] | None | Unset
        if isinstance(self.last_asset_event, Unset):
            last_asset_event = UNSET
        elif isinstance(self.last_asset_event, LastAssetEventResponse):
            last_asset_event = self.last_asset_event.to_dict()
        else:
            last_asset_event = self.last_asset_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aliases": aliases,
                "consuming_tasks": consuming_tasks,
                "created_at": created_at,
                "group": group,
                "id": id,
                "name": name,
                "producing_tasks": producing_tasks,
                "scheduled_dags": scheduled_dags,
                "updated_at": updated_at,
                "uri": uri,
                "watchers": watchers,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra
        if last_asset_event is not UNSET:
            field_dict["last_asset_event"] = last_asset_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_alias_response import AssetAliasResponse
        from ..models.asset_response_extra_type_0 import AssetResponseExtraType0
        from ..models.asset_watcher_response import AssetWatcherResponse
        from ..models.dag_schedule_asset_reference import DagScheduleAssetReference
        from ..models.last_asset_event_response import LastAssetEventResponse
        from ..models.task_inlet_asset_reference import TaskInletAssetReference
        from ..models.task_outlet_asset_reference import TaskOutletAssetReference

        d = dict(src_dict)
        aliases = []
        _aliases = d.pop("aliases")
        for aliases_item_data in _aliases:
            aliases_item = AssetAliasResponse.from_dict(aliases_item_data)

            aliases.append(aliases_item)

        consuming_tasks = []
        _consuming_tasks = d.pop("consuming_tasks")
        for consuming_tasks_item_data in _consuming_tasks:
            consuming_tasks_item = TaskInletAssetReference.from_dict(consuming_tasks_item_data)

            consuming_tasks.append(consuming_tasks_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        group = d.pop("group")

        id = d.pop("id")

        name = d.pop("name")

        producing_tasks = []
        _producing_tasks = d.pop("producing_tasks")
        for producing_tasks_item_data in _producing_tasks:
            producing_tasks_item = TaskOutletAssetReference.from_dict(producing_tasks_item_data)

            producing_tasks.append(producing_tasks_item)

        scheduled_dags = []
        _scheduled_dags = d.pop("scheduled_dags")
        for scheduled_dags_item_data in _scheduled_dags:
            scheduled_dags_item = DagScheduleAssetReference.from_dict(scheduled_dags_item_data)

            scheduled_dags.append(scheduled_dags_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        uri = d.pop("uri")

        watchers = []
        _watchers = d.pop("watchers")
        for watchers_item_data in _watchers:
            watchers_item = AssetWatcherResponse.from_dict(watchers_item_data)

            watchers.append(watchers_item)

        def _parse_extra(data: object) -> AssetResponseExtraType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_type_0 = AssetResponseExtraType0.from_dict(data)

                return extra_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetResponseExtraType0 | None | Unset, data)

        extra = _parse_extra(d.pop("extra", UNSET))

        def _parse_last_asset_event(data: object) -> LastAssetEventResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_asset_event_type_0 = LastAssetEventResponse.from_dict(data)

                return last_asset_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LastAssetEventResponse | None | Unset, data)

        last_asset_event = _parse_last_asset_event(d.pop("last_asset_event", UNSET))

        asset_response = cls(
            aliases=aliases,
            consuming_tasks=consuming_tasks,
            created_at=created_at,
            group=group,
            id=id,
            name=name,
            producing_tasks=producing_tasks,
            scheduled_dags=scheduled_dags,
            updated_at=updated_at,
            uri=uri,
            watchers=watchers,
            extra=extra,
            last_asset_event=last_asset_event,
        )

        asset_response.additional_properties = d
        return asset_response

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
