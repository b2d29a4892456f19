from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DAGRunClearBody")


@_attrs_define
class DAGRunClearBody:
    """Dag Run serializer for clear endpoint body.

    Attributes:
        dry_run (bool | Unset):  Default: True.
        note (None | str | Unset):
        only_failed (bool | Unset):  Default: False.
        only_new (bool | Unset): Only queue newly added tasks in the latest Dag version without clearing existing tasks.
            Default: False.
        run_on_latest_version (bool | None | Unset): (Experimental) Run on the latest bundle version of the Dag after
            clearing. If not specified, falls back to the DAG-level ``rerun_with_latest_version`` parameter, then the
            ``[core] rerun_with_latest_version`` config option, and finally ``False``.
    """

    dry_run: bool | Unset = True
    note: None | str | Unset = UNSET
    only_failed: bool | Unset = False
    only_new: bool | Unset = False
    run_on_latest_version: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        only_failed = self.only_failed

        only_new = self.only_new

        run_on_latest_version: bool | None | Unset
        if isinstance(self.run_on_latest_version, Unset):
            run_on_latest_version = UNSET
        else:
            run_on_latest_version = self.run_on_latest_version

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if note is not UNSET:
            field_dict["note"] = note
        if only_failed is not UNSET:
            field_dict["only_failed"] = only_failed
        if only_new is not UNSET:
            field_dict["only_new"] = only_new
        if run_on_latest_version is not UNSET:
            field_dict["run_on_latest_version"] = run_on_latest_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dry_run = d.pop("dry_run", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        only_failed = d.pop("only_failed", UNSET)

        only_new = d.pop("only_new", UNSET)

        def _parse_run_on_latest_version(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_on_latest_version = _parse_run_on_latest_version(d.pop("run_on_latest_version", UNSET))

        dag_run_clear_body = cls(
            dry_run=dry_run,
            note=note,
            only_failed=only_failed,
            only_new=only_new,
            run_on_latest_version=run_on_latest_version,
        )

        return dag_run_clear_body
