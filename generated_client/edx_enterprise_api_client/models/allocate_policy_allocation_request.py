from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AllocatePolicyAllocationRequest")


@_attrs_define
class AllocatePolicyAllocationRequest:
    """
    Attributes:
        learner_emails (list[str]): Learner emails to whom assignment should be allocated.
        content_key (str): Course content_key to which these learners are assigned.
        content_price_cents (int): The price, in USD cents, of this content at the time of allocation. Must be >= 0.
    """

    learner_emails: list[str]
    content_key: str
    content_price_cents: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        learner_emails = self.learner_emails

        content_key = self.content_key

        content_price_cents = self.content_price_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "learner_emails": learner_emails,
                "content_key": content_key,
                "content_price_cents": content_price_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        learner_emails = cast(list[str], d.pop("learner_emails"))

        content_key = d.pop("content_key")

        content_price_cents = d.pop("content_price_cents")

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
