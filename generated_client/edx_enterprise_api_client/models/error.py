from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_problems_item import ErrorProblemsItem


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The one error shape every error response uses.

    Attributes:
        error (str): What went wrong, in one sentence.
        detail (str | Unset): More about the problem.
        hint (str | Unset): How to fix the request.
        problems (list[ErrorProblemsItem] | Unset): Each invalid part of the request.
    """

    error: str
    detail: str | Unset = UNSET
    hint: str | Unset = UNSET
    problems: list[ErrorProblemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        detail = self.detail

        hint = self.hint

        problems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problems, Unset):
            problems = []
            for problems_item_data in self.problems:
                problems_item = problems_item_data.to_dict()
                problems.append(problems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if hint is not UNSET:
            field_dict["hint"] = hint
        if problems is not UNSET:
            field_dict["problems"] = problems

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_problems_item import ErrorProblemsItem  # noqa: PLC0415

        d = dict(src_dict)
        error = d.pop("error")

        detail = d.pop("detail", UNSET)

        hint = d.pop("hint", UNSET)

        _problems = d.pop("problems", UNSET)
        problems: list[ErrorProblemsItem] | Unset = UNSET
        if _problems is not UNSET:
            problems = []
            for problems_item_data in _problems:
                problems_item = ErrorProblemsItem.from_dict(problems_item_data)

                problems.append(problems_item)

        error = cls(
            error=error,
            detail=detail,
            hint=hint,
            problems=problems,
        )

        error.additional_properties = d
        return error

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
