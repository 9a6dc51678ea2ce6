"""The word a spec's API expects before the token: `Authorization: <prefix> <token>`.

A reference that says an operation takes the Authorization header (httpdomain's `:reqheader
Authorization:`) gets a security scheme named by that word (`security_scheme`): `http`'s for the
words RFC 9110's registry gives it (Bearer, Basic, Digest), else an `apiKey` in the header marked
with the word.

The spec's consumers (mock, Postman collection, contract runner) all send or accept this header, and
all learn the word here, from the emitted spec alone. An `apiKey` scheme in the Authorization header
has no field for the word, so the spec states it with `x-rstapi-auth-prefix` on the scheme.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rstapi.openapi.refs import resolve

__all__ = [
    "AUTH_PREFIX_MARK",
    "DEFAULT_AUTH_PREFIX",
    "TOKEN_ENDPOINT_MARK",
    "auth_prefix",
    "is_token_endpoint",
    "security_scheme",
    "token_endpoint",
    "token_form",
]

AUTH_PREFIX_MARK = "x-rstapi-auth-prefix"
DEFAULT_AUTH_PREFIX = "Bearer"
TOKEN_ENDPOINT_MARK = "x-rstapi-token-endpoint"
FORM = "application/x-www-form-urlencoded"
_HTTP_SCHEMES = frozenset({"bearer", "basic", "digest"})  # an `http` scheme's `scheme` values


def security_scheme(word: str, description: str = "") -> dict[str, Any]:
    """The security scheme of credentials sent as `Authorization: <word> <credentials>`."""
    said = {"description": description} if description else {}
    if word.lower() in _HTTP_SCHEMES:
        return {"type": "http", "scheme": word.lower(), **said}
    return {"type": "apiKey", "in": "header", "name": "Authorization", **said, AUTH_PREFIX_MARK: word}


def auth_prefix(spec: Mapping[str, Any]) -> str:
    """The prefix of the first security scheme the spec's top-level `security` names:
    its `x-rstapi-auth-prefix`, else the capitalised `scheme` of an `http` scheme, else Bearer."""
    scheme = _first_required_scheme(spec)
    marked = scheme.get(AUTH_PREFIX_MARK)
    if isinstance(marked, str) and marked.strip():
        return marked.strip()
    http_scheme = scheme.get("scheme")
    if scheme.get("type") == "http" and isinstance(http_scheme, str) and http_scheme.strip():
        return http_scheme.strip().capitalize()
    return DEFAULT_AUTH_PREFIX


def _first_required_scheme(spec: Mapping[str, Any]) -> Mapping[str, Any]:
    """The security scheme object of the first name in the top-level `security` (without one,
    the first operation's that has one), or {}."""
    components = spec.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, Mapping) else None
    if not isinstance(schemes, Mapping):
        return {}
    for requirement in spec.get("security") or _first_operation_security(spec):
        for name in requirement if isinstance(requirement, Mapping) else ():
            scheme = schemes.get(name)
            if isinstance(scheme, Mapping):
                return scheme
    return {}


def _first_operation_security(spec: Mapping[str, Any]) -> list[Any]:
    for item in (spec.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, Mapping) else ():
            security = operation.get("security") if isinstance(operation, Mapping) else None
            if isinstance(security, list) and security:
                return security
    return []


def token_form(spec: Mapping[str, Any], path: str, client_id: str, client_secret: str) -> dict[str, str]:
    """The OAuth2 client-credentials form (RFC 6749, 4.4) for the token endpoint at ``path``.

    Fields the endpoint's form schema fixes (a ``default``, or an enum of one value, such as a
    ``token_type`` of ``jwt``) are filled in, so the form follows the spec, not one API.
    """
    form = {"grant_type": "client_credentials"}
    for name, field in _form_properties(spec, path).items():
        enum = field.get("enum") if isinstance(field, Mapping) else None
        fixed = field.get("default") if isinstance(field, Mapping) else None
        if fixed is None and isinstance(enum, list) and len(enum) == 1:
            fixed = enum[0]
        if isinstance(fixed, str):
            form[str(name)] = fixed
    form.update(client_id=client_id, client_secret=client_secret)
    return form


def _form_properties(spec: Mapping[str, Any], path: str) -> Mapping[str, Any]:
    operation = ((spec.get("paths") or {}).get(path) or {}).get("post") or {}
    content = (operation.get("requestBody") or {}).get("content") or {}
    schema = resolve(spec, (content.get(FORM) or {}).get("schema")) or {}
    properties = schema.get("properties") if isinstance(schema, Mapping) else None
    return properties if isinstance(properties, Mapping) else {}


def is_token_endpoint(spec: Any, operation: Mapping[str, Any]) -> bool:
    """The OAuth2 client-credentials endpoint: marked, or a form body whose grant_type allows it."""
    if operation.get(TOKEN_ENDPOINT_MARK) is True:
        return True
    body = resolve(spec, operation.get("requestBody"))
    content = body.get("content", {}) if isinstance(body, dict) else {}
    media = content.get(FORM) if isinstance(content, dict) else None
    schema = resolve(spec, media.get("schema")) if isinstance(media, dict) else None
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    grant = resolve(spec, properties.get("grant_type")) if isinstance(properties, dict) else None
    allowed = grant.get("enum", [grant.get("const")]) if isinstance(grant, dict) else []
    return "client_credentials" in allowed


def token_endpoint(spec: Mapping[str, Any]) -> str | None:
    """The path of the spec's token endpoint (a POST), if it has one."""
    for path, item in (spec.get("paths") or {}).items():
        operation = item.get("post") if isinstance(item, dict) else None
        if isinstance(operation, dict) and is_token_endpoint(spec, operation):
            return str(path)
    return None
