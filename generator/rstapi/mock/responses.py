"""Which declared response and example answer a request, and its value.

The documented success status and its first example by default; `Prefer: code=NNN` and
`Prefer: example=<name>` pick another, as Prism does. Detail endpoints serve the example whose
identifying field equals the last path parameter, and the first for any other id (the static
mock answers every well-formed path value; `Prefer: code=404` asks for the documented 404). Of
examples marked with the microversion they show (`x-openstack-min-version`), a request naming a
microversion in a version header (`X-OpenStack-Nova-API-Version: 2.47`, `OpenStack-API-Version:
compute 2.47`, `latest`) gets the latest one as of it; without such a header, the first. Without an
example the value is synthesized from the schema, deterministically.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rstapi.mock.errors import error_body
from rstapi.mock.headers import RawHeaders, documented_headers
from rstapi.mock.http import JSON, Reply
from rstapi.mock.negotiation import Representation
from rstapi.mock.pagination import is_page_schema
from rstapi.openapi.refs import resolve
from rstapi.openapi.synthesize import RESPONSE, synthesize

_IDENTIFYING = ("id", "uuid", "key")
MIN_VERSION_KEY = "x-openstack-min-version"  # the microversion an example shows (docs/os-api-ref.md)
VERSION_HEADER_MARK = b"api-version"  # in the name of every microversion header OpenStack services read
_LATEST = "latest"
_MICROVERSION = re.compile(r"(\d{1,9})\.(\d{1,9})")
Version = tuple[int, int]
_PAST_EVERY_VERSION: Version = (2**31, 0)
Conforms = Callable[[Any, Any], bool]


@dataclass(frozen=True, slots=True)
class Preference:
    """What a `Prefer` header asks for."""

    code: int | None = None
    example: str | None = None


NO_PREFERENCE = Preference()


def parse_prefer(header: bytes | None) -> Preference:
    """Read `code=NNN` and `example=name` from a Prefer header; other preferences are ignored."""
    if header is None:
        return NO_PREFERENCE
    code: int | None = None
    example: str | None = None
    for token in header.decode("latin-1").replace(";", ",").split(","):
        key, _, value = token.partition("=")
        key, value = key.strip().lower(), value.strip().strip('"')
        if key == "code" and value.isdigit() and len(value) == 3:
            code = int(value)
        elif key == "example" and value:
            example = value
    return Preference(code, example)


@dataclass(frozen=True, slots=True)
class DeclaredResponse:
    """One status of an operation's responses, with its examples in document order."""

    status: int
    has_content: bool
    schema: Any
    examples: dict[str, Any]
    default_name: str
    default_value: Any
    paginated: bool
    identifiers: dict[str, str] = field(default_factory=dict)
    versions: tuple[tuple[Version, str], ...] = ()  # (version shown, example name), when one is marked
    headers: RawHeaders = ()  # the documented headers, sent with every reply of this status
    json_label: bytes = b"application/json"  # the Content-Type of its JSON replies
    media: bytes | None = None  # the documented media type of a body that is neither JSON nor XML
    # the reply of the default example in each representation, rendered on first use (the app fills it)
    plain_replies: dict[Representation, Reply] = field(default_factory=dict, init=False, compare=False)

    def value_of(self, name: str) -> Any:
        return self.examples.get(name, self.default_value)

    def example_as_of(self, version: Version) -> str:
        """The name of the latest example shown at or before `version`; an example with no version
        of its own shows the first one."""
        chosen = self.default_name
        best: Version = (-1, -1)
        for shown, name in self.versions:
            if best < shown <= version:
                chosen, best = name, shown
        return chosen


def requested_version(headers: dict[bytes, bytes]) -> Version | None:
    """The microversion a request's version header asks for (`latest`: past every one); None when
    it sends no such header, or one naming no version."""
    for name, value in headers.items():
        if VERSION_HEADER_MARK in name:
            text = value.decode("latin-1")
            if _LATEST in text.lower():
                return _PAST_EVERY_VERSION
            found = _MICROVERSION.findall(text)
            if found:
                return int(found[-1][0]), int(found[-1][1])
    return None


SYNTHESIZED = "synthesized"


def declared_responses(
    spec: Any, operation: dict[str, Any], conforms: Conforms
) -> dict[int, DeclaredResponse]:
    """Every response of an operation that has a numeric status, keyed by status."""
    declared: dict[int, DeclaredResponse] = {}
    for key, raw in (operation.get("responses") or {}).items():
        status = str(key)
        response = resolve(spec, raw)
        if status.isdigit() and len(status) == 3 and isinstance(response, dict):
            declared[int(status)] = _declared(spec, int(status), response, conforms)
    return declared


