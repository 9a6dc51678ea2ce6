"""What the readers share of the request headers OpenAPI says in other words than a header
parameter (and ignores as one): ``Authorization``, the operation's security requirement, named by
the word before the credentials; ``Accept`` and ``Content-Type``, media types."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "AUTH_SCHEME_WORD",
    "AUTH_SCHEME_WORDS",
    "AUTH_SENT",
    "AUTH_VALUE",
    "AUTH_WRITTEN",
    "SAID_ELSEWHERE",
    "media_type",
    "scheme_word",
]

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

_MEDIA_TYPE = re.compile(r"[\w.+-]+/[\w.+*-]+")


def media_type(text: str) -> str | None:
    """The first media type a text names ("application/json; charset=utf-8" -> "application/json")."""
    match = _MEDIA_TYPE.search(text)
    return match.group().lower() if match else None


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
