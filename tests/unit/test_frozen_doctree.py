"""The Sphinx extension's read copy of a document (``rstapi.sphinx.doctree.frozen``): the doctree
as read, pickled without running the cyclic garbage collector (each collection it started there
freed nothing and brought forward collections of Sphinx's whole heap); once it is back on, the
collector runs at most the one young collection the count owes it."""

from __future__ import annotations

import gc
import pickle
from collections.abc import Iterator

import docutils.nodes
import pytest

from rstapi.rst.parse import parse
from rstapi.sphinx.doctree import frozen
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
