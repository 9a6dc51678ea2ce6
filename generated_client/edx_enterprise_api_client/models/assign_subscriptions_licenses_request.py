from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignSubscriptionsLicensesRequest")


@_attrs_define
class AssignSubscriptionsLicensesRequest:
    """
    Attributes:
        user_emails (list[str]): A list of user emails to assign licenses to.
        user_sfids (list[str] | Unset): A list of user Salesforce ids.
        greeting (str | Unset): An opening body that will be added at the start of email if users are supposed to be
            notified of their assignment.
        closing (str | Unset): A closing body that will be added at the bottom of email.
        notify_users (bool | Unset): To specify if learners should be notified after assignment.
    """

    user_emails: list[str]
    user_sfids: list[str] | Unset = UNSET
    greeting: str | Unset = UNSET
    closing: str | Unset = UNSET
    notify_users: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_emails = self.user_emails

        user_sfids: list[str] | Unset = UNSET
        if not isinstance(self.user_sfids, Unset):
            user_sfids = self.user_sfids

        greeting = self.greeting

        closing = self.closing

        notify_users = self.notify_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_emails": user_emails,
            }
        )
        if user_sfids is not UNSET:
            field_dict["user_sfids"] = user_sfids
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if closing is not UNSET:
            field_dict["closing"] = closing
        if notify_users is not UNSET:
            field_dict["notify_users"] = notify_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_emails = cast(list[str], d.pop("user_emails"))

        user_sfids = cast(list[str], d.pop("user_sfids", UNSET))

        greeting = d.pop("greeting", UNSET)

        closing = d.pop("closing", UNSET)

        notify_users = d.pop("notify_users", UNSET)

        assign_subscriptions_licenses_request = cls(
            user_emails=user_emails,
            user_sfids=user_sfids,
            greeting=greeting,
            closing=closing,
            notify_users=notify_users,
        )

        assign_subscriptions_licenses_request.additional_properties = d
        return assign_subscriptions_licenses_request

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
