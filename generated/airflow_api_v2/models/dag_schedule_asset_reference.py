from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DagScheduleAssetReference")


@_attrs_define
class DagScheduleAssetReference:
    """Dag schedule reference serializer for assets.

    Attributes:
        created_at (datetime.datetime):
        dag_id (str):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    dag_id: str
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        dag_id = self.dag_id

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "dag_id": dag_id,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        dag_id = d.pop("dag_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        dag_schedule_asset_reference = cls(
            created_at=created_at,
            dag_id=dag_id,
            updated_at=updated_at,
        )

        return dag_schedule_asset_reference
