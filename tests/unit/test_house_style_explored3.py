"""What a third exploratory round found the house-style reader misread: a request section's
``:ref:`` and its sentence naming the required fields, a shared section's example given to its
DELETE, a range whose ends have asides, summaries cut after a possessive.

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment (or finding) a user would see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import build_document, codes, operation
from tests.rst_style import code_block, endpoint, endpoint_for, field_table, line_number, subsection

PATH = "/gizmo/v1/gadgets"
_BOOK = "\n.. _book fields:\n" + subsection(
    "Fields in a Book", field_table(("isbn", "string", "The ISBN."), ("title", "string", "The title."))
)


def _request(spec: dict[str, Any], method: str = "post") -> dict[str, Any]:
    found: dict[str, Any] = operation(spec, method, PATH)["requestBody"]["content"]["application/json"]
    return found


def _findings(result: Any, code: str) -> list[tuple[int, str]]:
    return [(d.location.line, d.message) for d in result.diagnostics if d.code == code]


# ---------------------------------------------------------------- 1: a request section's :ref:


@pytest.mark.parametrize(
    ("prose", "schema"),
    [
        ("The request body is a book; see :ref:`book fields`.", {"$ref": "#/components/schemas/Book"}),
        (
            "The request body is a list of books, each described in :ref:`book fields`.",
            {"type": "array", "items": {"$ref": "#/components/schemas/Book"}},
        ),
    ],
)
def test_a_request_sections_ref_is_the_body_not_a_schema_guessed_from_the_example(
    tmp_path: Path, prose: str, schema: dict[str, Any]
) -> None:
    example = '[{"isbn": "1", "title": "T"}]' if "list" in prose else '{"isbn": "1", "title": "T"}'
    rest = subsection("Request Values", prose) + subsection("Example Request", code_block(example))
    spec, result, _ = build_document(tmp_path, endpoint(method="POST", rest=rest), _BOOK)
    assert _request(spec)["schema"] == schema
    assert "CreateGadgetsRequest" not in spec["components"]["schemas"]
    assert not [code for code, _ in codes(result) if code in {"SPEC402", "RST201"}]


def test_a_request_ref_beside_a_field_table_is_reported_and_the_table_is_the_body(tmp_path: Path) -> None:
    rest = subsection(
        "Request Values", "See :ref:`book fields`.\n\n" + field_table(("note", "string", "A note."))
    )
    spec, result, text = build_document(tmp_path, endpoint(method="POST", rest=rest), _BOOK)
    assert _request(spec)["schema"] == {"$ref": "#/components/schemas/CreateGadgetsRequest"}
    [(line, message)] = _findings(result, "RST201")
    assert line == line_number(text, "See :ref:`book fields`")
    assert "'Book'" in message and "field table" in message


def test_a_get_request_ref_is_reported_not_dropped(tmp_path: Path) -> None:
    rest = subsection("Request Values", "The filter is a book; see :ref:`book fields`.")
    spec, result, text = build_document(tmp_path, endpoint(rest=rest), _BOOK)
    assert "requestBody" not in operation(spec, "get", PATH)
    [(line, message)] = _findings(result, "RST201")
    assert line == line_number(text, "The filter is a book") and "GET request has no body" in message


def test_a_shared_sections_request_ref_is_the_posts_body_and_no_finding_for_its_get(tmp_path: Path) -> None:
    rest = subsection("Request Values", "A POST sends a book; see :ref:`book fields`.")
    spec, result, _ = build_document(tmp_path, endpoint_for(("GET", "POST"), rest=rest), _BOOK)
    assert _request(spec)["schema"] == {"$ref": "#/components/schemas/Book"}
    assert "requestBody" not in operation(spec, "get", PATH)
    assert not _findings(result, "RST201")


# ---------------------------------------------------------------- 2: required fields said in prose

_ROWS = (("isbn", "string", "The ISBN."), ("title", "string", "The title."), ("note", "string", "A note."))


@pytest.mark.parametrize(
    "sentence",
    [
        "The ``isbn`` and ``title`` fields are required.",
        "Both ``isbn`` and ``title`` are mandatory.",
        "The fields required are ``isbn`` and ``title``.",
    ],
)
def test_a_request_sentence_naming_the_required_fields_makes_them_required(
    tmp_path: Path, sentence: str
) -> None:
    rest = subsection("Request Values", f"{sentence}\n\n" + field_table(*_ROWS))
    spec, result, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    assert spec["components"]["schemas"]["CreateGadgetsRequest"]["required"] == ["isbn", "title"]
    assert not _findings(result, "RST202")


def test_a_required_sentence_the_reader_cannot_read_is_reported(tmp_path: Path) -> None:
    sentence = "The ``isbn`` field is required unless ``title`` is given."
    rest = subsection("Request Values", f"{sentence}\n\n" + field_table(*_ROWS))
    spec, result, text = build_document(tmp_path, endpoint(method="POST", rest=rest))
    assert "required" not in spec["components"]["schemas"]["CreateGadgetsRequest"]
    [(line, message)] = _findings(result, "RST202")
    assert line == line_number(text, sentence) and "not read" in message


def test_a_required_sentence_naming_no_row_or_contradicting_one_is_reported(tmp_path: Path) -> None:
    rows = (("isbn", "string", "The ISBN. Optional."), ("title", "string", "The title."))
    sentence = "The ``isbn``, ``title`` and ``author`` fields are required."
    rest = subsection("Request Values", f"{sentence}\n\n" + field_table(*rows))
    spec, result, text = build_document(tmp_path, endpoint(method="POST", rest=rest))
    assert spec["components"]["schemas"]["CreateGadgetsRequest"]["required"] == ["title"]
    found = _findings(result, "RST202")
    unknown = "the request section's sentence calls 'author' required or optional, and no row of its table documents it"
    assert (line_number(text, sentence), unknown) in found
    assert (
        line_number(text, "* - ``isbn``"),
        "the request section says 'isbn' is required, and its row says it is optional: the row's word is kept",
    ) in found
    assert len(found) == 2


# ---------------------------------------------------------------- 3: DELETE of a shared section


def test_a_shared_sections_example_gives_its_delete_no_schema(tmp_path: Path) -> None:
    statuses = "* 200 OK: GET and PATCH return the gadget.\n* 204 No Content: DELETE removes it.\n"
    rest = subsection("Example Response", code_block('{"serial": "g1"}')) + subsection(
        "Status Codes", statuses
    )
    spec, result, _ = build_document(tmp_path, endpoint_for(("GET", "PATCH", "DELETE"), rest=rest))
    assert not [name for name in spec["components"]["schemas"] if name.startswith("Delete")]
    assert "content" not in operation(spec, "delete", PATH)["responses"]["204"]
    assert "content" in operation(spec, "patch", PATH)["responses"]["200"]
    assert not [code for code, _ in codes(result) if code == "SPEC402"]


# ---------------------------------------------------------------- 4: a range with asides


@pytest.mark.parametrize(
    ("description", "bounds"),
    [
        ("The rating, from 1 (lowest) to 5 (highest).", (1, 5)),
        ("Between 0 (none) and 10 (all).", (0, 10)),
        ("A score: 1 (worst) through 9 (best).", (1, 9)),
        ("From 1 (exclusive) to 5.", (None, None)),
    ],
)
def test_a_range_whose_ends_have_asides_gives_its_bounds(
    tmp_path: Path, description: str, bounds: tuple[int | None, int | None]
) -> None:
    rest = subsection("Request Values", field_table(("rating", "integer", description)))
    spec, _, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    rating = spec["components"]["schemas"]["CreateGadgetsRequest"]["properties"]["rating"]
    assert (rating.get("minimum"), rating.get("maximum")) == bounds


# ---------------------------------------------------------------- 5: summaries cut mid-phrase


@pytest.mark.parametrize(
    ("prose", "summary"),
    [
        (
            "GET calls to the ``gadgets`` endpoint return a paginated list of an account's enterprise "
            "gadget owner records.",
            "Return a paginated list",
        ),
        (
            "Use the ``gadgets`` endpoint to get a paginated list of all of an account's pending "
            "gadget codes.",
            "Get a paginated list",
        ),
        (
            "GET calls to the ``gadgets`` endpoint return one page of the very many gadget maker's "
            "many gadget codes.",
            "Return one page",
        ),
        (
            "GET calls to the ``gadgets`` endpoint return the gadgets of the makers' workshops of "
            "the city by name.",
            "Return the gadgets of the makers' workshops of the city",
        ),
    ],
)
def test_a_summary_cut_at_the_limit_ends_before_the_phrase_it_would_cut(
    tmp_path: Path, prose: str, summary: str
) -> None:
    spec, _, _ = build_document(tmp_path, endpoint(prose=prose))
    found = operation(spec, "get", PATH)["summary"]
    assert found == summary
    assert not found.endswith(("'s", "'")) and found.split()[-1].lower() not in {
        "of",
        "an",
        "a",
        "the",
        "all",
    }


def test_a_required_sentence_of_a_body_given_by_a_ref_is_reported_not_dropped(tmp_path: Path) -> None:
    sentence = "The ``isbn`` and ``title`` fields are required."
    rest = subsection("Request Values", f"The request body is a book; see :ref:`book fields`. {sentence}")
    spec, result, text = build_document(tmp_path, endpoint(method="POST", rest=rest), _BOOK)
    assert _request(spec)["schema"] == {"$ref": "#/components/schemas/Book"}
    message = (
        "the request section's sentence calls 'isbn', 'title' required or optional, "
        "and the section has no field table to mark"
    )
    assert _findings(result, "RST202") == [(line_number(text, "The request body is a book"), message)]
