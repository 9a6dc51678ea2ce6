"""An overlay's security scheme over the one the reader made of the same name.

The reader names a scheme by the word the document sends before the credentials
(`auth.security_scheme`: `Authorization: Token 9944b0` is an `apiKey` scheme `Token`). An
overlay that defines the scheme of that name with another `type` (or, of the same type, another
header or `http` scheme) is the user's explicit word: it replaces the reader's scheme instead of
merging into it (a merge would leave an `apiKey`'s `in` and `name` on an `http` scheme, which
OpenAPI 3.1 refuses, and the reader's `x-rstapi-auth-prefix` beside the overlay's scheme, which
the mock, the client and the contract runner would still send). When an example of the document
sends the credentials the reader's way, the finding (OVL304) says the document and the overlay
disagree.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.openapi.auth import AUTH_PREFIX_MARK
from rstapi.openapi.sourcemap import EXAMPLE_SOURCE_KEY

__all__ = ["replace_retyped_schemes"]

_SCHEMES = ("components", "securitySchemes")


def replace_retyped_schemes(pointer: str, value: Any, update: Any, where: SourceLocation) -> list[Diagnostic]:
    """Empty each security scheme under ``value`` (the object at ``pointer``) that ``update``
    gives another way of sending credentials, so the update's scheme replaces it; a finding for
    each one an example of the document sends the reader's way."""
    found: list[Diagnostic] = []
    for name, scheme, new in _schemes_updated(pointer, value, update):
        if not (isinstance(new, Mapping) and _sends_otherwise(scheme, new)):
            continue
        shown = scheme.get(EXAMPLE_SOURCE_KEY)
        if isinstance(shown, str):
            found.append(_finding(name, scheme, new, shown, where))
        scheme.clear()
    return found


def _schemes_updated(pointer: str, value: Any, update: Any) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(name, the spec's scheme, the update's) for each scheme both hold below ``pointer``."""
    parts = tuple(part for part in pointer.split("/")[1:])
    depth = len(parts)
    if parts != _SCHEMES[:depth] and not (depth == 3 and parts[:2] == _SCHEMES):
        return
    if depth == 3:
        if isinstance(value, dict):
            yield parts[2], value, update
        return
    inner, new = value, update
    for key in _SCHEMES[depth:]:
        if not (isinstance(inner, dict) and isinstance(new, Mapping)):
            return
        inner, new = inner.get(key), new.get(key)
    if isinstance(inner, dict) and isinstance(new, Mapping):
        for name, scheme in inner.items():
            if isinstance(scheme, dict) and name in new:
                yield str(name), scheme, new[name]


# What says how a client sends a scheme's credentials (OpenAPI 3.1's fields by type, and the word
# an apiKey in the Authorization header is sent after); compared case-blind, as HTTP compares them.
_SENDING = ("type", "scheme", "in", "name", AUTH_PREFIX_MARK)


def _sends_otherwise(scheme: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """The update gives the scheme another type, or of the same type another way of sending the
    credentials (a field of ``_SENDING`` it writes that differs); a description alone merges."""
    return any(key in new and str(new[key]).lower() != str(scheme.get(key, "")).lower() for key in _SENDING)


def _described(scheme: Mapping[str, Any]) -> str:
    kind = str(scheme.get("type", ""))
    if kind == "http":
        word = str(scheme.get("scheme", "")).capitalize()
        return f"an http {word.lower()} scheme ('Authorization: {word} <credentials>')"
    if kind == "apiKey":
        prefix, name = scheme.get(AUTH_PREFIX_MARK), scheme.get("name", "")
        shown = f"'{name}: {prefix} <key>'" if prefix else f"the key in the {scheme.get('in', '')} {name!r}"
        return f"an apiKey scheme ({shown})"
    return f"a {kind} scheme"


def _finding(
    name: str, scheme: Mapping[str, Any], new: Mapping[str, Any], shown: str, where: SourceLocation
) -> Diagnostic:
    message = (
        f"the overlay defines security scheme {name!r} as {_described(new)}, but the document's "
        f"example at {shown} sends the credentials as {_described(scheme)}: the overlay's scheme "
        "is used (the mock, the client and the contract runner send it)"
    )
    hint = "Fix the document's example (and the Authorization description) to send what the overlay says, or fix the overlay."
    return Diagnostic("OVL304", message, where, hint=hint)
