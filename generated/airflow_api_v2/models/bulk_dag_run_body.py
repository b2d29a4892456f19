from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dag_run_mutable_states import DagRunMutableStates
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkDAGRunBody")


@_attrs_define
class BulkDAGRunBody:
    """Request body for bulk operations on Dag Runs.

    Attributes:
        dag_run_id (str):
        dag_id (None | str | Unset):
        note (None | str | Unset):
        state (DagRunMutableStates | None | Unset):
    """

    dag_run_id: str
    dag_id: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    state: DagRunMutableStates | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dag_run_id = self.dag_run_id

        dag_id: None | str | Unset
        if isinstance(self.dag_id, Unset):
            dag_id = UNSET
        else:
            dag_id = self.dag_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DagRunMutableStates):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dag_run_id": dag_run_id,
            }
        )
        if dag_id is not UNSET:
            field_dict["dag_id"] = dag_id
        if note is not UNSET:
            field_dict["note"] = note
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dag_run_id = d.pop("dag_run_id")

        def _parse_dag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dag_id = _parse_dag_id(d.pop("dag_id", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_state(data: object) -> DagRunMutableStates | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = DagRunMutableStates(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DagRunMutableStates | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        bulk_dag_run_body = cls(
            dag_run_id=dag_run_id,
            dag_id=dag_id,
            note=note,
            state=state,
        )

        return bulk_dag_run_body
