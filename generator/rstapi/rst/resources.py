"""Files a directive names (a parameters file): read by the loader, handed to the readers as text.

A reader never opens a file itself. A dialect's directive that needs one (os-api-ref's
``rest_parameters:: parameters.yaml``) emits a ``file_use`` node naming it as written; the loader
(``rstapi.rst.load_api``) reads each named file once per build, inside the project root and the
input limit, and the ``ParsedDocument`` carries the result (``ParsedDocument.resource``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs
import docutils.nodes

from rstapi.records import Record

__all__ = ["Resource", "file_use", "files_named", "included_in", "named_in"]

# A directive naming a file, read from the text (for tools that need the files without parsing:
# ``rstapi diff`` reading a revision, ``rstapi watch``): an include, a sample, a parameters file.
_NAMED = re.compile(
    r"^[ \t]*\.\.[ \t]+(?P<directive>include|literalinclude|rest_parameters|rest_status_code)::"
    r"[ \t]+(?:(?:success|error)[ \t]+)?(?P<target>[^\s<>/]\S*)[ \t]*$",
    re.M,
)


class file_use(docutils.nodes.Element):  # type: ignore[misc]  # docutils: no type hints; lower case as its node classes
    """A node whose directive names a file (``self["rstapi_file"]``, as written in the document)."""


@attrs.frozen(repr=False)
class Resource(Record):
    """A named file's text (None when it cannot be used: ``problem`` says why)."""

    written: str  # as the directive names it
    display: str  # as diagnostics show it
    text: str | None
    problem: str | None = None


def files_named(named: Iterable[file_use]) -> list[str]:
    """Every file the ``file_use`` nodes of a document name, once each, in document order."""
    return list(dict.fromkeys(str(node["rstapi_file"]) for node in named))


def named_in(text: str) -> list[str]:
    """The files the directives of ``text`` name, as written (relative ones only)."""
    return [match["target"] for match in _NAMED.finditer(text)]


def included_in(text: str) -> list[str]:
    """The files the ``include`` directives of ``text`` name, as written: reStructuredText
    whatever their suffix, so their own directives name more files."""
    return [match["target"] for match in _NAMED.finditer(text) if match["directive"] == "include"]
