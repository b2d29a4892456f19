from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dag_run_mutable_states import DagRunMutableStates
from ..types import UNSET, Unset

T = TypeVar("T", bound="DAGRunPatchBody")


@_attrs_define
class DAGRunPatchBody:
    """Dag Run Serializer for PATCH requests.

    Attributes:
        note (None | str | Unset):
        state (DagRunMutableStates | None | Unset):
    """

    note: None | str | Unset = UNSET
    state: DagRunMutableStates | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        dag_run_patch_body = cls(
            note=note,
            state=state,
        )

        return dag_run_patch_body
