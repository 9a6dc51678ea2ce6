"""Parameters: DOC209 (a body field described as a query parameter), DOC210 (two spellings)."""

from __future__ import annotations

from collections.abc import Iterator

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.lint.index import operations_of
from rstapi.lint.paths import param_names, shape, shape_suffix_of
from rstapi.model import Api, IndexEntry, Operation
from rstapi.naming import path_pointer

__all__ = ["check"]


def check(api: Api) -> Iterator[Diagnostic]:
    said: set[tuple[str, SourceLocation]] = set()  # a shared section's prose, read by each method
    for operation in api.operations:
        yield from _body_as_query(operation)
        yield from _section_spellings(operation, said)
    for entry in api.index:
        yield from _index_spellings(api, entry)


def _body_as_query(operation: Operation) -> Iterator[Diagnostic]:
    for parameter in operation.parameters:
        if parameter.origin == "body-table":
            message = f"{parameter.name!r} is listed with the request body values, but its description says it is a query parameter"
            yield Diagnostic(
                "DOC209", message, parameter.location, pointer=path_pointer(operation.path, operation.method)
            )


def _section_spellings(operation: Operation, said: set[tuple[str, SourceLocation]]) -> Iterator[Diagnostic]:
    """DOC210 for each spelling of the path in the section's prose; once per place, naming the
    table row of the first method of a section that has a row per method."""
    table, table_at = operation.path_spellings[0] if operation.path_spellings else (operation.path, None)
    for spelling, location in operation.path_spellings[1:]:
        differing = _differing(spelling, operation.path)
        if differing and (spelling, location) not in said:
            said.add((spelling, location))
            where = f" ({table_at.named_from(location)})" if table_at else ""
            message = f"{spelling!r} spells path parameter {differing}; the 'Method and Endpoint' table{where} has {table!r}"
            yield Diagnostic(
                "DOC210", message, location, pointer=path_pointer(operation.path, operation.method)
            )


def _index_spellings(api: Api, entry: IndexEntry) -> Iterator[Diagnostic]:
    operations = operations_of(api, entry)
    if not operations:
        return
    section = operations[0]
    for written in dict.fromkeys(w for w in (entry.name, entry.path) if w and "{" in w):
        if not shape_suffix_of(written, section.path) and shape(written) != shape(section.path):
            continue
        differing = _differing(written, section.path)
        if differing:
            message = (
                f"endpoint list writes {written!r} ({differing}); the section's table has {section.path!r}"
            )
            yield Diagnostic(
                "DOC210", message, entry.location, pointer=path_pointer(section.path, section.method)
            )


def _differing(written: str, template: str) -> str:
    """'{a} for {b}, ...' for each parameter ``written`` names differently than ``template``."""
    mine, theirs = param_names(written), param_names(template)
    pairs = zip(mine, theirs[len(theirs) - len(mine) :], strict=True) if len(mine) <= len(theirs) else []
    return ", ".join(f"{{{a}}} for {{{b}}}" for a, b in pairs if a != b)
