"""Documented response fields the service never returned: the reverse of drift.

Every response body with a documented JSON schema is walked beside its schema; for each documented
property of each object met, the run counts the responses in which that object appeared and those in
which some instance of it carried the property. After the run, a property whose object appeared in N
responses but which none of them carried is "documented, never returned in N responses", cited at
its row. An optional field never returned is drift (the reference allows its absence, so the
service contradicts nothing, but a writer documents a field no response has); a required one is a
failure (the reference promises it in every response). A property no line documents (no source: a
shape the toolkit synthesized) is not a documented field and is not judged.

Response headers are counted the same way: a header documented for a status, which none of the
responses of that status carried, is "never sent" at its line (drift when optional; a required one
missing is already a failure of each response, schemathesis' response_headers_conformance).
"""

from __future__ import annotations

from typing import Any

import attrs

from rstapi.contract.reference import Reference
from rstapi.naming import pointer_token
from rstapi.records import Record

__all__ = ["Returned", "Unreturned"]

_DEPTH = 32


@attrs.frozen(repr=False)
class Unreturned(Record):
    """A documented property no response carried."""

    name: str  # "currency", "results[].currency"
    pointer: str  # the property's JSON pointer in the spec (its row in the source map)
    required: bool
    responses: int  # responses in which its object appeared
    statuses: tuple[int, ...]  # their statuses
    curl: str  # one request whose answer lacked it
    header: bool = False  # a response header (`name` its documented spelling), not a body property


@attrs.define(repr=False)
class _Tally(Record):
    name: str
    required: bool
    responses: int = 0
    carried: int = 0
    statuses: set[int] = attrs.Factory(set)
    curl: str = ""
    header: bool = False


class Returned:
    """Feed it each response body of an operation (`observe`); `never(label)` lists what none carried."""

    def __init__(self, reference: Reference) -> None:
        self._ref = reference
        self._seen: dict[tuple[str, str], _Tally] = {}

    def observe(self, label: str, status: int, schema_pointer: str, body: Any, curl: str) -> None:
        met: dict[str, tuple[str, bool, bool]] = {}  # property pointer -> (name, required, carried)
        self._walk(body, self._ref.resolve(schema_pointer), "", met, 0)
        for pointer, (name, required, carried) in met.items():
            tally = self._seen.setdefault((label, pointer), _Tally(name, required))
            tally.responses += 1
            tally.statuses.add(status)
            tally.carried += carried
            if not carried and not tally.curl:
                tally.curl = curl

    def observe_headers(
        self, label: str, status: int, response_pointer: str, received: set[str], curl: str
    ) -> None:
        """One response of `status`, documented at `response_pointer`, carrying the headers named
        `received` (lower case)."""
        documented = (self._ref.node(response_pointer) or {}).get("headers")
        if not isinstance(documented, dict):
            return
        for name in documented:
            pointer = self._ref.resolve(f"{response_pointer}/headers/{pointer_token(str(name))}")
            node = self._ref.node(pointer)
            required = isinstance(node, dict) and node.get("required") is True
            tally = self._seen.setdefault((label, pointer), _Tally(str(name), required, header=True))
            tally.responses += 1
            tally.statuses.add(status)
            tally.carried += str(name).lower() in received
            if str(name).lower() not in received and not tally.curl:
                tally.curl = curl

    def never(self, label: str) -> list[Unreturned]:
        """The documented properties of `label`'s responses that no response carried, in row order."""
        found = [
            Unreturned(
                tally.name,
                pointer,
                tally.required,
                tally.responses,
                tuple(sorted(tally.statuses)),
                tally.curl,
                tally.header,
            )
            for (own, pointer), tally in self._seen.items()
            if own == label and tally.responses and not tally.carried
        ]
        return [item for item in found if self._ref.sourcemap.get(item.pointer) is not None]

    def _walk(
        self, value: Any, pointer: str, name: str, met: dict[str, tuple[str, bool, bool]], depth: int
    ) -> None:
        schema = self._ref.node(pointer)
        if depth > _DEPTH or not isinstance(schema, dict):
            return
        properties = schema.get("properties")
        if isinstance(value, dict) and isinstance(properties, dict):
            required = schema.get("required")
            for key in properties:
                own = f"{pointer}/properties/{pointer_token(key)}"
                field = f"{name}.{key}" if name else key
                _, _, carried = met.get(own, (field, False, False))
                met[own] = (field, isinstance(required, list) and key in required, carried or key in value)
                if key in value:
                    self._walk(value[key], self._ref.resolve(own), field, met, depth + 1)
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            child = self._ref.resolve(f"{pointer}/items")
            for item in value:
                self._walk(item, child, f"{name}[]", met, depth + 1)
