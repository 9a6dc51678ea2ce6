from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignSubscriptionsLicensesResponse")


@_attrs_define
class AssignSubscriptionsLicensesResponse:
    """
    Attributes:
        num_successful_assignments (int): Number of successful license assignments for given learners.
        num_already_associated (int): Number of users that have already been associated with a non-revoked license in
            the given subscription.
        license_assignments (list[Any]): A list of objects where each object holds a pair of user email and license uuid
            for successful assignments.
    """

    num_successful_assignments: int
    num_already_associated: int
    license_assignments: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_successful_assignments = self.num_successful_assignments

        num_already_associated = self.num_already_associated

        license_assignments = self.license_assignments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "num_successful_assignments": num_successful_assignments,
                "num_already_associated": num_already_associated,
                "license_assignments": license_assignments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        num_successful_assignments = d.pop("num_successful_assignments")

        num_already_associated = d.pop("num_already_associated")

        license_assignments = cast(list[Any], d.pop("license_assignments"))

        assign_subscriptions_licenses_response = cls(
            num_successful_assignments=num_successful_assignments,
            num_already_associated=num_already_associated,
            license_assignments=license_assignments,
        )

        assign_subscriptions_licenses_response.additional_properties = d
        return assign_subscriptions_licenses_response

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
