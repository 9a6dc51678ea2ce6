"""What a fifth exploratory round found the house-style reader misread: a paginated list of what a
``:ref:`` documents.

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment (or finding) a user would see.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_document, operation
from tests.rst_style import code_block, endpoint, field_table, list_table, subsection

PATH = "/gizmo/v1/gadgets"
_GADGET = "\n.. _gadget fields:\n" + subsection(
    "Fields in a Gadget", field_table(("serial", "string", "The serial."), ("size", "integer", "The size."))
)
_PAGE = {"count": 1, "next": None, "previous": None, "results": [{"serial": "g1", "size": 2}]}


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = split_sources(spec)[0]["components"]["schemas"]
    return found


def _response(spec: dict[str, Any]) -> dict[str, Any]:
    media = operation(spec, "get", PATH)["responses"]["200"]["content"]["application/json"]
    return _schemas(spec)[media["schema"]["$ref"].rsplit("/", 1)[1]]


def test_a_paginated_list_of_a_referenced_section_shown_as_a_page_is_a_page_of_it(tmp_path: Path) -> None:
    """It was the section's object itself: the spec said one gadget comes back, and the page
    example's count, next, previous and results were each DOC201."""
    rest = subsection(
        "Response Values", "The response is a paginated list of :ref:`gadgets <gadget fields>`."
    ) + subsection("Example Response", code_block(json.dumps(_PAGE)))
    spec, result, _ = build_document(tmp_path, endpoint(rest=rest), _GADGET)
    page = _response(spec)
    assert list(page["properties"]) == ["count", "next", "previous", "results"]
    assert page["properties"]["results"]["items"] == {"$ref": "#/components/schemas/Gadget"}
    assert [d.code for d in result.diagnostics if d.code.startswith(("DOC", "SPEC"))] == []


def test_a_paginated_list_of_a_referenced_section_takes_the_documents_envelope(tmp_path: Path) -> None:
    envelope = "\n**********\nPagination\n**********\n\n" + list_table(
        ("Field", "Data Type", "Description"),
        ("``count``", "integer", "How many in all."),
        ("``next``", "string", "The next page."),
        ("``previous``", "string", "The previous page."),
        ("``results``", "array", "This page's items."),
    )
    rest = subsection("Response Values", "Returns a paginated list of gadgets; see :ref:`gadget fields`.")
    spec, _, _ = build_document(tmp_path, envelope, _GADGET, endpoint(rest=rest))
    page = _response(spec)
    assert page["properties"]["count"]["description"] == "How many in all."
    assert page["properties"]["results"]["items"] == {"$ref": "#/components/schemas/Gadget"}
