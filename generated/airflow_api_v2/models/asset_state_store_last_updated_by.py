from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_state_store_writer_kind import AssetStateStoreWriterKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetStateStoreLastUpdatedBy")


@_attrs_define
class AssetStateStoreLastUpdatedBy:
    """Writer info for the last write to an asset state store entry.

    Attributes:
        kind (AssetStateStoreWriterKind): Identifies what kind of writer last updated an asset state store entry.

            ``TASK`` — written by a task via the execution API.
            ``WATCHER`` — written by a ``BaseEventTrigger`` (no task instance).
            ``API`` — written directly through the Core API (e.g. manual admin write).
        dag_id (None | str | Unset):
        map_index (int | None | Unset):
        run_id (None | str | Unset):
        task_id (None | str | Unset):
    """

    kind: AssetStateStoreWriterKind
    dag_id: None | str | Unset = UNSET
    map_index: int | None | Unset = UNSET
    run_id: None | str | Unset = UNSET
    task_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        dag_id: None | str | Unset
        if isinstance(self.dag_id, Unset):
            dag_id = UNSET
        else:
            dag_id = self.dag_id

        map_index: int | None | Unset
        if isinstance(self.map_index, Unset):
            map_index = UNSET
        else:
            map_index = self.map_index

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if dag_id is not UNSET:
            field_dict["dag_id"] = dag_id
        if map_index is not UNSET:
            field_dict["map_index"] = map_index
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = AssetStateStoreWriterKind(d.pop("kind"))

        def _parse_dag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dag_id = _parse_dag_id(d.pop("dag_id", UNSET))

        def _parse_map_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        map_index = _parse_map_index(d.pop("map_index", UNSET))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        asset_state_store_last_updated_by = cls(
            kind=kind,
            dag_id=dag_id,
            map_index=map_index,
            run_id=run_id,
            task_id=task_id,
        )

        asset_state_store_last_updated_by.additional_properties = d
        return asset_state_store_last_updated_by

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