def _declared(spec: Any, status: int, response: dict[str, Any], conforms: Conforms) -> DeclaredResponse:
    media = _json_media(response)
    schema = resolve(spec, media.get("schema", {})) if media is not None else None
    examples = _examples(spec, media) if media is not None else {}
    versions = _versions(spec, media) if media is not None else ()
    default_name = next(iter(examples), SYNTHESIZED)
    if media is None:
        default_value = None
    elif examples:
        default_value = examples[default_name]
    else:
        default_value = _fallback_value(spec, status, schema, conforms)
    return DeclaredResponse(
        status=status,
        has_content=media is not None and status != 204,
        schema=schema,
        examples=examples,
        default_name=default_name,
        default_value=default_value,
        paginated=media is not None and is_page_schema(spec, schema),
        headers=documented_headers(spec, response),
        json_label=_json_label(response),
        versions=versions,
        media=other_media(response),
    )


def other_media(response: Any) -> bytes | None:
    """The first media type a response documents when it documents no JSON or XML one (an image,
    CSV), which the mock answers in; None otherwise."""
    content = response.get("content") if isinstance(response, dict) else None
    kinds = [str(kind).split(";")[0].strip().lower() for kind in content] if isinstance(content, dict) else []
    if not kinds or any("json" in kind or "xml" in kind or kind == "*/*" for kind in kinds):
        return None
    return kinds[0].encode("latin-1")


def _json_media(response: dict[str, Any]) -> dict[str, Any] | None:
    content = response.get("content")
    if not isinstance(content, dict) or not content:
        return None
    for media_type, media in content.items():
        if "json" in str(media_type) and isinstance(media, dict):
            return media
    first = next(iter(content.values()))
    return first if isinstance(first, dict) else {}


def _json_label(response: dict[str, Any]) -> bytes:
    """The Content-Type of the response's JSON replies: ``application/json`` when it documents it
    (or no JSON type), else the JSON type it documents (``application/vnd.acme+json``), so a
    reply is labelled as the spec says it is sent."""
    content = response.get("content")
    kinds = [str(kind).split(";")[0].strip().lower() for kind in content] if isinstance(content, dict) else []
    if JSON.decode() in kinds:
        return JSON
    return next((kind.encode("latin-1") for kind in kinds if kind.endswith("+json")), JSON)


def _examples(spec: Any, media: dict[str, Any]) -> dict[str, Any]:
    examples: dict[str, Any] = {}
    for name, raw in (media.get("examples") or {}).items():
        example = resolve(spec, raw)
        if isinstance(example, dict) and "value" in example:
            examples[str(name)] = example["value"]
    if not examples and "example" in media:
        examples["example"] = media["example"]
    return examples


def _versions(spec: Any, media: dict[str, Any]) -> tuple[tuple[Version, str], ...]:
    """(the version each example shows, its name), every example's (one without a version its
    operation's first, (0, 0)); none when no example is marked."""
    pairs: list[tuple[Version, str]] = []
    for name, raw in (media.get("examples") or {}).items():
        example = resolve(spec, raw)
        if isinstance(example, dict) and "value" in example:
            found = _MICROVERSION.fullmatch(str(example.get(MIN_VERSION_KEY, "")).strip())
            pairs.append(((int(found[1]), int(found[2])) if found else (0, 0), str(name)))
    return tuple(pairs) if any(shown != (0, 0) for shown, _ in pairs) else ()


def _fallback_value(spec: Any, status: int, schema: Any, conforms: Conforms) -> Any:
    if status >= 400:
        body = error_body(status, "The mock was asked for this documented error response.")
        if conforms(schema, body):
            return body
    return synthesize(spec, schema, side=RESPONSE)


def identifiers_for(response: DeclaredResponse, parameter: str) -> dict[str, str]:
    """Path value -> example name, for examples that carry a field identifying `parameter`."""
    found: dict[str, str] = {}
    for name, value in response.examples.items():
        if isinstance(value, dict) and _identifies(value, parameter):
            for field_value in value.values():
                if isinstance(field_value, str | int) and not isinstance(field_value, bool):
                    found.setdefault(str(field_value), name)
    return found


def _identifies(example: dict[str, Any], parameter: str) -> bool:
    names = [
        key for key, value in example.items() if isinstance(value, str | int) and not isinstance(value, bool)
    ]
    return any(
        key in _IDENTIFYING
        or key == parameter
        or parameter.endswith("_" + key)
        or key.endswith("_" + parameter)
        for key in names
    )


def success_status(declared: dict[int, DeclaredResponse]) -> int | None:
    """The documented success status: the lowest 2xx (or, failing that, 3xx) declared."""
    for low, high in ((200, 300), (300, 400)):
        statuses = sorted(status for status in declared if low <= status < high)
        if statuses:
            return statuses[0]
    return None
