"""What the readers share of the request headers OpenAPI says in other words than a header
parameter (and ignores as one): ``Authorization``, the operation's security requirement, named by
the word before the credentials; ``Accept`` and ``Content-Type``, media types."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TypeVar

__all__ = [
    "AUTH_SCHEME_WORD",
    "AUTH_SCHEME_WORDS",
    "AUTH_SENT",
    "AUTH_VALUE",
    "AUTH_WRITTEN",
    "SAID_ELSEWHERE",
    "UNSHAPED_HINT",
    "carries_fields",
    "media_type",
    "media_types",
    "placed_media",
    "raw_body",
    "scheme_word",
    "sent_with",
    "unshaped_finding",
]

T = TypeVar("T")

# The request headers OpenAPI ignores as header parameters (3.1, Parameter Object: "name").
SAID_ELSEWHERE = frozenset({"authorization", "accept", "content-type"})

# The words a description of the Authorization header names its scheme by ("a bearer token",
# "``JWT <access token>``", "HTTP basic auth"), as the spec's scheme writes them; "token" alone
# ("a token") names none (the scheme is then Bearer, RFC 6750's), as does any other word.
AUTH_SCHEME_WORDS: dict[str, str] = {
    "bearer": "Bearer",
    "basic": "Basic",
    "digest": "Digest",
    "jwt": "JWT",
}
AUTH_SCHEME_WORD = re.compile(r"\b(?:bearer|basic|digest|jwt)\b", re.I)
# A description that writes the header's value out: ``Token <key>``, ``JWT {token}``: its word.
AUTH_WRITTEN = re.compile(r"``(?P<word>[A-Za-z][\w.-]*)\s+[^`\s]+``")
# The word an example's ``Authorization: Token 9944b0`` value sends before its credentials.
AUTH_VALUE = re.compile(r"^(?P<word>[A-Za-z][\w.-]*)\s+\S")
# An Authorization header a sample request (a curl's -H, a raw HTTP message) sends: its value.
AUTH_SENT = re.compile(r"(?im)\bAuthorization:[ \t]*(?P<value>[^\"'\r\n]+)")

# A media type of a registered top-level type (RFC 6838 4.2; not "and/or", nor a path's "users/me").
_MEDIA_TYPE = re.compile(
    r"\b(?:application|audio|font|image|message|model|multipart|text|video)/[\w.+*-]+", re.I
)


def media_type(text: str) -> str | None:
    """The first media type a text names ("application/json; charset=utf-8" -> "application/json")."""
    match = _MEDIA_TYPE.search(text) if "/" in text else None
    return match.group().rstrip(".").lower() if match else None


def media_types(text: str) -> tuple[str, ...]:
    """Every media type a text names, once each, in the order written ("``application/json`` or
    ``application/yaml``"; a parameter, "; charset=utf-8" or ";q=0.9", is no part of one)."""
    if "/" not in text:
        return ()
    return tuple(dict.fromkeys(match.group().rstrip(".").lower() for match in _MEDIA_TYPE.finditer(text)))


def carries_fields(media: str) -> bool:
    """A media type whose body is the fields a field table or a JSON example documents: JSON
    (``application/json``, a ``+json`` vendor type) and the forms, whose fields are named values."""
    kind = media.split(";", 1)[0].strip().lower()
    return (
        kind.endswith(("/json", "+json"))
        or kind == "application/x-www-form-urlencoded"
        or kind.startswith("multipart/")
    )


def raw_body(media: str) -> bool:
    """A media type whose body no field or JSON example can describe: bytes (``image/png``,
    ``application/octet-stream``), not JSON, a form, text or XML."""
    kind = media.split(";", 1)[0].strip().lower()
    return not (carries_fields(kind) or kind.startswith("text/") or kind.endswith(("/xml", "+xml")))


def placed_media(named: Sequence[str], fielded: bool) -> tuple[str, tuple[tuple[str, bool], ...]]:
    """Where a body goes among the media types a document names for it: (the first media type,
    the others each with whether the body's schema and examples are its too). A body of fields
    (``fielded``: a field table's, a JSON example's) is the fields-carrying types' (JSON first,
    else ``application/json``, which its fields or example are written in); a type of another
    kind (XML, YAML) is named with no schema, since the document shows nothing of its shape. A
    body of another kind (text, bytes) is every named type's."""
    if not fielded:
        return named[0], tuple((media, True) for media in named[1:])
    shaped = [media for media in named if carries_fields(media)] or ["application/json"]
    others = [media for media in named if media != shaped[0]]
    return shaped[0], tuple((media, carries_fields(media)) for media in others)


def scheme_word(sent: Iterable[str], description: str) -> str:
    """The scheme of credentials sent in the Authorization header: the word an example sends
    before them (``sent``: the header's values), else the one the description writes the value
    with (``Token <key>``), else the scheme it names ("a bearer token"), else Bearer; as the
    spec's scheme writes it."""
    words = [match["word"] for value in sent if value and (match := AUTH_VALUE.match(value.strip()))]
    written = AUTH_WRITTEN.search(description)
    named = AUTH_SCHEME_WORD.search(description)
    words += [written["word"]] if written else [named.group()] if named else []
    scheme = words[0] if words else "Bearer"
    return AUTH_SCHEME_WORDS.get(scheme.lower(), scheme)


def sent_with(word: str, sent: Iterable[tuple[str, T]]) -> T | None:
    """Where (``sent``: each Authorization value an example sends, with where) the first example
    sending credentials after ``word`` is, if one does."""
    for value, where in sent:
        match = AUTH_VALUE.match(value.strip()) if value else None
        if match and AUTH_SCHEME_WORDS.get(match["word"].lower(), match["word"]) == word:
            return where
    return None


UNSHAPED_HINT = "Add an example of the body in that media type, or give its schema in the overlay."


def unshaped_finding(header: str, what: str, more: Iterable[tuple[str, bool]]) -> str | None:
    """What a finding says of the media types ``header`` names for ``what`` (the request or the
    success response body) whose shape the document does not show (``placed_media``'s unshaped
    ones); None when there are none."""
    unshaped = " and ".join(media for media, shaped in more if not shaped)
    if not unshaped:
        return None
    return (
        f"{header} names {unshaped} for the {what}, whose shape the document shows only as JSON "
        f"(its fields, its examples): the spec names {unshaped} with no schema"
    )
