from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBulkLicenseEnrollmentRequest")


@_attrs_define
class CreateBulkLicenseEnrollmentRequest:
    """
    Attributes:
        emails (list[str]): List of learner emails to bulk enroll in given list of courses. Limit is `1000` learners +
            course keys.
        course_run_keys (list[str]): List of course keys.
        notify (bool | Unset): Notify users about the enrollment.
    """

    emails: list[str]
    course_run_keys: list[str]
    notify: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        course_run_keys = self.course_run_keys

        notify = self.notify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
                "course_run_keys": course_run_keys,
            }
        )
        if notify is not UNSET:
            field_dict["notify"] = notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails"))

        course_run_keys = cast(list[str], d.pop("course_run_keys"))

        notify = d.pop("notify", UNSET)

        create_bulk_license_enrollment_request = cls(
            emails=emails,
            course_run_keys=course_run_keys,
            notify=notify,
        )

        create_bulk_license_enrollment_request.additional_properties = d
        return create_bulk_license_enrollment_request

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
