from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscription_plan_licenses import SubscriptionPlanLicenses
    from ..models.subscription_plan_prior_renewals_item import SubscriptionPlanPriorRenewalsItem
    from ..models.subscription_plan_revocations_type_0 import SubscriptionPlanRevocationsType0


T = TypeVar("T", bound="SubscriptionPlan")


@_attrs_define
class SubscriptionPlan:
    """
    Attributes:
        title (str): The title of the subscription plan.
        uuid (str): A unique identifier for the subscription plan.
        start_date (str): Datetime string of the start date of the subscription plan.
        expiration_date (str): Datetime string of the expiration date of the subscription plan.
        enterprise_customer_uuid (str): The customer's unique identifier linked to the subscription plan.
        enterprise_catalog_uuid (str): The catalog's unique identifier linked to the subscription plan.
        is_active (bool | None): Whether or not the subscription plan is active.
        is_revocation_cap_enabled (bool | None): Whether or not the subscription plan allows the revocation of licenses.
        days_until_expiration (int): The number of days until the subscription plan expires.
        days_until_expiration_including_renewals (int): The number of days until the subscription plan expires,
            including renewals.
        is_locked_for_renewal_processing (bool | None): Whether or not the subscription plan is locked for renewal
            processing.
        should_auto_apply_licenses (bool | None): Whether or not the subscription plan should automatically apply
            licenses.
        licenses (SubscriptionPlanLicenses): The details about the licenses in the subscription plan.
        revocations (None | SubscriptionPlanRevocationsType0): The details about the revocations in the subscription
            plan.
        prior_renewals (list[SubscriptionPlanPriorRenewalsItem]): The details about the prior renewals in the
            subscription plan.
    """

    title: str
    uuid: str
    start_date: str
    expiration_date: str
    enterprise_customer_uuid: str
    enterprise_catalog_uuid: str
    is_active: bool | None
    is_revocation_cap_enabled: bool | None
    days_until_expiration: int
    days_until_expiration_including_renewals: int
    is_locked_for_renewal_processing: bool | None
    should_auto_apply_licenses: bool | None
    licenses: SubscriptionPlanLicenses
    revocations: None | SubscriptionPlanRevocationsType0
    prior_renewals: list[SubscriptionPlanPriorRenewalsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscription_plan_revocations_type_0 import SubscriptionPlanRevocationsType0  # noqa: PLC0415

        title = self.title

        uuid = self.uuid

        start_date = self.start_date

        expiration_date = self.expiration_date

        enterprise_customer_uuid = self.enterprise_customer_uuid

        enterprise_catalog_uuid = self.enterprise_catalog_uuid

        is_active: bool | None
        is_active = self.is_active

        is_revocation_cap_enabled: bool | None
        is_revocation_cap_enabled = self.is_revocation_cap_enabled

        days_until_expiration = self.days_until_expiration

        days_until_expiration_including_renewals = self.days_until_expiration_including_renewals

        is_locked_for_renewal_processing: bool | None
        is_locked_for_renewal_processing = self.is_locked_for_renewal_processing

        should_auto_apply_licenses: bool | None
        should_auto_apply_licenses = self.should_auto_apply_licenses

        licenses = self.licenses.to_dict()

        revocations: dict[str, Any] | None
        if isinstance(self.revocations, SubscriptionPlanRevocationsType0):
            revocations = self.revocations.to_dict()
        else:
            revocations = self.revocations

        prior_renewals = []
        for prior_renewals_item_data in self.prior_renewals:
            prior_renewals_item = prior_renewals_item_data.to_dict()
            prior_renewals.append(prior_renewals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "uuid": uuid,
                "start_date": start_date,
                "expiration_date": expiration_date,
                "enterprise_customer_uuid": enterprise_customer_uuid,
                "enterprise_catalog_uuid": enterprise_catalog_uuid,
                "is_active": is_active,
                "is_revocation_cap_enabled": is_revocation_cap_enabled,
                "days_until_expiration": days_until_expiration,
                "days_until_expiration_including_renewals": days_until_expiration_including_renewals,
                "is_locked_for_renewal_processing": is_locked_for_renewal_processing,
                "should_auto_apply_licenses": should_auto_apply_licenses,
                "licenses": licenses,
                "revocations": revocations,
                "prior_renewals": prior_renewals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_plan_licenses import SubscriptionPlanLicenses  # noqa: PLC0415
        from ..models.subscription_plan_prior_renewals_item import SubscriptionPlanPriorRenewalsItem  # noqa: PLC0415
        from ..models.subscription_plan_revocations_type_0 import SubscriptionPlanRevocationsType0  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        uuid = d.pop("uuid")

        start_date = d.pop("start_date")

        expiration_date = d.pop("expiration_date")

        enterprise_customer_uuid = d.pop("enterprise_customer_uuid")

        enterprise_catalog_uuid = d.pop("enterprise_catalog_uuid")

        def _parse_is_active(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_active = _parse_is_active(d.pop("is_active"))

        def _parse_is_revocation_cap_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_revocation_cap_enabled = _parse_is_revocation_cap_enabled(d.pop("is_revocation_cap_enabled"))

        days_until_expiration = d.pop("days_until_expiration")

        days_until_expiration_including_renewals = d.pop("days_until_expiration_including_renewals")

        def _parse_is_locked_for_renewal_processing(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_locked_for_renewal_processing = _parse_is_locked_for_renewal_processing(
            d.pop("is_locked_for_renewal_processing")
        )

        def _parse_should_auto_apply_licenses(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        should_auto_apply_licenses = _parse_should_auto_apply_licenses(d.pop("should_auto_apply_licenses"))

        licenses = SubscriptionPlanLicenses.from_dict(d.pop("licenses"))

        def _parse_revocations(data: object) -> None | SubscriptionPlanRevocationsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                revocations_type_0 = SubscriptionPlanRevocationsType0.from_dict(data)

                return revocations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPlanRevocationsType0, data)

        revocations = _parse_revocations(d.pop("revocations"))

        prior_renewals = []
        _prior_renewals = d.pop("prior_renewals")
        for prior_renewals_item_data in _prior_renewals:
            prior_renewals_item = SubscriptionPlanPriorRenewalsItem.from_dict(prior_renewals_item_data)

            prior_renewals.append(prior_renewals_item)

        subscription_plan = cls(
            title=title,
            uuid=uuid,
            start_date=start_date,
            expiration_date=expiration_date,
            enterprise_customer_uuid=enterprise_customer_uuid,
            enterprise_catalog_uuid=enterprise_catalog_uuid,
            is_active=is_active,
            is_revocation_cap_enabled=is_revocation_cap_enabled,
            days_until_expiration=days_until_expiration,
            days_until_expiration_including_renewals=days_until_expiration_including_renewals,
            is_locked_for_renewal_processing=is_locked_for_renewal_processing,
            should_auto_apply_licenses=should_auto_apply_licenses,
            licenses=licenses,
            revocations=revocations,
            prior_renewals=prior_renewals,
        )

        subscription_plan.additional_properties = d
        return subscription_plan

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
