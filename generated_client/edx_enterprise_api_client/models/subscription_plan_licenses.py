from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPlanLicenses")


@_attrs_define
class SubscriptionPlanLicenses:
    """The details about the licenses in the subscription plan.

    Attributes:
        activated (int | Unset):
        assigned (int | Unset):
        unassigned (int | Unset):
        revoked (int | Unset):
        total (int | Unset):
        allocated (int | Unset):
    """

    activated: int | Unset = UNSET
    assigned: int | Unset = UNSET
    unassigned: int | Unset = UNSET
    revoked: int | Unset = UNSET
    total: int | Unset = UNSET
    allocated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activated = self.activated

        assigned = self.assigned

        unassigned = self.unassigned

        revoked = self.revoked

        total = self.total

        allocated = self.allocated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activated is not UNSET:
            field_dict["activated"] = activated
        if assigned is not UNSET:
            field_dict["assigned"] = assigned
        if unassigned is not UNSET:
            field_dict["unassigned"] = unassigned
        if revoked is not UNSET:
            field_dict["revoked"] = revoked
        if total is not UNSET:
            field_dict["total"] = total
        if allocated is not UNSET:
            field_dict["allocated"] = allocated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activated = d.pop("activated", UNSET)

        assigned = d.pop("assigned", UNSET)

        unassigned = d.pop("unassigned", UNSET)

        revoked = d.pop("revoked", UNSET)

        total = d.pop("total", UNSET)

        allocated = d.pop("allocated", UNSET)

        subscription_plan_licenses = cls(
            activated=activated,
            assigned=assigned,
            unassigned=unassigned,
            revoked=revoked,
            total=total,
            allocated=allocated,
        )

        subscription_plan_licenses.additional_properties = d
        return subscription_plan_licenses

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
