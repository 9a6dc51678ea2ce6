from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assignment import Assignment


T = TypeVar("T", bound="AllocatePolicyAllocationResponse")


@_attrs_define
class AllocatePolicyAllocationResponse:
    """
    Attributes:
        updated (list[Assignment]): Assignment records whose state was transitioned to "allocated" as a result of this
            action.
        created (list[Assignment]): New assignment records that were created as a result of this action.
        no_change (list[Assignment]): Already-allocated assignment records related to the requested policy, learner
            email(s), and content for this action.
    """

    updated: list[Assignment]
    created: list[Assignment]
    no_change: list[Assignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated = []
        for updated_item_data in self.updated:
            updated_item = updated_item_data.to_dict()
            updated.append(updated_item)

        created = []
        for created_item_data in self.created:
            created_item = created_item_data.to_dict()
            created.append(created_item)

        no_change = []
        for no_change_item_data in self.no_change:
            no_change_item = no_change_item_data.to_dict()
            no_change.append(no_change_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updated": updated,
                "created": created,
                "no_change": no_change,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment import Assignment  # noqa: PLC0415

        d = dict(src_dict)
        updated = []
        _updated = d.pop("updated")
        for updated_item_data in _updated:
            updated_item = Assignment.from_dict(updated_item_data)

            updated.append(updated_item)

        created = []
        _created = d.pop("created")
        for created_item_data in _created:
            created_item = Assignment.from_dict(created_item_data)

            created.append(created_item)

        no_change = []
        _no_change = d.pop("no_change")
        for no_change_item_data in _no_change:
            no_change_item = Assignment.from_dict(no_change_item_data)

            no_change.append(no_change_item)

        allocate_policy_allocation_response = cls(
            updated=updated,
            created=created,
            no_change=no_change,
        )

        allocate_policy_allocation_response.additional_properties = d
        return allocate_policy_allocation_response

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
