from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dag_run_response import DAGRunResponse


T = TypeVar("T", bound="DAGRunCollectionResponse")


@_attrs_define
class DAGRunCollectionResponse:
    """Dag Run collection response supporting both offset and cursor pagination.

    A single flat model is used instead of a discriminated union
    (``Annotated[Offset | Cursor, Field(discriminator=...)]``) because
    the OpenAPI ``oneOf`` + ``discriminator`` construct is not handled
    correctly by ``@hey-api/openapi-ts`` / ``@7nohe/openapi-react-query-codegen``:
    return types degrade to ``unknown`` in JSDoc and can produce
    incorrect TypeScript types (see hey-api/openapi-ts#1613, #3270).

        Attributes:
            dag_runs (list[DAGRunResponse]):
            next_cursor (None | str | Unset): Token pointing to the next page. Populated for cursor pagination, ``null``
                when using offset pagination or when there is no next page.
            previous_cursor (None | str | Unset): Token pointing to the previous page. Populated for cursor pagination,
                ``null`` when using offset pagination or when on the first page.
            total_entries (int | None | Unset): Number of matching items. For offset pagination this is the exact total. For
                cursor pagination it is capped at ``total_entries_limit``; a value equal to that limit means at least that many
                items match.
            total_entries_limit (int | None | Unset): Cap applied to ``total_entries`` under cursor pagination. ``null`` for
                offset pagination, where ``total_entries`` is exact.
    """

    dag_runs: list[DAGRunResponse]
    next_cursor: None | str | Unset = UNSET
    previous_cursor: None | str | Unset = UNSET
    total_entries: int | None | Unset = UNSET
    total_entries_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dag_runs = []
        for dag_runs_item_data in self.dag_runs:
            dag_runs_item = dag_runs_item_data.to_dict()
            dag_runs.append(dag_runs_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        previous_cursor: None | str | Unset
        if isinstance(self.previous_cursor, Unset):
            previous_cursor = UNSET
        else:
            previous_cursor = self.previous_cursor

        total_entries: int | None | Unset
        if isinstance(self.total_entries, Unset):
            total_entries = UNSET
        else:
            total_entries = self.total_entries

        total_entries_limit: int | None | Unset
        if isinstance(self.total_entries_limit, Unset):
            total_entries_limit = UNSET
        else:
            total_entries_limit = self.total_entries_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dag_runs": dag_runs,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if previous_cursor is not UNSET:
            field_dict["previous_cursor"] = previous_cursor
        if total_entries is not UNSET:
            field_dict["total_entries"] = total_entries
        if total_entries_limit is not UNSET:
            field_dict["total_entries_limit"] = total_entries_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dag_run_response import DAGRunResponse

        d = dict(src_dict)
        dag_runs = []
        _dag_runs = d.pop("dag_runs")
        for dag_runs_item_data in _dag_runs:
            dag_runs_item = DAGRunResponse.from_dict(dag_runs_item_data)

            dag_runs.append(dag_runs_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        def _parse_previous_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_cursor = _parse_previous_cursor(d.pop("previous_cursor", UNSET))

        def _parse_total_entries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_entries = _parse_total_entries(d.pop("total_entries", UNSET))

        def _parse_total_entries_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_entries_limit = _parse_total_entries_limit(d.pop("total_entries_limit", UNSET))

        dag_run_collection_response = cls(
            dag_runs=dag_runs,
            next_cursor=next_cursor,
            previous_cursor=previous_cursor,
            total_entries=total_entries,
            total_entries_limit=total_entries_limit,
        )

        dag_run_collection_response.additional_properties = d
        return dag_run_collection_response

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
