from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_revoke_subscriptions_licenses_request_filters_item import (
        BulkRevokeSubscriptionsLicensesRequestFiltersItem,
    )


T = TypeVar("T", bound="BulkRevokeSubscriptionsLicensesRequest")


@_attrs_define
class BulkRevokeSubscriptionsLicensesRequest:
    """
    Attributes:
        user_emails (list[str] | Unset): List of emails with which licenses are associated.
        filters (list[BulkRevokeSubscriptionsLicensesRequestFiltersItem] | Unset): A list of objects that either hold
            user email value for lookup or a list of valid statuses of license for filtering. A request must either provide
            `user_email` or `filters`, but not both. Valid values for statuses are: `activated`, `assigned`, `unassigned`,
            and `revoked`.
    """

    user_emails: list[str] | Unset = UNSET
    filters: list[BulkRevokeSubscriptionsLicensesRequestFiltersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_emails: list[str] | Unset = UNSET
        if not isinstance(self.user_emails, Unset):
            user_emails = self.user_emails

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_emails is not UNSET:
            field_dict["user_emails"] = user_emails
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_revoke_subscriptions_licenses_request_filters_item import (
            BulkRevokeSubscriptionsLicensesRequestFiltersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        user_emails = cast(list[str], d.pop("user_emails", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[BulkRevokeSubscriptionsLicensesRequestFiltersItem] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = BulkRevokeSubscriptionsLicensesRequestFiltersItem.from_dict(filters_item_data)

                filters.append(filters_item)

        bulk_revoke_subscriptions_licenses_request = cls(
            user_emails=user_emails,
            filters=filters,
        )

        bulk_revoke_subscriptions_licenses_request.additional_properties = d
        return bulk_revoke_subscriptions_licenses_request

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
