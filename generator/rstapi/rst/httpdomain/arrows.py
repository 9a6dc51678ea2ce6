"""Which way a document's arrow fields point: sphinxcontrib-httpdomain's 1.x or 2.x reading.

1.x files ``:<json``, ``:<jsonarr`` and ``:<header`` under *Request* and the ``>`` names under
*Response*; 2.x the other way round. The named aliases (``:reqjson``, ``:resheader`` ...) mean
the same in both. A document is read one way: ``httpdomain-arrows`` when it is set, else the way
most of the document's signs point, else (no sign at all) the 1.x way. A sign is an arrow field
whose side the document shows: a JSON field of a method whose request has no body, a JSON field
naming a key only the request (or only the response) example has, a header only requests (or
only responses) carry. Reading a document the 2.x way from its signs, signs pointing both ways,
and (under Sphinx) a reading other than the loaded release's are RST165 findings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.records import Record
from rstapi.rst.examples import json_example
from rstapi.rst.httpdomain.fields import Entry
from rstapi.rst.httpdomain.resource import Resource, side
from rstapi.rst.httpdomain.vocabulary import (
    ARROW_SWAP,
    BODYLESS_METHODS,
    REQUEST_ONLY_HEADERS,
    RESPONSE_ONLY_HEADERS,
    Role,
)
from rstapi.rst.walk import Walk

__all__ = ["Decision", "Sign", "arrow_findings", "decide", "read_arrows", "signs_of"]

# What each reading makes of the arrows, as a finding says it.
_READINGS = {
    "1.x": "`:<json`/`:<header` the request's, `:>json`/`:>header` the response's",
    "2.x": "`:>json`/`:>header` the request's, `:<json`/`:<header` the response's",
}
_OTHER = {"1.x": "2.x", "2.x": "1.x"}
_HEADERS = (Role.REQUEST_HEADER, Role.RESPONSE_HEADER)
_SHOWN = 3  # signs a finding quotes
_NOWHERE = SourceLocation("")
_SWAPPED = "(request fields under Response headings, response fields under Request ones)"


@attrs.frozen(repr=False)
class Sign(Record):
    """An arrow field whose side the document shows, and the reading that side agrees with."""

    convention: str  # "1.x" or "2.x"
    line: int
    says: str  # "`:<json id:` is in http:get, whose request has no body"


@attrs.frozen(repr=False)
class Decision(Record):
    """The reading of one document's arrows, why ("setting", "evidence", "default"), and its signs."""

    convention: str
    why: str
    signs: tuple[Sign, ...]

    def signs_for(self, convention: str) -> list[Sign]:
        return [s for s in self.signs if s.convention == convention]


def read_arrows(resources: Sequence[Resource], setting: str | None) -> tuple[Decision, list[Resource]]:
    """The document's reading, and its resources with their arrow fields in the roles it gives them."""
    decision = decide(resources, setting)
    if decision.convention == "1.x":
        return decision, list(resources)
    return decision, [attrs.evolve(r, entries=tuple(map(_swapped, r.entries))) for r in resources]


def decide(resources: Sequence[Resource], setting: str | None) -> Decision:
    signs = tuple(sign for resource in resources for sign in signs_of(resource))
    if setting is not None:
        return Decision(setting, "setting", signs)
    one, two = (sum(s.convention == c for s in signs) for c in ("1.x", "2.x"))
    if not signs:
        return Decision("1.x", "default", signs)
    return Decision("2.x" if two > one else "1.x", "evidence", signs)


def signs_of(resource: Resource) -> list[Sign]:
    """The signs of one directive's arrow fields (each field is one sign at most)."""
    keys = {which: _example_keys(resource, which) for which in ("request", "response")}
    found = []
    for entry in resource.entries:
        if not _is_arrow(entry) or entry.types_field or not entry.name:
            continue
        shown = _shows(entry, resource, keys)
        if shown is not None:
            written = "request" if entry.kind.startswith("<") else "response"  # the 1.x reading
            says = f"`:{entry.kind} {entry.name}:` {shown[1]}"
            found.append(Sign("1.x" if shown[0] == written else "2.x", entry.line, says))
    return found


def _is_arrow(entry: Entry) -> bool:
    return entry.kind.startswith(("<", ">")) and entry.role in ARROW_SWAP


def _swapped(entry: Entry) -> Entry:
    if not _is_arrow(entry) or entry.role is None:
        return entry
    return attrs.evolve(entry, role=ARROW_SWAP[entry.role])


