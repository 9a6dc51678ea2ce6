"""Documented statuses against example responses: DOC211, DOC213."""

from __future__ import annotations

import http
import re
from collections.abc import Iterator, Sequence

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.lint.shared import named
from rstapi.model import Api, Example, Operation, Response
from rstapi.naming import path_pointer
from rstapi.rst import vocabulary as vocab

__all__ = ["check"]


def check(api: Api) -> Iterator[Diagnostic]:
    borrowed = {e.location for schema in api.schemas for e in schema.examples}
    mentions = [_status_paragraphs(o) for o in api.operations]  # read once for both checks
    yield from _without_example(api.operations, mentions)
    for operation, named_here in zip(api.operations, mentions, strict=True):
        yield from _contradicted(operation, named_here, borrowed)


def _success(status: int) -> bool:
    return 200 <= status < 300


def _without_example(operations: Sequence[Operation], mentions: Sequence[_Mentions]) -> Iterator[Diagnostic]:
    """A success status the prose names (not the one implied by a table alone) with no example:
    once per place that documents it, naming every operation of a shared section it is for
    (``mentions``: each operation's ``_status_paragraphs``)."""
    unshown = [_unexemplified(o, named_here) for o, named_here in zip(operations, mentions, strict=True)]
    for status, location in dict.fromkeys(place for found in unshown for place in found):
        group = [o for o, found in zip(operations, unshown, strict=True) if (status, location) in found]
        one = len(group) == 1
        message = (
            f"{named(group)} {'documents' if one else 'document'} status {status} "
            f"but {'shows' if one else 'show'} no example response for it"
        )
        pointer = f"{path_pointer(group[0].path, group[0].method)}/responses/{status}"
        yield Diagnostic("DOC211", message, location, pointer=pointer)


def _unexemplified(operation: Operation, mentions: _Mentions) -> list[tuple[int, SourceLocation]]:
    """(status, where it is documented) of each success status the prose names (``mentions``)
    that has no example."""
    named_here = {code for code, _, _ in mentions}
    return [
        (response.status, response.location)
        for response in operation.responses
        if response.status in named_here
        and response.status not in vocab.BODYLESS_STATUSES
        and not response.examples
    ]


# (code, 'code reason', place) of each success status an operation's prose names.
_Mentions = list[tuple[int, str, SourceLocation]]


# A status code anywhere: what a status phrase starts with, found by the regex engine's quick scan
# for a first character (STATUS_PHRASE's look-behind makes it try every position).
_CODE = re.compile(r"[1-5]\d\d")


def _status_paragraphs(operation: Operation) -> _Mentions:
    """(code, 'code reason', place) for every success status the section's prose names, but for
    a status line of another method ("200 OK: GET lists them" for the POST beside it)."""
    found: _Mentions = []
    for text, location in operation.prose:
        if not _CODE.search(text):  # most paragraphs: no code, which STATUS_PHRASE begins with
            continue
        named = [match for match in vocab.STATUS_PHRASE.finditer(text) if _success(int(match["code"]))]
        if named and not _another_methods_status(text, operation.method):  # most paragraphs name none
            found += [(int(match["code"]), f"{match['code']} {match['reason']}", location) for match in named]
    return found


# What a status line starts with (``vocab.STATUS_LINE``: "HTTP", "status", a backtick or a code;
# case-insensitive, so the long s that Unicode folds to "s" too), after its leading blanks.
_STATUS_LINE_STARTS = frozenset("HhSs\u017f`12345")


def _another_methods_status(text: str, method: str) -> bool:
    """A status line whose description names methods, ``method`` not among them: the reader gives
    that status to those methods only."""
    if text.lstrip()[:1] not in _STATUS_LINE_STARTS:  # most paragraphs: no status line
        return False
    line = vocab.STATUS_LINE.match(" ".join(text.split()))
    if line is None:
        return False
    named = set(vocab.METHOD_WORD.findall(text[line.end() :]))
    return bool(named) and method not in named


def _introducing(mentions: _Mentions, example: Example) -> SourceLocation | None:
    """The status sentence an example follows: the last one written before it."""
    before = [place for _, _, place in mentions if place.line < example.location.line]
    return before[-1] if before else None


def _contradicted(
    operation: Operation, mentions: _Mentions, borrowed: set[SourceLocation]
) -> Iterator[Diagnostic]:
    for response in operation.responses:
        own = [e for e in response.examples if e.location not in borrowed]
        if not _success(response.status) or not own:
            continue
        intro = _introducing(mentions, own[0])
        others = [(code, text, place) for code, text, place in mentions if place != intro]
        if others and response.status not in {code for code, _, _ in others}:
            yield _diagnostic(operation, response, intro or own[0].location, others[0])


def _diagnostic(
    operation: Operation, response: Response, where: SourceLocation, other: tuple[int, str, SourceLocation]
) -> Diagnostic:
    _, text, place = other
    shown = f"{response.status} {_reason(response.status)}".rstrip()
    message = (
        f"the example response has status {shown}, but the prose at {place.named_from(where)} says {text}"
    )
    pointer = f"{path_pointer(operation.path, operation.method)}/responses/{response.status}"
    return Diagnostic("DOC213", message, where, pointer=pointer)


def _reason(status: int) -> str:
    """The status's standard reason phrase ("Created"), not the description the doc gives it."""
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""
