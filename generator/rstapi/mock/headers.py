"""The headers a declared response documents, as the raw pairs sent with it, made once per response.

A header's value is its example (`example`, else the first of `examples`, else its schema's or its
media type's), else a value its schema allows (`synthesize`: deterministic), written in the
`simple` style OpenAPI gives headers (an array's items joined by commas, an object's names and
values in turn). `Content-Type` is the representation's, `Content-Length` the body's and `Server`
the mock's (which mock made the reply), so a response documenting any of them keeps the mock's own
(OpenAPI: a `Content-Type` header "SHALL be ignored"); a name that is no HTTP token cannot be sent and is left out.
"""

from __future__ import annotations

import re
from typing import Any, Final

from rstapi.openapi.refs import resolve
from rstapi.openapi.synthesize import synthesize

__all__ = ["documented_headers"]

RawHeaders = tuple[tuple[bytes, bytes], ...]

_SET_BY_THE_MOCK: Final = frozenset({"content-type", "content-length", "server"})
_TOKEN: Final = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f]+")
_NOTHING: Final = object()


def documented_headers(spec: Any, response: dict[str, Any]) -> RawHeaders:
    """The (lower-case name, value) pairs of the headers `response` documents, in its order."""
    declared = response.get("headers")
    if not isinstance(declared, dict):
        return ()
    pairs: list[tuple[bytes, bytes]] = []
    for name, raw in declared.items():
        header = resolve(spec, raw)
        text = str(name)
        if text.lower() in _SET_BY_THE_MOCK or not _TOKEN.fullmatch(text) or not isinstance(header, dict):
            continue
        pairs.append((text.lower().encode("ascii"), _field_value(_value(spec, header))))
    return tuple(pairs)


def _value(spec: Any, header: dict[str, Any]) -> Any:
    """The header's example, else its schema's (or its media type's), else a value the schema allows."""
    found = _example_of(spec, header)
    if found is not _NOTHING:
        return found
    content = header.get("content")
    media = next(iter(content.values()), None) if isinstance(content, dict) and content else None
    holder = resolve(spec, media) if isinstance(media, dict) else header
    found = _example_of(spec, holder) if holder is not header else _NOTHING
    if found is not _NOTHING:
        return found
    schema = resolve(spec, holder.get("schema")) if isinstance(holder, dict) else None
    if isinstance(schema, dict) and "example" in schema:
        return schema["example"]
    return synthesize(spec, schema if isinstance(schema, dict) else {})


def _example_of(spec: Any, holder: dict[str, Any]) -> Any:
    if "example" in holder:
        return holder["example"]
    examples = holder.get("examples")
    for raw in examples.values() if isinstance(examples, dict) else ():
        example = resolve(spec, raw)
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return _NOTHING


def _field_value(value: Any) -> bytes:
    """`value` in the simple style, on one line (a control character is a space)."""
    if isinstance(value, list):
        text = ",".join(_scalar(item) for item in value)
    elif isinstance(value, dict):
        text = ",".join(f"{key},{_scalar(item)}" for key, item in value.items())
    else:
        text = _scalar(value)
    return _CONTROL.sub(" ", text).strip().encode("utf-8")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)
