"""The headers OpenAPI says in other words than a header parameter (and ignores as one):
``Authorization`` (the operation's security requirement: ``Credentials``), ``Accept`` (the
response's media type, ``responses``) and ``Content-Type`` (the request's, ``operations``)."""

from __future__ import annotations

from collections.abc import Sequence

from rstapi.model import Credentials, CurlExample
from rstapi.rst.httpdomain.resource import Resource, side
from rstapi.rst.httpdomain.vocabulary import (
    AUTH_SCHEME_WORD,
    AUTH_SCHEME_WORDS,
    AUTH_VALUE,
    AUTH_WRITTEN,
    Role,
)
from rstapi.rst.walk import Walk

__all__ = ["SAID_ELSEWHERE", "credentials"]

SAID_ELSEWHERE = frozenset({"authorization", "accept", "content-type"})


def credentials(walk: Walk, resource: Resource, curls: Sequence[CurlExample]) -> Credentials | None:
    """The credentials a ``:reqheader Authorization:`` field says the operation takes: the word
    an example request sends before them (``Authorization: Token 9944b0``, a curl's ``-H``), else
    the one the description writes the value with (``Token <key>``), else the scheme it names ("a
    bearer token"), else Bearer."""
    entry = next(
        (e for e in resource.by_role(Role.REQUEST_HEADER) if e.name.lower() == "authorization"), None
    )
    if entry is None:
        return None
    sent = [b.message.header("Authorization") for b in side(resource, "request") if b.message is not None]
    sent += [value for curl in curls for name, value in curl.headers if name.lower() == "authorization"]
    words = [match["word"] for value in sent if value and (match := AUTH_VALUE.match(value.strip()))]
    written = AUTH_WRITTEN.search(entry.description)
    named = AUTH_SCHEME_WORD.search(entry.description)
    words += [written["word"]] if written else [named.group()] if named else []
    scheme = words[0] if words else "Bearer"
    return Credentials(AUTH_SCHEME_WORDS.get(scheme.lower(), scheme), entry.description, walk.at(entry.line))
