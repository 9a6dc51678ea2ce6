"""What an eighth exploratory round found the house-style reader left out: response headers (a
"Response Headers" table or list), the description of each method of a section for several, and
the introduction of a project's pages (and the notes, tables and code blocks of the root's).

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment (or finding) a user would see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import build_document, operation
from tests.rst_style import (
    endpoint,
    endpoint_for,
    field_table,
    list_table,
    subsection,
)

ITEMS = "/gizmo/v1/gadgets"
_REQUEST = field_table(("name", "string", "The gadget's name."))
_HEADERS = list_table(
    ("Header", "Type", "Required", "Description"),
    ("``Location``", "string", "Yes", "The URL of the new gadget."),
    ("``X-RateLimit-Remaining``", "integer", "No", "Calls left this hour."),
)


def _headers(spec: dict[str, Any], method: str, status: str, path: str = ITEMS) -> dict[str, Any]:
    found = operation(spec, method, path)["responses"][status].get("headers", {})
    return {name: {k: v for k, v in header.items() if k != "x-rst-source"} for name, header in found.items()}


def _created(rest: str) -> str:
    statuses = subsection("Response Code", "* 201 Created\n* 400 Bad Request\n")
    return endpoint(
        method="POST",
        prose="POST calls add a gadget.",
        rest=subsection("Request Values", _REQUEST) + statuses + rest,
    )


def test_each_method_of_a_shared_section_is_described_by_its_sentences(tmp_path: Path) -> None:
    """Both operations had "GET lists the gadgets. POST adds one." as their description."""
    prose = "The gadgets of a workshop. GET lists the gadgets, newest first. POST adds one. It returns it."
    text = endpoint_for(("GET", "POST"), rest=subsection("Request Values", _REQUEST)).replace(
        "GET calls to the ``gadgets`` endpoint list gadgets.", prose
    )
    spec, _, _ = build_document(tmp_path, text)
    assert operation(spec, "get", ITEMS)["description"] == (
        "The gadgets of a workshop. GET lists the gadgets, newest first."
    )
    assert (
        operation(spec, "post", ITEMS)["description"]
        == "The gadgets of a workshop. POST adds one. It returns it."
    )


def test_a_shared_paragraph_naming_no_method_is_every_methods(tmp_path: Path) -> None:
    prose = "Lists and adds gadgets. Each has a name."
    text = endpoint_for(("GET", "POST"), rest=subsection("Request Values", _REQUEST)).replace(
        "GET calls to the ``gadgets`` endpoint list gadgets.", prose
    )
    spec, _, _ = build_document(tmp_path, text)
    assert operation(spec, "get", ITEMS)["description"] == prose
    assert operation(spec, "post", ITEMS)["description"] == prose
