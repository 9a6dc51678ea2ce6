"""The endpoint list at the top against the endpoint sections: DOC208.

An entry points at its section with ``:ref:``; it disagrees when it names another
path (or API version) than the section's table, when its section documents no
endpoint, or when a section has no entry at all.
"""

from __future__ import annotations

from collections.abc import Iterator

from rstapi.diagnostics import Diagnostic
from rstapi.lint.paths import shape, version_of
from rstapi.lint.refs import label_key
from rstapi.lint.shared import named
from rstapi.model import Api, IndexEntry, Operation
from rstapi.naming import path_pointer

__all__ = ["check", "operations_of"]


def operations_of(api: Api, entry: IndexEntry) -> list[Operation]:
    """The operations documented by the section the entry points to (by label, else by path)."""
    if entry.target:
        by_label = [o for o in api.operations if o.label and label_key(o.label) == label_key(entry.target)]
        if by_label:
            return by_label
    if entry.path is None:
        return []
    return [o for o in api.operations if shape(o.path) == shape(entry.path)]


def check(api: Api) -> Iterator[Diagnostic]:
    if not api.index:
        return  # a reference without an endpoint list has nothing to disagree with
    listed: set[int] = set()
    for entry in api.index:
        operations = operations_of(api, entry)
        listed.update(id(o) for o in operations)
        yield from _entry_problems(entry, operations)
    unlisted = [o for o in api.operations if id(o) not in listed]
    for location in dict.fromkeys(o.location for o in unlisted):  # once per section, naming its methods
        group = [o for o in unlisted if o.location == location]
        verb = "has" if len(group) == 1 else "have"
        message = f"{named(group)} {verb} a section but no entry in the endpoint list at {api.index[0].location.named_from(location)}"
        yield Diagnostic("DOC208", message, location, pointer=path_pointer(group[0].path, group[0].method))


def _entry_problems(entry: IndexEntry, operations: list[Operation]) -> Iterator[Diagnostic]:
    if not operations:
        target = f" (:ref: {entry.target!r})" if entry.target else ""
        yield Diagnostic(
            "DOC208", f"endpoint list entry {entry.name!r}{target} has no endpoint section", entry.location
        )
        return
    if entry.path is None or any(shape(o.path) == shape(entry.path) for o in operations):
        return
    section = operations[0]
    what = "version" if version_of(entry.path) != version_of(section.path) else "path"
    message = f"endpoint list names {entry.path!r}, its section documents {section.path!r} (other {what})"
    yield Diagnostic("DOC208", message, entry.location, pointer=path_pointer(section.path, section.method))
