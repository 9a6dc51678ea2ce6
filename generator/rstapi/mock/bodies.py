"""Request bodies: Content-Type, decoding (JSON, form, multipart form or text) and the declared schema.

A body is either decoded into a value or refused with the status the client should see:
415 for an undeclared Content-Type, 400 for bytes that are not what the type promises.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import parse_qsl

import orjson

from rstapi.mock.errors import Problem, problem
from rstapi.mock.validation import SchemaCheck, Schemas, coerce_scalar, schema_kind
from rstapi.openapi.refs import resolve

FORM: Final = "application/x-www-form-urlencoded"
MULTIPART: Final = "multipart/form-data"
_MAX_FORM_FIELDS: Final = 1000


class BodyRefused(Exception):
    """The body cannot be read as declared; carries the status and the problems to report."""

    def __init__(self, status: int, detail: str, problems: list[Problem] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.problems = problems or []


@dataclass(frozen=True, slots=True)
class MediaRule:
    """One declared request media type: how its bytes are read and its validator (`accepts` is the
    validator's quick yes, called first, inline; every value, without a schema)."""

    parse: Callable[..., Any]  # (raw) -> value; (raw, content_type) when `needs_header`
    check: SchemaCheck | None
    needs_header: bool = False  # a multipart body: its boundary is in the Content-Type
    accepts: Callable[[Any], bool] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "accepts", self.check.accepts if self.check is not None else _any_value)


def _any_value(value: Any) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class BodyRule:
    """An operation's requestBody; `by_header` finds a Content-Type sent as declared without parsing it."""

    required: bool
    media: dict[str, MediaRule]
    by_header: dict[bytes | None, MediaRule] = field(init=False)

    def __post_init__(self) -> None:
        exact = {name.encode("latin-1"): rule for name, rule in self.media.items()}
        object.__setattr__(self, "by_header", exact)

    def decode(self, raw: bytes, content_type: bytes | None) -> Any:
        """The decoded body (None when empty and optional); raises BodyRefused."""
        if not raw:
            if self.required:
                raise BodyRefused(400, "The request body is required.", [_missing_body()])
            return None
        rule = self.by_header.get(content_type) or self._media_of(content_type)
        value = rule.parse(raw, content_type) if rule.needs_header else rule.parse(raw)
        try:
            if rule.accepts(value):  # nearly every body: one call, no problem list
                return value
        except Exception:  # e.g. a value the Rust side cannot convert; the full check decides
            pass
        problems = rule.check.problems(value, "/body") if rule.check is not None else []
        if problems:
            raise BodyRefused(400, "The request body does not match the schema.", problems)
        return value

    def _media_of(self, content_type: bytes | None) -> MediaRule:
        """The rule of a Content-Type not sent exactly as declared; raises BodyRefused (415)."""
        media_type = (content_type or b"").split(b";")[0].strip().decode("latin-1").lower()
        rule = self.media.get(media_type)
        if rule is None:
            accepted = ", ".join(sorted(self.media))
            raise BodyRefused(
                415, f"Content-Type {media_type or '(none)'!r} is not accepted; send {accepted}."
            )
        return rule


def _missing_body() -> Problem:
    return problem("/body", "required", "The request body is required.")


def _parser(media_type: str, field_kinds: dict[str, str]) -> Callable[[bytes], Any]:
    """How a body of the media type is read: JSON, a form (fields typed per schema), text (a
    string, checked as one), or raw bytes."""
    if "json" in media_type:
        return parse_json
    if media_type == FORM:
        return functools.partial(_parse_form, field_kinds=field_kinds)
    if media_type.startswith("text/"):
        return _parse_text
    return _as_is


def _as_is(raw: bytes) -> bytes:
    return raw


def _as_octets(raw: bytes) -> str:
    """A body of bytes whose schema is a string (``format: binary``): a character per byte."""
    return raw.decode("latin-1")


