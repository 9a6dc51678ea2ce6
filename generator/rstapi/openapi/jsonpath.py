"""JSONPath for overlay targets: the usual forms evaluated here, every other handed to jsonpath-ng.

Overlay files name their targets with a few forms: ``$``, ``.name``, ``['name']``, ``[a,b]``,
``[*]``, ``[0]`` and ``[?(@.name=='value')]``, chained. Those are read and evaluated here, with the
meaning RFC 9535 gives them (as jsonpath-ng 1.8 does): importing jsonpath-ng and running its PLY
parser cost a build about as much as emitting the spec. Any other expression (recursive descent,
slices, other filters, whitespace, escapes) goes to jsonpath-ng (``openapi/jsonpathng.py``), so what it accepts, rejects and
selects stays jsonpath-ng's; tests/unit/test_jsonpath.py holds the two to the same results.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from rstapi.naming import pointer_token

__all__ = ["Match", "Query", "compile_target"]


class Match(NamedTuple):
    """A node a target selects: its value, the dict or list holding it and its key there (a member
    name or an element index; None for the root or a node jsonpath-ng reached another way)."""

    value: Any
    parent: Any
    key: str | int | None
    path: tuple[str | int, ...]  # the member names and indices from the root

    @property
    def pointer(self) -> str:
        return "".join("/" + pointer_token(str(part)) for part in self.path)


Query = Callable[[Any], list[Match]]
_Step = Callable[[Match], Iterator[Match]]


@functools.cache
def compile_target(target: str) -> Query:
    """The query ``target`` names, parsed once per distinct target; ValueError when it is not one."""
    if not target.startswith("$"):
        raise ValueError("a target is a JSONPath expression starting with '$'")
    steps = _steps(target)
    if steps is None:
        from rstapi.openapi.jsonpathng import jsonpath_ng_query  # only for a form not read here

        return jsonpath_ng_query(target)
    return functools.partial(_run, steps)


def _run(steps: tuple[_Step, ...], document: Any) -> list[Match]:
    matches = [Match(document, None, None, ())]
    for step in steps:
        matches = [found for match in matches for found in step(match)]
    return matches


# ---------------------------------------------------------------- the forms read here

_NAME = r"[A-Za-z_][A-Za-z0-9_-]*"
_QUOTED = r"'[^'\\]*'|\"[^\"\\]*\""
_FIELD = rf"{_NAME}|{_QUOTED}"
_STEP = re.compile(
    rf"\.(?P<dotted>{_NAME})"
    rf"|\[(?P<fields>(?:{_FIELD})(?:,(?:{_FIELD}))*)\]"
    r"|\[(?P<wildcard>\*)\]"
    r"|\[(?P<index>0|[1-9][0-9]{0,8})\]"
    rf"|\[\?\(@\.(?P<member>{_NAME}) ?== ?(?P<literal>{_QUOTED})\)\]"
)
# Words jsonpath-ng's lexer reads as something else than a name.
_RESERVED = frozenset({"where", "wherenot", "true", "false", "null"})


def _steps(target: str) -> tuple[_Step, ...] | None:
    """The target's steps, or None when it is not made only of the forms read here."""
    steps: list[_Step] = []
    at = 1
    while at < len(target):
        found = _STEP.match(target, at)
        if found is None:
            return None
        step = _step(found)
        if step is None:
            return None
        steps.append(step)
        at = found.end()
    return tuple(steps)


def _step(found: re.Match[str]) -> _Step | None:
    if found["dotted"] is not None:
        return None if found["dotted"] in _RESERVED else functools.partial(_members, (found["dotted"],))
    if found["fields"] is not None:
        names = [_unquoted(name) for name in re.findall(_FIELD, found["fields"])]
        return (
            None if None in names else functools.partial(_members, tuple(n for n in names if n is not None))
        )
    if found["wildcard"] is not None:
        return _children
    if found["index"] is not None:
        return functools.partial(_element, int(found["index"]))
    if found["member"] in _RESERVED:
        return None
    return functools.partial(_having, found["member"], found["literal"][1:-1])


def _unquoted(name: str) -> str | None:
    """A field as written in brackets: quoted, its text; bare, itself unless a reserved word."""
    if name[0] in "'\"":
        return name[1:-1]
    return None if name in _RESERVED else name


def _members(names: tuple[str, ...], match: Match) -> Iterator[Match]:
    """The members of that name, in the order the names are given (RFC 9535 name selectors)."""
    if isinstance(match.value, dict):
        for name in names:
            if name in match.value:
                yield Match(match.value[name], match.value, name, (*match.path, name))


def _children(match: Match) -> Iterator[Match]:
    """Every member of an object, every element of an array (the wildcard selector)."""
    if isinstance(match.value, dict):
        for name, value in match.value.items():
            yield Match(value, match.value, name, (*match.path, name))
    elif isinstance(match.value, list):
        for index, value in enumerate(match.value):
            yield Match(value, match.value, index, (*match.path, index))


def _element(index: int, match: Match) -> Iterator[Match]:
    if isinstance(match.value, list) and index < len(match.value):
        yield Match(match.value[index], match.value, index, (*match.path, index))


def _having(member: str, text: str, match: Match) -> Iterator[Match]:
    """The children that are objects whose ``member`` is the string ``text`` (a string is never
    equal to a number or anything else, RFC 9535 section 2.3.5.2.2)."""
    for child in _children(match):
        value = child.value.get(member) if isinstance(child.value, dict) else None
        if isinstance(value, str) and value == text:
            yield child
