"""The Sphinx extension's read copy of a document (``rstapi.sphinx.doctree.frozen``): the doctree
as read, pickled without running the cyclic garbage collector (each collection it started there
freed nothing and brought forward collections of Sphinx's whole heap); once it is back on, the
collector runs at most the one young collection the count owes it."""

from __future__ import annotations

import copyreg
import gc
import io
import pickle
from collections.abc import Iterator

import docutils.nodes
import pytest

from rstapi.rst.parse import parse
from rstapi.sphinx.doctree import _empty_message, frozen
from tests.rst_helpers import document, endpoint


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generation of each collection that starts while the test runs."""
    started: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(note)
    try:
        yield started
    finally:
        gc.callbacks.remove(note)


def _doctree() -> docutils.nodes.document:
    sections = [endpoint(f"thing{n}", path=f"/api/v1/thing{n}/{{widget_id}}") for n in range(40)]
    return parse(document(*sections), "ref.rst").doctree


def test_pickling_a_document_starts_no_collection(collections: list[int]) -> None:
    doctree = _doctree()
    assert len(list(doctree.findall())) > 3000  # enough nodes for several collections otherwise
    gc.collect()
    collections.clear()
    blob = frozen(doctree)
    assert collections in ([], [0])  # at most the young collection it owes once back on
    assert gc.isenabled()
    copy = pickle.loads(blob)  # its system messages are empty (Sphinx reports them itself)
    tables = [table.astext() for table in doctree.findall(docutils.nodes.table)]
    assert [table.astext() for table in copy.findall(docutils.nodes.table)] == tables
    assert len(tables) > 40
    assert copy is not doctree and doctree.settings is not None  # the document keeps its settings


def test_the_collector_stays_off_when_it_was_off() -> None:
    doctree = _doctree()
    gc.disable()
    try:
        frozen(doctree)
        assert not gc.isenabled()
    finally:
        gc.enable()


def _pickled_by_pickle(doctree: docutils.nodes.document) -> docutils.nodes.document:
    """The copy pickle makes with each node's own ``__reduce_ex__`` (system messages emptied as
    ``frozen`` empties them)."""
    kept = doctree.settings, doctree.reporter, doctree.transformer
    doctree.settings = doctree.reporter = doctree.transformer = None
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, docutils.nodes.system_message: _empty_message}
    try:
        pickler.dump(doctree)
    finally:
        doctree.settings, doctree.reporter, doctree.transformer = kept
    copy: docutils.nodes.document = pickle.loads(buffer.getvalue())
    return copy


def _shape(doctree: docutils.nodes.document) -> list[tuple[type, str | None, str]]:
    """Each node's class, text and state as written out (nodes it refers to by their repr; its
    parent and document by class, its children by count)."""
    linked = ("parent", "_document", "children")
    return [
        (
            type(node),
            str(node) if isinstance(node, docutils.nodes.Text) else None,
            repr(
                {
                    **{key: value for key, value in vars(node).items() if key not in linked},
                    **{key: type(vars(node)[key]) for key in ("parent", "_document") if key in vars(node)},
                    "children": len(node.children),
                }
            ),
        )
        for node in doctree.findall()
    ]


def test_the_copy_is_the_one_pickle_makes_with_each_node_reduced_its_own_way() -> None:
    doctree = _doctree()
    copy = pickle.loads(frozen(doctree))
    assert _shape(copy) == _shape(_pickled_by_pickle(doctree))
    assert [type(text) for text in copy.findall(docutils.nodes.Text)][:1] == [docutils.nodes.Text]
    assert all(node.parent is not None for node in copy.findall(include_self=False))


def test_a_node_class_that_pickles_its_own_way_keeps_it() -> None:
    doctree = _doctree()
    marked = _Reduced("", reduced="kept")
    doctree[0] += marked
    copy = pickle.loads(frozen(doctree))
    found = next(iter(copy.findall(_Reduced)))
    assert found["reduced"] == "by its own __reduce_ex__"


class _Reduced(docutils.nodes.Element):
    """A node class that changes its state as it is pickled."""

    def __reduce_ex__(self, protocol: object) -> tuple[object, ...]:
        state = {**vars(self), "attributes": {**self.attributes, "reduced": "by its own __reduce_ex__"}}
        return _remade, (type(self),), state


def _remade(kind: type[_Reduced]) -> _Reduced:
    return kind.__new__(kind)
