"""What a second exploratory round found the house-style reader misread: a response a paragraph
says is a list of what its ``:ref:`` documents, an error table of a section for several methods.

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment (or finding) a user would see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import build_document, operation
from tests.rst_style import code_block, endpoint, endpoint_for, field_table, line_number, subsection

PATH = "/gizmo/v1/gadgets"
_GADGET = "\n.. _gadget fields:\n" + subsection(
    "Fields in a Gadget", field_table(("serial", "string", "The serial."), ("size", "integer", "The size."))
)
_SHOWN = subsection(
    "Example Response Showing Information about a Gadget", code_block('{"serial": "g1", "size": 2}')
)


def _body(spec: dict[str, Any], method: str, status: str) -> dict[str, Any]:
    found: dict[str, Any] = operation(spec, method, PATH)["responses"][status]["content"]["application/json"]
    return found


def test_a_response_paragraph_saying_a_list_of_a_referenced_section_is_an_array(tmp_path: Path) -> None:
    """ "A GET returns a list of gadgets; each is described in :ref:" is an array of the section's
    schema for the GET (with a list of the section's example); the POST the sentence does not
    name returns one gadget."""
    prose = (
        "A GET returns a list of gadgets; each is described in :ref:`gadget fields`.\n"
        "A POST returns the gadget it created."
    )
    statuses = "* 200 OK: GET returns the gadgets.\n* 201 Created: POST created the gadget.\n"
    rest = subsection("Response Values", prose) + subsection("Status Codes", statuses)
    spec, _, _ = build_document(tmp_path, endpoint_for(("GET", "POST"), rest=rest), _GADGET, _SHOWN)
    listed = _body(spec, "get", "200")
    assert listed["schema"] == {"type": "array", "items": {"$ref": "#/components/schemas/Gadget"}}
    assert [example["value"] for example in listed["examples"].values()] == [[{"serial": "g1", "size": 2}]]
    assert _body(spec, "post", "201")["schema"] == {"$ref": "#/components/schemas/Gadget"}


@pytest.mark.parametrize(
    ("prose", "array"),
    [
        ("The response is an array of :ref:`gadget <gadget fields>` objects.", True),
        ("A GET returns a JSON array of gadgets, each described in :ref:`gadget fields`.", True),
        ("Returns the gadget. Its fields, and the list of its sizes, are in :ref:`gadget fields`.", False),
        ("Returns the gadget; see :ref:`gadget fields`. It lists the sizes.", False),
        ("Returns a paginated list of gadgets; see :ref:`gadget fields`.", False),
    ],
)
def test_only_the_sentence_holding_the_ref_says_whether_it_is_a_list(
    tmp_path: Path, prose: str, array: bool
) -> None:
    spec, _, _ = build_document(tmp_path, endpoint(rest=subsection("Response Values", prose)), _GADGET)
    schema = _body(spec, "get", "200")["schema"]
    assert ("items" in schema) is array


def test_a_listed_reference_with_an_array_example_is_not_a_list_of_lists(tmp_path: Path) -> None:
    rest = subsection("Response Values", "A list of :ref:`gadget fields`.") + subsection(
        "Example Response", code_block('[{"serial": "g1", "size": 2}]')
    )
    spec, _, _ = build_document(tmp_path, endpoint(rest=rest), _GADGET)
    assert _body(spec, "get", "200")["schema"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Gadget"},
    }


_ERRORS = subsection("Error Response Values", field_table(("detail", "string", "What went wrong.")))


def test_an_error_table_of_a_section_for_several_methods_is_the_body_of_the_method_that_fails(
    tmp_path: Path,
) -> None:
    """Only the POST lists a 400: its 400 has the error table, and the GET, which lists none, is no
    reason for RST150 ("describes no response")."""
    statuses = "* 200 OK: GET returns the gadgets.\n* 201 Created: POST created it.\n* 400 Bad Request: POST: not valid.\n"
    table = subsection("Response Values", field_table(("serial", "string", "The serial.")))
    rest = table + subsection("Status Codes", statuses) + _ERRORS
    spec, result, _ = build_document(tmp_path, endpoint_for(("GET", "POST"), rest=rest))
    assert _body(spec, "post", "400")["schema"] == {"$ref": "#/components/schemas/CreateGadgetsError"}
    assert "400" not in operation(spec, "get", PATH)["responses"]
    assert [d for d in result.diagnostics if d.code == "RST150"] == []


def test_an_error_table_no_method_of_the_section_fails_with_is_still_rst150(tmp_path: Path) -> None:
    statuses = "* 200 OK: GET returns the gadgets.\n* 201 Created: POST created it.\n"
    table = subsection("Response Values", field_table(("serial", "string", "The serial.")))
    rest = table + subsection("Status Codes", statuses) + _ERRORS
    _, result, text = build_document(tmp_path, endpoint_for(("GET", "POST"), rest=rest))
    found = {(d.code, d.location.line if d.location else 0) for d in result.diagnostics if d.code == "RST150"}
    assert found == {("RST150", line_number(text, ".. list-table::", 3))}
