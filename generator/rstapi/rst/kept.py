"""A file-local reader's extraction of each file, kept by what it depends on (``rstapi.rst.cache``).

Most extraction is a join across files (labels, shared schemas, envelopes, one parameters file),
so ``extract`` runs it over every file of every build. A reader whose ``local`` is true reads a
file's operations, index and inventory from that file alone, and from three facts of the build:
the names of the schemas already taken when its turn comes (a schema it adds takes the first
free name: ``walk.add_schema``), the labels that point into the file (an operation's label) and
what its ``:ref:``s written without a title show (the title of a section, maybe in another file).
Its product for a file is kept under a key of the file's reading (``load_api``'s identity), the
readers' options and those three facts, and replayed in the file's turn: its schemas added in the
same order, its findings in the same place, so the Api is the one a cold build makes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

import docutils.nodes

from rstapi.model import IndexEntry, Label, Operation, SourceItem
from rstapi.rst.dialects import Reader
from rstapi.rst.walk import Walk, shown_titles

if TYPE_CHECKING:  # the cache's module is imported only by a build that has a cache
    from rstapi.rst.cache import Extraction, ParseCache

__all__ = ["Kept", "LocalReading", "label_owners"]


class Kept(NamedTuple):
    """The cache a build keeps readings in, and each document's reading identity, in order."""

    cache: ParseCache
    identities: tuple[str, ...]


class LocalReading:
    """The products of the files file-local readers read in this build, by file number."""

    def __init__(
        self, kept: Kept | None, labels: dict[str, tuple[Label, docutils.nodes.Element | None]]
    ) -> None:
        self._kept = kept
        self._owners = label_owners(labels) if kept is not None else {}
        self._products: dict[tuple[int, str], Extraction] = {}  # by file and reader
        self._taken = _NamesTaken()

    def operations(self, number: int, walk: Walk, reader: Reader) -> list[Operation]:
        """The file's operations, from the cache when its product is kept there."""
        if self._kept is None or not reader.local:
            return reader.operations(walk)
        from rstapi.rst.cache import key_of

        key = key_of(
            "",
            "extraction",
            self._kept.identities[number],
            repr(walk.options),
            self._taken.digest(walk.schemas),
            self._owners.get(id(walk.doc.doctree), ()),
            shown_titles(walk),
        )
        product = self._kept.cache.extraction(key)
        if product is None:
            product = _extracted(walk, reader)
            self._kept.cache.keep_extraction(key, product)
        else:
            walk.schemas.update((schema.name, schema) for schema in product.schemas)
            walk.diagnostics.extend(product.diagnostics)
        self._products[number, reader.name] = product
        return list(product.operations)

    def index(self, number: int, walk: Walk, reader: Reader) -> list[IndexEntry]:
        product = self._products.get((number, reader.name))
        return list(product.index) if product is not None else reader.index(walk)

    def inventory(self, number: int, walk: Walk, reader: Reader) -> list[SourceItem]:
        product = self._products.get((number, reader.name))
        return list(product.inventory) if product is not None else reader.inventory(walk)


class _NamesTaken:
    """The digest of the schema names taken so far, in order: the names added since it was last
    asked are added to it, and it starts again when one was taken out (one digest of every name
    before each file made the keys quadratic in the files)."""

    def __init__(self) -> None:
        self._digest: Any = None  # made when first asked: a build without a cache never asks
        self._seen: list[str] = []

    def digest(self, names: Iterable[str]) -> str:
        now = list(names)
        if self._digest is None or now[: len(self._seen)] != self._seen:
            self._digest, self._seen = _sha256(), []
        for name in now[len(self._seen) :]:
            self._digest.update(name.encode("utf-8", "surrogatepass") + b"\n")
        self._seen = now
        return str(self._digest.copy().hexdigest())


def _sha256() -> Any:
    import hashlib  # as rst/cache.py: only a build with a cache hashes

    return hashlib.sha256()


def _extracted(walk: Walk, reader: Reader) -> Extraction:
    """The file read as a cold build reads it (a local reader's index and inventory change no
    shared state, so reading them in the file's turn gives what reading them later does)."""
    from rstapi.rst.cache import Extraction

    schemas, before = len(walk.schemas), len(walk.diagnostics)
    operations = reader.operations(walk)
    index = reader.index(walk)
    findings = tuple(walk.diagnostics[before:])
    inventory = reader.inventory(walk)
    del walk.diagnostics[before + len(findings) :]  # findings are collected before the inventory
    added = tuple(walk.schemas.values())[schemas:]  # add_schema only adds names
    return Extraction(tuple(operations), tuple(index), tuple(inventory), findings, added)


def label_owners(
    labels: dict[str, tuple[Label, docutils.nodes.Element | None]],
) -> dict[int, tuple[str, ...]]:
    """The names of the labels that point into each doctree (by its id), in the build's order."""
    owners: dict[int, list[str]] = {}
    for label, target in labels.values():
        if target is not None:
            root = target
            while root.parent is not None:
                root = root.parent
            owners.setdefault(id(root), []).append(label.name)
    return {doctree: tuple(names) for doctree, names in owners.items()}
