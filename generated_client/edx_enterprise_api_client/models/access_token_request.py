from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_token_request_grant_type import AccessTokenRequestGrantType
from ..models.access_token_request_token_type import AccessTokenRequestTokenType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessTokenRequest")


@_attrs_define
class AccessTokenRequest:
    """
    Attributes:
        grant_type (AccessTokenRequestGrantType):
        client_id (str):
        client_secret (str):
        token_type (AccessTokenRequestTokenType | Unset):  Default: AccessTokenRequestTokenType.JWT.
    """

    grant_type: AccessTokenRequestGrantType
    client_id: str
    client_secret: str
    token_type: AccessTokenRequestTokenType | Unset = AccessTokenRequestTokenType.JWT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        client_secret = self.client_secret

        token_type: str | Unset = UNSET
        if not isinstance(self.token_type, Unset):
            token_type = self.token_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = AccessTokenRequestGrantType(d.pop("grant_type"))

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        _token_type = d.pop("token_type", UNSET)
        token_type: AccessTokenRequestTokenType | Unset
        if isinstance(_token_type, Unset):
            token_type = UNSET
        else:
            token_type = AccessTokenRequestTokenType(_token_type)

        access_token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            token_type=token_type,
        )

        access_token_request.additional_properties = d
        return access_token_request

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
