"""The headers OpenAPI says in other words than a header parameter (and ignores as one):
``Authorization`` (the operation's security requirement: ``Credentials``), ``Accept`` (the
response's media type, ``responses``) and ``Content-Type`` (the request's, ``operations``)."""

from __future__ import annotations

from collections.abc import Sequence

from rstapi.model import Credentials, CurlExample
from rstapi.rst.credentials import SAID_ELSEWHERE, scheme_word, sent_with
from rstapi.rst.httpdomain.resource import Resource, side
from rstapi.rst.httpdomain.vocabulary import Role
from rstapi.rst.walk import Walk

__all__ = ["SAID_ELSEWHERE", "credentials"]


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
    sent = [
        (b.message.header("Authorization") or "", walk.at(b.line))
        for b in side(resource, "request")
        if b.message is not None
    ]
    sent += [
        (value, curl.location)
        for curl in curls
        for name, value in curl.headers
        if name.lower() == "authorization"
    ]
    scheme = scheme_word([value for value, _ in sent if value], entry.description)
    return Credentials(scheme, entry.description, walk.at(entry.line), sent_with(scheme, sent))
