"""docutils' registry of directives and roles, as the stand-in's parses use it.

docutils keeps one registry per process (``directives._directives``, ``roles._roles``). Sphinx
fills it with its own directives and roles during a build (and puts back what was there before
when the build ends); the stand-in for Sphinx's markup (``rstapi.rst.sphinx``, ``parse``'s code
blocks and located tables, each dialect reader's directives) must be what a parse of
``rstapi.rst.parse`` reads with, whatever else the process registered, and must not stay
registered after it: inside a Sphinx build (``rstapi.sphinx`` reads some documents from their
text) it would replace Sphinx's own directives for the rest of the build. So each registering
function runs once with the registry put back as it was, and what it registered is kept
(``captured``); a parse has those entries in the registry only while it runs (``in_place``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from docutils.parsers.rst import directives, roles

__all__ = ["Entries", "captured", "in_place"]

# What a registering function put in docutils' registry: directives and roles, by name.
Entries = tuple[dict[str, Any], dict[str, Any]]
_ABSENT = object()


def _tables() -> tuple[dict[str, Any], dict[str, Any]]:
    return directives._directives, roles._roles


def captured(register: Callable[[], None]) -> Entries:
    """The directives and roles ``register`` puts in docutils' registry; the registry is left as
    it was before the call."""
    kept = [dict(table) for table in _tables()]
    try:
        register()
        made = [
            {name: value for name, value in table.items() if before.get(name, _ABSENT) is not value}
            for table, before in zip(_tables(), kept, strict=True)
        ]
    finally:
        for table, before in zip(_tables(), kept, strict=True):
            table.clear()
            table.update(before)
    return made[0], made[1]


@contextlib.contextmanager
def in_place(entries: Iterable[Entries]) -> Iterator[None]:
    """docutils' registry with ``entries`` in it (a later one's name over an earlier one's) while
    the block runs; what each name held before (or its absence) is put back after."""
    ours: list[dict[str, Any]] = [{}, {}]
    for found in entries:
        for merged, added in zip(ours, found, strict=True):
            merged.update(added)
    saved = [
        {name: table.get(name, _ABSENT) for name in merged}
        for table, merged in zip(_tables(), ours, strict=True)
    ]
    for table, merged in zip(_tables(), ours, strict=True):
        table.update(merged)
    try:
        yield
    finally:
        for table, before in zip(_tables(), saved, strict=True):
            for name, value in before.items():
                if value is _ABSENT:
                    table.pop(name, None)
                else:
                    table[name] = value