def _shows(entry: Entry, resource: Resource, keys: dict[str, set[str]]) -> tuple[str, str] | None:
    """The side of the exchange the document puts an arrow field on ("request"/"response"), and why."""
    if entry.role in _HEADERS:
        return _header_side(entry.name)
    if resource.method in BODYLESS_METHODS:
        return "response", f"is in http:{resource.method.lower()}, whose request has no body"
    key = re.split(r"[.\[]", entry.name, maxsplit=1)[0]
    sides = [which for which in ("request", "response") if key in keys[which]]
    if len(sides) == 1:
        return sides[0], f"names a key only the example {sides[0]} has"
    return None


def _header_side(name: str) -> tuple[str, str] | None:
    lowered = name.lower()
    if lowered in REQUEST_ONLY_HEADERS:
        return "request", "is a header only requests send"
    if lowered in RESPONSE_ONLY_HEADERS:
        return "response", "is a header only responses send"
    return None


def _example_keys(resource: Resource, which: str) -> set[str]:
    """The top-level keys of the directive's request or response examples (of an array's objects too)."""
    keys: set[str] = set()
    for block in side(resource, which):
        text = block.message.body if block.message is not None else block.text
        if not text.strip():
            continue
        value = json_example("", text, _NOWHERE)[0].value  # its problems are reported where it is read
        items = value if isinstance(value, list) else [value]
        keys.update(key for item in items if isinstance(item, dict) for key in item)
    return keys


# ---------------------------------------------------------------- findings


def arrow_findings(walk: Walk, decision: Decision, resources: Sequence[Resource]) -> list[Diagnostic]:
    """RST165: signs against the reading, a 2.x reading from signs, a reading the renderer does not share."""
    found = []
    against = decision.signs_for(_OTHER[decision.convention])
    if against:
        found.append(_against(walk, decision, against))
    elif decision.why == "evidence" and decision.convention == "2.x":
        found.append(_read_as_two(walk, decision))
    rendered = walk.options.rendered_arrows
    arrows = [e for r in resources for e in r.entries if _is_arrow(e)]
    if rendered is not None and rendered != decision.convention and arrows:
        found.append(_rendered(walk, decision, rendered, arrows[0].line))
    return found


def _read_as_two(walk: Walk, decision: Decision) -> Diagnostic:
    signs = decision.signs_for("2.x")
    message = (
        f"arrow fields are read as sphinxcontrib-httpdomain 2.x has them ({_READINGS['2.x']}): "
        f"{_count(signs)} so ({_quoted(walk, signs)}), none says 1.x; sphinxcontrib-httpdomain 1.x "
        f"renders these fields under the opposite headings {_SWAPPED}"
    )
    return Diagnostic("RST165", message, walk.at(signs[0].line))


def _against(walk: Walk, decision: Decision, against: list[Sign]) -> Diagnostic:
    chosen, agree = decision.convention, decision.signs_for(decision.convention)
    because = f"{_count(agree)} so ({_quoted(walk, agree)})"
    if decision.why == "setting":
        because = f'httpdomain-arrows = "{chosen}" says so' + (f", {_count(agree)} too" if agree else "")
    effect = (
        "whichever sphinxcontrib-httpdomain release renders the document shows some of them under "
        "the wrong heading"
        if agree
        else f"read as {chosen} (as sphinxcontrib-httpdomain {chosen} renders them), they land on "
        "the side opposite to their signs"
    )
    message = (
        f"arrow fields are read as sphinxcontrib-httpdomain {chosen} has them ({_READINGS[chosen]}): "
        f"{because}; but {_count(against)} {_OTHER[chosen]} ({_quoted(walk, against)}): {effect}"
    )
    return Diagnostic("RST165", message, walk.at(against[0].line))


def _rendered(walk: Walk, decision: Decision, rendered: str, line: int) -> Diagnostic:
    why = {
        "setting": f'httpdomain-arrows = "{decision.convention}"',
        "evidence": f"{_count(decision.signs_for(decision.convention))} so",
        "default": "no sign either way; 1.x is the default",
    }[decision.why]
    message = (
        f"sphinx-build loads a sphinxcontrib-httpdomain that renders arrow fields the {rendered} way "
        f"({_READINGS[rendered]}), but this document's are read as {decision.convention} ({why}): "
        f"the built pages show its arrow fields under the opposite headings {_SWAPPED}"
    )
    return Diagnostic("RST165", message, walk.at(line))


def _count(signs: Sequence[Sign]) -> str:
    """ "1 sign says", "3 signs say": a count with its verb."""
    return "1 sign says" if len(signs) == 1 else f"{len(signs)} signs say"


def _quoted(walk: Walk, signs: Sequence[Sign]) -> str:
    shown = "; ".join(f"{s.says} ({walk.at(s.line)})" for s in signs[:_SHOWN])
    return shown + (f"; and {len(signs) - _SHOWN} more" if len(signs) > _SHOWN else "")
