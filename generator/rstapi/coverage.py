"""The coverage figure: how many of the document's table rows and JSON examples went into the spec.

A row or an example counts as used when the spec carries its place (an ``x-rst-source`` of a
property, a parameter or an example; an operation for a "Method and Endpoint" row, a response
for a status table's row, its security requirement for the field that says it takes credentials). What was
not used and has no diagnostic of its own yet gets one (RST150 for a whole table, RST151 for
a row, RST152 for an example), so nothing is lost without a word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.model import Api, Coverage, SourceItem
from rstapi.openapi.sourcemap import source_places

__all__ = ["measure"]

_PLACE = re.compile(r"^(?P<path>.+?):(?P<line>\d+)(?::\d+)?$")


def measure(
    api: Api,
    spec: dict[str, Any],
    diagnostics: Sequence[Diagnostic],
    sources: Collection[str] | None = None,
) -> tuple[Coverage, list[Diagnostic]]:
    """The coverage of ``api``'s document by ``spec``, and diagnostics for what was lost silently.
    ``sources``: the spec's inline sources, when they were gathered already (its validation walks
    every mapping of it: ``validate_spec``)."""
    used = _used_places(api, spec, source_places(spec) if sources is None else sources)
    rows = [item for item in api.inventory if item.kind == "row"]
    lost = [item for item in api.inventory if not _is_used(item, used)]
    coverage = Coverage(_tally(api.inventory, lost, "row"), _tally(api.inventory, lost, "example"))
    return coverage, _unexplained(lost, rows, diagnostics)


def _tally(items: Sequence[SourceItem], lost: Sequence[SourceItem], kind: str) -> tuple[int, int]:
    """(used, total) of the items of ``kind``."""
    total = sum(1 for item in items if item.kind == kind)
    return total - sum(1 for item in lost if item.kind == kind), total


def _used_places(api: Api, spec: dict[str, Any], sources: Collection[str]) -> set[tuple[str, int]]:
    places = {_place(source) for source in sources}
    for operation in api.operations:
        emitted = spec.get("paths", {}).get(operation.path, {}).get(operation.method.lower())
        if not isinstance(emitted, dict):
            continue
        places |= {(where.path, where.line) for _, where in operation.path_spellings}
        statuses = emitted.get("responses") or {}  # a status row: its response, body or not
        places |= {
            (r.location.path, r.location.line) for r in operation.responses if str(r.status) in statuses
        }
        said = operation.credentials  # an Authorization header field: the operation's security
        if said is not None and emitted.get("security"):
            places.add((said.location.path, said.location.line))
    return places


def _place(source: str) -> tuple[str, int]:
    match = _PLACE.match(source)
    return (match["path"], int(match["line"])) if match else (source, 0)


def _own_lines(item: SourceItem) -> tuple[int, ...]:
    return item.lines or (item.location.line,)


def _is_used(item: SourceItem, used: set[tuple[str, int]]) -> bool:
    return any((item.location.path, line) in used for line in _own_lines(item))


def _unexplained(
    lost: list[SourceItem], rows: list[SourceItem], diagnostics: Sequence[Diagnostic]
) -> list[Diagnostic]:
    said = {(d.location.path, d.location.line) for d in diagnostics if d.location is not None}
    found: list[Diagnostic] = []
    whole_tables: set[SourceLocation] = set()
    per_table = Counter(r.group for r in rows)
    lost_per_table = Counter(item.group for item in lost if item.kind == "row")
    for item in lost:
        lines = _lines(item)
        if any((item.location.path, line) in said for line in lines):
            continue
        if item.kind == "example":
            message = f"{item.context} went into no part of the spec; {item.expected}"
            found.append(Diagnostic("RST152", message, item.location))
        elif item.group is not None and lost_per_table[item.group] == per_table[item.group]:
            if item.group not in whole_tables:
                whole_tables.add(item.group)
                count = per_table[item.group]
                message = f"{item.context}: none of its {count} rows went into the spec; {item.expected}"
                found.append(Diagnostic("RST150", message, item.group))
        else:
            message = f"row {item.location.line} of the {item.context} went into no part of the spec"
            found.append(Diagnostic("RST151", message, item.location))
    return found


def _lines(item: SourceItem) -> Iterable[int]:
    yield from _own_lines(item)
    if item.group is not None:
        yield item.group.line
