from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_event_access_control import AssetEventAccessControl
    from ..models.create_asset_events_body_extra import CreateAssetEventsBodyExtra


T = TypeVar("T", bound="CreateAssetEventsBody")


@_attrs_define
class CreateAssetEventsBody:
    """Create asset events request.

    Attributes:
        asset_id (int):
        access_control (AssetEventAccessControl | None | Unset):
        extra (CreateAssetEventsBodyExtra | Unset):
        partition_key (None | str | Unset):
    """

    asset_id: int
    access_control: AssetEventAccessControl | None | Unset = UNSET
    extra: CreateAssetEventsBodyExtra | Unset = UNSET
    partition_key: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_event_access_control import AssetEventAccessControl

        asset_id = self.asset_id

        access_control: dict[str, Any] | None | Unset
        if isinstance(self.access_control, Unset):
            access_control = UNSET
        elif isinstance(self.access_control, AssetEventAccessControl):
            access_control = self.access_control.to_dict()
        else:
            access_control = self.access_control

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        partition_key: None | str | Unset
        if isinstance(self.partition_key, Unset):
            partition_key = UNSET
        else:
            partition_key = self.partition_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_id": asset_id,
            }
        )
        if access_control is not UNSET:
            field_dict["access_control"] = access_control
        if extra is not UNSET:
            field_dict["extra"] = extra
        if partition_key is not UNSET:
            field_dict["partition_key"] = partition_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_event_access_control import AssetEventAccessControl
        from ..models.create_asset_events_body_extra import CreateAssetEventsBodyExtra

        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        def _parse_access_control(data: object) -> AssetEventAccessControl | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_control_type_0 = AssetEventAccessControl.from_dict(data)

                return access_control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetEventAccessControl | None | Unset, data)

        access_control = _parse_access_control(d.pop("access_control", UNSET))

        _extra = d.pop("extra", UNSET)
        extra: CreateAssetEventsBodyExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = CreateAssetEventsBodyExtra.from_dict(_extra)

        def _parse_partition_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partition_key = _parse_partition_key(d.pop("partition_key", UNSET))

        create_asset_events_body = cls(
            asset_id=asset_id,
            access_control=access_control,
            extra=extra,
            partition_key=partition_key,
        )

        return create_asset_events_body
