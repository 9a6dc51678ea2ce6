from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocatePolicyAllocationRequest")


@_attrs_define
class AllocatePolicyAllocationRequest:
    """
    Attributes:
        learner_emails (list[Any] | Unset): Learner emails to whom assignment should be allocated.
        content_key (str | Unset): Course content_key to which these learners are assigned.
        content_price_cents (int | Unset): The price, in USD cents, of this content at the time of allocation. Must be
            >= 0.
    """

    learner_emails: list[Any] | Unset = UNSET
    content_key: str | Unset = UNSET
    content_price_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        learner_emails: list[Any] | Unset = UNSET
        if not isinstance(self.learner_emails, Unset):
            learner_emails = self.learner_emails

        content_key = self.content_key

        content_price_cents = self.content_price_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if learner_emails is not UNSET:
            field_dict["learner_emails"] = learner_emails
        if content_key is not UNSET:
            field_dict["content_key"] = content_key
        if content_price_cents is not UNSET:
            field_dict["content_price_cents"] = content_price_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        learner_emails = cast(list[Any], d.pop("learner_emails", UNSET))

        content_key = d.pop("content_key", UNSET)

        content_price_cents = d.pop("content_price_cents", UNSET)

        allocate_policy_allocation_request = cls(
            learner_emails=learner_emails,
            content_key=content_key,
            content_price_cents=content_price_cents,
        )

        allocate_policy_allocation_request.additional_properties = d
        return allocate_policy_allocation_request

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
