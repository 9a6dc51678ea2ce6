from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterpriseCatalog")


@_attrs_define
class EnterpriseCatalog:
    """
    Attributes:
        uuid (str | Unset): A unique identifier for the catalog.
        title (str | Unset): The name that describes the catalog.
        enterprise_customer (str | Unset): The customer's unique identifier links to a catalog.
        catalog_query_uuid (str | Unset): A unique identifier for the catalog query.
        content_last_modified (str | Unset): Datetime string of the last time the content in the catalog was updated.
        catalog_modified (str | Unset): Datetime string of the last time the catalog was modified.
        query_title (str | Unset): The string title of the query used by the catalog.
        include_exec_ed_2u_courses (bool | None | Unset): Whether or not the catalog allows the linking of Executive
            Education content.
    """

    uuid: str | Unset = UNSET
    title: str | Unset = UNSET
    enterprise_customer: str | Unset = UNSET
    catalog_query_uuid: str | Unset = UNSET
    content_last_modified: str | Unset = UNSET
    catalog_modified: str | Unset = UNSET
    query_title: str | Unset = UNSET
    include_exec_ed_2u_courses: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        title = self.title

        enterprise_customer = self.enterprise_customer

        catalog_query_uuid = self.catalog_query_uuid

        content_last_modified = self.content_last_modified

        catalog_modified = self.catalog_modified

        query_title = self.query_title

        include_exec_ed_2u_courses: bool | None | Unset
        if isinstance(self.include_exec_ed_2u_courses, Unset):
            include_exec_ed_2u_courses = UNSET
        else:
            include_exec_ed_2u_courses = self.include_exec_ed_2u_courses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if enterprise_customer is not UNSET:
            field_dict["enterprise_customer"] = enterprise_customer
        if catalog_query_uuid is not UNSET:
            field_dict["catalog_query_uuid"] = catalog_query_uuid
        if content_last_modified is not UNSET:
            field_dict["content_last_modified"] = content_last_modified
        if catalog_modified is not UNSET:
            field_dict["catalog_modified"] = catalog_modified
        if query_title is not UNSET:
            field_dict["query_title"] = query_title
        if include_exec_ed_2u_courses is not UNSET:
            field_dict["include_exec_ed_2u_courses"] = include_exec_ed_2u_courses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        title = d.pop("title", UNSET)

        enterprise_customer = d.pop("enterprise_customer", UNSET)

        catalog_query_uuid = d.pop("catalog_query_uuid", UNSET)

        content_last_modified = d.pop("content_last_modified", UNSET)

        catalog_modified = d.pop("catalog_modified", UNSET)

        query_title = d.pop("query_title", UNSET)

        def _parse_include_exec_ed_2u_courses(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_exec_ed_2u_courses = _parse_include_exec_ed_2u_courses(d.pop("include_exec_ed_2u_courses", UNSET))

        enterprise_catalog = cls(
            uuid=uuid,
            title=title,
            enterprise_customer=enterprise_customer,
            catalog_query_uuid=catalog_query_uuid,
            content_last_modified=content_last_modified,
            catalog_modified=catalog_modified,
            query_title=query_title,
            include_exec_ed_2u_courses=include_exec_ed_2u_courses,
        )

        enterprise_catalog.additional_properties = d
        return enterprise_catalog

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
