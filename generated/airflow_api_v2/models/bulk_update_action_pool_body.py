from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bulk_action_not_on_existence import BulkActionNotOnExistence
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_body import PoolBody


T = TypeVar("T", bound="BulkUpdateActionPoolBody")


@_attrs_define
class BulkUpdateActionPoolBody:
    """
    Attributes:
        action (Literal['update']): The action to be performed on the entities.
        entities (list[PoolBody]): A list of entities to be updated.
        action_on_non_existence (BulkActionNotOnExistence | Unset): Bulk Action to be taken if the entity does not
            exist.
        update_mask (list[str] | None | Unset): A list of field names to update for each entity.Only these fields will
            be applied from the request body to the database model.Any extra fields provided will be ignored.
    """

    action: Literal["update"]
    entities: list[PoolBody]
    action_on_non_existence: BulkActionNotOnExistence | Unset = UNSET
    update_mask: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.to_dict()
            entities.append(entities_item)

        action_on_non_existence: str | Unset = UNSET
        if not isinstance(self.action_on_non_existence, Unset):
            action_on_non_existence = self.action_on_non_existence.value

        update_mask: list[str] | None | Unset
        if isinstance(self.update_mask, Unset):
            update_mask = UNSET
        elif isinstance(self.update_mask, list):
            update_mask = self.update_mask

        else:
            update_mask = self.update_mask

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "entities": entities,
            }
        )
        if action_on_non_existence is not UNSET:
            field_dict["action_on_non_existence"] = action_on_non_existence
        if update_mask is not UNSET:
            field_dict["update_mask"] = update_mask

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pool_body import PoolBody

        d = dict(src_dict)
        action = cast(Literal["update"], d.pop("action"))
        if action != "update":
            raise ValueError(f"action must match const 'update', got '{action}'")

        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = PoolBody.from_dict(entities_item_data)

            entities.append(entities_item)

        _action_on_non_existence = d.pop("action_on_non_existence", UNSET)
        action_on_non_existence: BulkActionNotOnExistence | Unset
        if isinstance(_action_on_non_existence, Unset):
            action_on_non_existence = UNSET
        else:
            action_on_non_existence = BulkActionNotOnExistence(_action_on_non_existence)

        def _parse_update_mask(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                update_mask_type_0 = cast(list[str], data)

                return update_mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        update_mask = _parse_update_mask(d.pop("update_mask", UNSET))

        bulk_update_action_pool_body = cls(
            action=action,
            entities=entities,
            action_on_non_existence=action_on_non_existence,
            update_mask=update_mask,
        )

        return bulk_update_action_pool_body
