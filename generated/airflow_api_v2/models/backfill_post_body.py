from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.reprocess_behavior import ReprocessBehavior
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backfill_post_body_dag_run_conf_type_0 import BackfillPostBodyDagRunConfType0


T = TypeVar("T", bound="BackfillPostBody")


@_attrs_define
class BackfillPostBody:
    """Object used for create backfill request.

    Attributes:
        dag_id (str):
        from_date (datetime.datetime):
        to_date (datetime.datetime):
        dag_run_conf (BackfillPostBodyDagRunConfType0 | None | Unset):
        max_active_runs (int | Unset):  Default: 10.
        reprocess_behavior (ReprocessBehavior | Unset): Internal enum for setting reprocess behavior in a backfill.

            :meta private:
        run_backwards (bool | Unset):  Default: False.
        run_on_latest_version (bool | None | Unset): Run on the latest bundle version of the Dag for each backfilled
            run. If not specified, falls back to the DAG-level ``rerun_with_latest_version`` parameter, then the ``[core]
            rerun_with_latest_version`` config option, and finally ``True`` (the historical default for backfills).
    """

    dag_id: str
    from_date: datetime.datetime
    to_date: datetime.datetime
    dag_run_conf: BackfillPostBodyDagRunConfType0 | None | Unset = UNSET
    max_active_runs: int | Unset = 10
    reprocess_behavior: ReprocessBehavior | Unset = UNSET
    run_backwards: bool | Unset = False
    run_on_latest_version: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.backfill_post_body_dag_run_conf_type_0 import BackfillPostBodyDagRunConfType0

        dag_id = self.dag_id

        from_date = self.from_date.isoformat()

        to_date = self.to_date.isoformat()

        dag_run_conf: dict[str, Any] | None | Unset
        if isinstance(self.dag_run_conf, Unset):
            dag_run_conf = UNSET
        elif isinstance(self.dag_run_conf, BackfillPostBodyDagRunConfType0):
            dag_run_conf = self.dag_run_conf.to_dict()
        else:
            dag_run_conf = self.dag_run_conf

        max_active_runs = self.max_active_runs

        reprocess_behavior: str | Unset = UNSET
        if not isinstance(self.reprocess_behavior, Unset):
            reprocess_behavior = self.reprocess_behavior.value

        run_backwards = self.run_backwards

        run_on_latest_version: bool | None | Unset
        if isinstance(self.run_on_latest_version, Unset):
            run_on_latest_version = UNSET
        else:
            run_on_latest_version = self.run_on_latest_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dag_id": dag_id,
                "from_date": from_date,
                "to_date": to_date,
            }
        )
        if dag_run_conf is not UNSET:
            field_dict["dag_run_conf"] = dag_run_conf
        if max_active_runs is not UNSET:
            field_dict["max_active_runs"] = max_active_runs
        if reprocess_behavior is not UNSET:
            field_dict["reprocess_behavior"] = reprocess_behavior
        if run_backwards is not UNSET:
            field_dict["run_backwards"] = run_backwards
        if run_on_latest_version is not UNSET:
            field_dict["run_on_latest_version"] = run_on_latest_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.backfill_post_body_dag_run_conf_type_0 import BackfillPostBodyDagRunConfType0

        d = dict(src_dict)
        dag_id = d.pop("dag_id")

        from_date = datetime.datetime.fromisoformat(d.pop("from_date"))

        to_date = datetime.datetime.fromisoformat(d.pop("to_date"))

        def _parse_dag_run_conf(data: object) -> BackfillPostBodyDagRunConfType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dag_run_conf_type_0 = BackfillPostBodyDagRunConfType0.from_dict(data)

                return dag_run_conf_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackfillPostBodyDagRunConfType0 | None | Unset, data)

        dag_run_conf = _parse_dag_run_conf(d.pop("dag_run_conf", UNSET))

        max_active_runs = d.pop("max_active_runs", UNSET)

        _reprocess_behavior = d.pop("reprocess_behavior", UNSET)
        reprocess_behavior: ReprocessBehavior | Unset
        if isinstance(_reprocess_behavior, Unset):
            reprocess_behavior = UNSET
        else:
            reprocess_behavior = ReprocessBehavior(_reprocess_behavior)

        run_backwards = d.pop("run_backwards", UNSET)

        def _parse_run_on_latest_version(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_on_latest_version = _parse_run_on_latest_version(d.pop("run_on_latest_version", UNSET))

        backfill_post_body = cls(
            dag_id=dag_id,
            from_date=from_date,
            to_date=to_date,
            dag_run_conf=dag_run_conf,
            max_active_runs=max_active_runs,
            reprocess_behavior=reprocess_behavior,
            run_backwards=run_backwards,
            run_on_latest_version=run_on_latest_version,
        )

        return backfill_post_body
