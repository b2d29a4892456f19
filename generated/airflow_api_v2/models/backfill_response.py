from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reprocess_behavior import ReprocessBehavior

if TYPE_CHECKING:
    from ..models.backfill_response_dag_run_conf_type_0 import BackfillResponseDagRunConfType0


T = TypeVar("T", bound="BackfillResponse")


@_attrs_define
class BackfillResponse:
    """Base serializer for Backfill.

    Attributes:
        completed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        dag_display_name (str):
        dag_id (str):
        dag_run_conf (BackfillResponseDagRunConfType0 | None):
        from_date (datetime.datetime):
        id (int):
        is_paused (bool):
        max_active_runs (int):
        reprocess_behavior (ReprocessBehavior): Internal enum for setting reprocess behavior in a backfill.

            :meta private:
        to_date (datetime.datetime):
        updated_at (datetime.datetime):
    """

    completed_at: datetime.datetime | None
    created_at: datetime.datetime
    dag_display_name: str
    dag_id: str
    dag_run_conf: BackfillResponseDagRunConfType0 | None
    from_date: datetime.datetime
    id: int
    is_paused: bool
    max_active_runs: int
    reprocess_behavior: ReprocessBehavior
    to_date: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.backfill_response_dag_run_conf_type_0 import BackfillResponseDagRunConfType0

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at = self.created_at.isoformat()

        dag_display_name = self.dag_display_name

        dag_id = self.dag_id

        dag_run_conf: dict[str, Any] | None
        if isinstance(self.dag_run_conf, BackfillResponseDagRunConfType0):
            dag_run_conf = self.dag_run_conf.to_dict()
        else:
            dag_run_conf = self.dag_run_conf

        from_date = self.from_date.isoformat()

        id = self.id

        is_paused = self.is_paused

        max_active_runs = self.max_active_runs

        reprocess_behavior = self.reprocess_behavior.value

        to_date = self.to_date.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed_at": completed_at,
                "created_at": created_at,
                "dag_display_name": dag_display_name,
                "dag_id": dag_id,
                "dag_run_conf": dag_run_conf,
                "from_date": from_date,
                "id": id,
                "is_paused": is_paused,
                "max_active_runs": max_active_runs,
                "reprocess_behavior": reprocess_behavior,
                "to_date": to_date,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.backfill_response_dag_run_conf_type_0 import BackfillResponseDagRunConfType0

        d = dict(src_dict)

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        dag_display_name = d.pop("dag_display_name")

        dag_id = d.pop("dag_id")

        def _parse_dag_run_conf(data: object) -> BackfillResponseDagRunConfType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dag_run_conf_type_0 = BackfillResponseDagRunConfType0.from_dict(data)

                return dag_run_conf_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackfillResponseDagRunConfType0 | None, data)

        dag_run_conf = _parse_dag_run_conf(d.pop("dag_run_conf"))

        from_date = datetime.datetime.fromisoformat(d.pop("from_date"))

        id = d.pop("id")

        is_paused = d.pop("is_paused")

        max_active_runs = d.pop("max_active_runs")

        reprocess_behavior = ReprocessBehavior(d.pop("reprocess_behavior"))

        to_date = datetime.datetime.fromisoformat(d.pop("to_date"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        backfill_response = cls(
            completed_at=completed_at,
            created_at=created_at,
            dag_display_name=dag_display_name,
            dag_id=dag_id,
            dag_run_conf=dag_run_conf,
            from_date=from_date,
            id=id,
            is_paused=is_paused,
            max_active_runs=max_active_runs,
            reprocess_behavior=reprocess_behavior,
            to_date=to_date,
            updated_at=updated_at,
        )

        backfill_response.additional_properties = d
        return backfill_response

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
