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
