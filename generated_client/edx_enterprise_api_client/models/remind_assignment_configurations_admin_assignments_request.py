from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemindAssignmentConfigurationsAdminAssignmentsRequest")


@_attrs_define
class RemindAssignmentConfigurationsAdminAssignmentsRequest:
    """
    Attributes:
        assignment_uuids (list[str]): List of assignment UUIDs for the learners that need to be reminded of, associated
            with the assignment configuration UUID specified in the URL.
    """

    assignment_uuids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_uuids = self.assignment_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignment_uuids": assignment_uuids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignment_uuids = cast(list[str], d.pop("assignment_uuids"))

        remind_assignment_configurations_admin_assignments_request = cls(
            assignment_uuids=assignment_uuids,
        )

        remind_assignment_configurations_admin_assignments_request.additional_properties = d
        return remind_assignment_configurations_admin_assignments_request

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
