from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErrorProblemsItem")


@_attrs_define
class ErrorProblemsItem:
    """
    Attributes:
        pointer (str): JSON pointer into the request (/body/..., /query/..., /path/...).
        rule (str): The schema rule that was broken (type, required, enum, minimum ...).
        message (str):
    """

    pointer: str
    rule: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pointer = self.pointer

        rule = self.rule

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pointer": pointer,
                "rule": rule,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pointer = d.pop("pointer")

        rule = d.pop("rule")

        message = d.pop("message")

        error_problems_item = cls(
            pointer=pointer,
            rule=rule,
            message=message,
        )

        error_problems_item.additional_properties = d
        return error_problems_item

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
