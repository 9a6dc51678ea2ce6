"""A reader per dialect: which reader reads a document, and what every reader gives ``extract``.

Three ways of writing an API reference in reStructuredText exist in the wild: the edX house style
(sections and field tables, ``rstapi.rst.house``), sphinxcontrib-httpdomain (``.. http:get::`` with
info field lists) and os-api-ref (``.. rest_method::``, ``.. rest_parameters::`` with a
parameters.yaml). Each is a ``Reader``: it registers its directives with docutils (``register``,
called once before any parse), says whether a parsed document is written in it (``claims``, per
file, so a project may mix dialects across files), and turns that document into the same model
objects. The house style reads every document no other reader claims.

``extract`` runs the phases in order over all the files of a build, since facts cross files:
``schemas`` (reusable schemas and labels' targets, shared through the ``Walk``), ``link`` (after
every file's schemas exist), ``operations``, then ``index`` and ``inventory`` (every table row,
list item, field-list entry and example block, for the coverage figure). Nothing after the model
knows which dialect a fact came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from rstapi.model import IndexEntry, Operation, SourceItem
    from rstapi.rst.parse import ParsedDocument
    from rstapi.rst.walk import Walk

__all__ = ["Reader", "reader_for", "readers", "register_all"]


class Reader(Protocol):
    """One dialect's reader; a module-level object of each ``rstapi.rst.<dialect>`` package."""

    @property
    def name(self) -> str:
        """The dialect's name, as the docs and diagnostics say it ("house style", "httpdomain")."""
        ...

    def register(self) -> None:
        """Register the dialect's roles and directives with docutils (idempotent)."""
        ...

    def claims(self, doc: ParsedDocument) -> bool:
        """Whether ``doc`` is written in this dialect (its own directives are in the doctree)."""
        ...

    def schemas(self, walk: Walk) -> None:
        """Reusable schemas of the document, added to ``walk.schemas`` (shared by every file)."""
        ...

    def link(self, walks: Sequence[Walk]) -> None:
        """Cross-file work once every file's schemas exist: ``walks`` are the files this reader
        claims (never empty); they share schemas, labels and envelopes with every other file."""
        ...

    def operations(self, walk: Walk) -> list[Operation]:
        """The operations the document documents, in document order."""
        ...

    def index(self, walk: Walk) -> list[IndexEntry]:
        """Entries of an endpoint list outside the operations (for the lint)."""
        ...

    def inventory(self, walk: Walk) -> list[SourceItem]:
        """Every row, item and example of the document, counted for coverage."""
        ...


def readers() -> tuple[Reader, ...]:
    """Every reader, the most specific first; the house style, which claims anything, last."""
    from rstapi.rst.house import READER as house
    from rstapi.rst.httpdomain import READER as httpdomain
    from rstapi.rst.osapiref import READER as osapiref

    return (osapiref, httpdomain, house)


def register_all() -> None:
    for reader in readers():
        reader.register()


def reader_for(doc: ParsedDocument) -> Reader:
    """The reader of the first dialect that claims ``doc`` (the house style claims every document)."""
    return next(reader for reader in readers() if reader.claims(doc))
