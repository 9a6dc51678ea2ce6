from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assign_subscriptions_licenses_response_license_assignments_item import (
        AssignSubscriptionsLicensesResponseLicenseAssignmentsItem,
    )


T = TypeVar("T", bound="AssignSubscriptionsLicensesResponse")


@_attrs_define
class AssignSubscriptionsLicensesResponse:
    """
    Attributes:
        num_successful_assignments (int): Number of successful license assignments for given learners.
        num_already_associated (int): Number of users that have already been associated with a non-revoked license in
            the given subscription.
        license_assignments (list[AssignSubscriptionsLicensesResponseLicenseAssignmentsItem]): A list of objects where
            each object holds a pair of user email and license uuid for successful assignments.
    """

    num_successful_assignments: int
    num_already_associated: int
    license_assignments: list[AssignSubscriptionsLicensesResponseLicenseAssignmentsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_successful_assignments = self.num_successful_assignments

        num_already_associated = self.num_already_associated

        license_assignments = []
        for license_assignments_item_data in self.license_assignments:
            license_assignments_item = license_assignments_item_data.to_dict()
            license_assignments.append(license_assignments_item)

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
        from ..models.assign_subscriptions_licenses_response_license_assignments_item import (
            AssignSubscriptionsLicensesResponseLicenseAssignmentsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        num_successful_assignments = d.pop("num_successful_assignments")

        num_already_associated = d.pop("num_already_associated")

        license_assignments = []
        _license_assignments = d.pop("license_assignments")
        for license_assignments_item_data in _license_assignments:
            license_assignments_item = AssignSubscriptionsLicensesResponseLicenseAssignmentsItem.from_dict(
                license_assignments_item_data
            )

            license_assignments.append(license_assignments_item)

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
