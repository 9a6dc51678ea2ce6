"""A reader per dialect: which reader reads a document, and what every reader gives ``extract``.

Three ways of writing an API reference in reStructuredText exist in the wild: the edX house style
(sections and field tables, ``rstapi.rst.house``), sphinxcontrib-httpdomain (``.. http:get::`` with
info field lists) and os-api-ref (``.. rest_method::``, ``.. rest_parameters::`` with a
parameters.yaml). Each is a ``Reader``: it registers its directives with docutils (``register``,
called once before any parse), says whether a parsed document is written in it (``claims``, per
file, so a project may mix dialects across files), and turns that document into the same model
objects. A page may mix httpdomain's and os-api-ref's directives: both readers read it, each its
own objects (``objects``; ``Walk.foreign`` holds the others'). The house style reads every
document no other reader claims; its endpoint sections on a page another reader reads are
reported (RST204), not read.

``extract`` runs the phases in order over all the files of a build, since facts cross files:
``schemas`` (reusable schemas and labels' targets, shared through the ``Walk``), ``link`` (after
every file's schemas exist), ``operations``, then ``index`` and ``inventory`` (every table row,
list item, field-list entry and example block, for the coverage figure). Nothing after the model
knows which dialect a fact came from.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from rstapi.rst import registry

if TYPE_CHECKING:
    import docutils.nodes

    from rstapi.model import IndexEntry, Operation, SourceItem
    from rstapi.rst.parse import ParsedDocument
    from rstapi.rst.walk import Walk

__all__ = ["DIALECTS", "Markup", "Reader", "markup_for", "readers", "readers_for"]


class Reader(Protocol):
    """One dialect's reader; a module-level object of each ``rstapi.rst.<dialect>`` package."""

    @property
    def name(self) -> str:
        """The dialect's name, as the docs and diagnostics say it ("house style", "httpdomain")."""
        ...

    @property
    def local(self) -> bool:
        """Whether what ``operations``, ``index`` and ``inventory`` make of a file depends on that
        file, the build's options, the schema names taken before its turn and the labels pointing
        into it alone (no ``link`` work): then it is kept per file (``rstapi.rst.kept``)."""
        ...

    def register(self) -> None:
        """Register the dialect's roles and directives with docutils (idempotent)."""
        ...

    def claims(self, doc: ParsedDocument) -> bool:
        """Whether ``doc`` is written in this dialect (its own directives are in the doctree)."""
        ...

    def objects(self, walk: Walk) -> list[docutils.nodes.Element]:
        """The document's elements this dialect reads as its operations (a directive, a section):
        on a page several readers read, what lies inside one reader's objects is that reader's
        alone (``Walk.foreign``)."""
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

    def introduction(self, walk: Walk) -> str:
        """The API's description the document gives: what it says before its endpoints, as the
        dialect writes an introduction ("" when it has no section)."""
        ...

    def introduction_lines(self, walk: Walk) -> list[int]:
        """The lines of the blocks ``introduction`` would render, without rendering them: when
        another document's introduction is the API's description, ``extract`` reports this one
        (RST178). [] for a dialect whose pages' introductions are no finding."""
        ...


class Markup:
    """The directives and roles of one dialect: names matching ``names`` (in any case, as docutils
    reads them), as a directive (``.. name::``, ``name ::``, after a substitution too) or a role
    (``:name:``). Found generously: a stray match only imports a reader."""

    def __init__(self, names: str) -> None:
        self.name = re.compile(names, re.IGNORECASE)
        self.role = re.compile(rf":(?:{names}):", re.IGNORECASE)

    def named_in(self, text: str) -> bool:
        directives = _directive_names(text)
        return any(self.name.fullmatch(name) for name in directives) or self.role.search(text) is not None


# An explicit markup start, a substitution's |name| and the directive's name (``_directive_names``
# keeps those whose ".." is the first of its line but blanks).
_DIRECTIVE = re.compile(r"\.\.[ \t]+(?:\|[^|\n]*\|[ \t]+)?([\w.:+-]+?) ?::")


@functools.lru_cache(maxsize=4)
def _directive_names(text: str) -> frozenset[str]:
    """The names of the directives written at a line's start (after blanks). The pattern opens
    with its literal "..", which the regex engine looks for fast, where a pattern anchored at
    each line's start (multiline ``^``, then blanks) is tried at every character of the text; a match
    whose ".." is not first on its line is dropped (no match spans lines, so none hides one)."""
    found = set()
    for match in _DIRECTIVE.finditer(text):
        start = match.start()
        if not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t"):
            found.add(match[1])
    return frozenset(found)


# Each reader's package, the most specific first, with the markup its ``register`` adds: a reader is
# imported and registered only for a text that names some of it (a third of what a build imports
# beyond docutils is the readers). A text that names none of a reader's markup parses the same with
# it or without it, and holds none of its nodes, so that reader would not claim it either
# (tests/unit/test_dialect_imports.py holds every name each reader registers to its markup).
DIALECTS: tuple[tuple[str, Markup | None], ...] = (
    ("rstapi.rst.osapiref", Markup(r"rest_[\w-]+")),
    ("rstapi.rst.httpdomain", Markup(r"http:[\w-]+|websocket:[\w-]+|tabs|tab|group-tab|code-tab")),
    ("rstapi.rst.house", None),  # reads every document no other reader claims; registers nothing
)


def readers(text: str | None = None) -> tuple[Reader, ...]:
    """Every reader, the most specific first; the house style, which claims anything, last. With
    ``text``: the readers already imported and those whose markup the text names."""
    return tuple(
        _reader(module)
        for module, markup in DIALECTS
        if text is None or markup is None or module in sys.modules or markup.named_in(text)
    )


def _reader(module: str) -> Reader:
    reader: Reader = importlib.import_module(module).READER
    return reader


def markup_for(text: str) -> list[registry.Entries]:
    """The directives and roles of every reader the text may need, each reader's captured once
    (``rstapi.rst.registry``). The house style's markup is Sphinx's (``rstapi.rst.sphinx``): it has
    nothing to register, so it is not imported for a text another reader claims."""
    return [_markup(module) for module, markup in DIALECTS if markup is not None and markup.named_in(text)]


@functools.cache
def _markup(module: str) -> registry.Entries:
    return registry.captured(_reader(module).register)


def readers_for(doc: ParsedDocument) -> tuple[Reader, ...]:
    """The readers of the dialects that claim ``doc``, the most specific first: a page may mix
    httpdomain's directives with os-api-ref's (Sphinx renders both), and each reads its own; the
    house style, which claims every document, reads only a document no other reader claims. A
    reader whose markup the text does not name is not imported."""
    found: list[Reader] = []
    for module, markup in DIALECTS:
        if markup is None:
            return tuple(found) or (_reader(module),)
        if module in sys.modules or markup.named_in(doc.text):
            reader = _reader(module)
            if reader.claims(doc):
                found.append(reader)
    raise LookupError(doc.path)  # unreachable: the house style is the last dialect