def _parse_text(raw: bytes) -> str:
    """A text body as a string: UTF-8, the charset a spec's text body is written in."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        detail = "The request body is not valid UTF-8."
        raise BodyRefused(400, detail, [problem("/body", "text", str(exc)[:300])]) from exc


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # 1e999: the standard decoder would say inf, which JSON cannot say either
        raise ValueError(f"{text[:40]} is too large a number: it is not valid JSON")
    return value


_DECODER: Final = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)
# orjson parses the usual body several times faster than the standard decoder, but it answers a few
# inputs differently: integers beyond 64 bits become floats, nesting is capped at 1024 rather than by
# the recursion limit, lone surrogate escapes and infinite numbers are refused, and its error messages
# differ. It is used only on bodies where it cannot differ (shallow, no long run of digits) and only
# for its success; anything else goes to the standard decoder, which decides as it always has.
_FAST_MAX_DEPTH: Final = 256  # far below the depth at which the standard decoder gives up
# 18 digits always fit in 64 bits. The body is looked at with every digit read as "0", where a run of
# 19 digits is a run of 19 "0"s: one translate and one substring search, both in C, about 3k
# instructions on a 117-byte body whatever its digits (callgrind; a regular expression's search for
# `[0-9]{19}` cost 17k). `find`, not `in`: bytes' `in` first tries its operand as an integer and
# pays for the TypeError (1k more).
_DIGITS_AS_ZERO: Final = bytes.maketrans(b"123456789", b"0" * 9)
_LONG_INTEGER: Final = b"0" * 19


def parse_json(raw: bytes) -> Any:
    """JSON from untrusted bytes: strict UTF-8, no NaN/Infinity, nesting bounded."""
    # orjson when its value (if it parses) equals the standard decoder's: a short body is a shallow
    # one (each level of nesting takes two bytes), and 18 digits in a row always fit in 64 bits
    if (
        len(raw) < 2 * _FAST_MAX_DEPTH or raw.count(b"[") + raw.count(b"{") < _FAST_MAX_DEPTH
    ) and raw.translate(_DIGITS_AS_ZERO).find(_LONG_INTEGER) < 0:
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass  # the standard decoder says why, in the messages clients have always seen
    try:
        return _DECODER.decode(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BodyRefused(400, "The request body is not valid UTF-8.", [_malformed(str(exc))]) from exc
    except RecursionError as exc:
        raise BodyRefused(
            400, "The JSON body is nested too deeply.", [_malformed("nested too deeply")]
        ) from exc
    except ValueError as exc:
        raise BodyRefused(400, "The request body is not valid JSON.", [_malformed(str(exc))]) from exc


def _malformed(reason: str) -> Problem:
    return problem("/body", "json", reason[:300])


def _parse_form(raw: bytes, field_kinds: dict[str, str]) -> dict[str, Any]:
    try:
        pairs = parse_qsl(
            raw.decode("ascii"), keep_blank_values=True, errors="strict", max_num_fields=_MAX_FORM_FIELDS
        )
    except ValueError as exc:
        raise BodyRefused(
            400, "The form body is not valid.", [problem("/body", "form", str(exc)[:300])]
        ) from exc
    form: dict[str, Any] = {}
    for key, value in pairs:
        kind = field_kinds.get(key)
        if key not in form:
            form[key] = coerce_scalar(value, kind or "string")
        elif kind not in (None, "array"):  # `secret=a&secret=b`: which one counts is a guess, so neither does
            detail = f"The form field {key!r} is sent more than once."
            raise BodyRefused(400, detail, [problem(f"/body/{key}", "duplicate", detail)])
    return form


def _parse_multipart(raw: bytes, content_type: bytes | None, field_kinds: dict[str, str]) -> dict[str, Any]:
    """A multipart/form-data body as its fields: each part's name is its field; a file part's
    content is its value (a binary string: its bytes as Latin-1 text), another part's text is
    typed as a form field's. A body that is no multipart message of the boundary its Content-Type
    names is refused (400)."""
    import email.parser
    import email.policy

    header = (content_type or b"").decode("latin-1")
    if "boundary=" not in header.lower():
        detail = "The multipart body's Content-Type names no boundary."
        raise BodyRefused(400, detail, [problem("/body", "multipart", detail)])
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {header}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1") + raw
    )
    parts = list(message.iter_parts()) if message.is_multipart() else []
    if message.defects or not parts:
        detail = "The request body is not a multipart message of the boundary its Content-Type names."
        raise BodyRefused(400, detail, [problem("/body", "multipart", detail)])
    form: dict[str, Any] = {}
    for part in parts:
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            detail = "A part of the multipart body has no name (Content-Disposition: form-data; name=...)."
            raise BodyRefused(400, detail, [problem("/body", "multipart", detail)])
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        if name in form:
            detail = f"The form field {name!r} is sent more than once."
            raise BodyRefused(400, detail, [problem(f"/body/{name}", "duplicate", detail)])
        if part.get_filename() is not None:
            form[name] = content.decode("latin-1")
        else:
            form[name] = coerce_scalar(content.decode("utf-8", "replace"), field_kinds.get(name) or "string")
    return form


def body_rule(spec: Any, request_body: Any, schemas: Schemas) -> BodyRule | None:
    """The compiled rule for an operation's requestBody (None when it declares none)."""
    body = resolve(spec, request_body)
    if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
        return None
    media = {
        str(name).lower(): _media_rule(spec, str(name).lower(), entry, schemas)
        for name, entry in body["content"].items()
    }
    return BodyRule(required=bool(body.get("required", False)), media=media)


def _media_rule(spec: Any, media_type: str, entry: Any, schemas: Schemas) -> MediaRule:
    schema = entry.get("schema") if isinstance(entry, dict) else None
    resolved = resolve(spec, schema) if schema is not None else None
    properties = resolved.get("properties", {}) if isinstance(resolved, dict) else {}
    kinds = {str(name): schema_kind(spec, sub) for name, sub in properties.items()}
    check = schemas.check(schema) if schema is not None else None
    if media_type == MULTIPART:
        return MediaRule(functools.partial(_parse_multipart, field_kinds=kinds), check, needs_header=True)
    parse = _parser(media_type, kinds)
    if parse is _as_is and isinstance(resolved, dict) and resolved.get("type") == "string":
        parse = _as_octets  # a binary string (an upload's bytes), checked as one
    return MediaRule(parse, check)
