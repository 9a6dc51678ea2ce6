"""An "Error Response Values" section (or a field table under "Error Response"): the body of the
endpoint's documented 4xx and 5xx responses, as "Response Values" is the success's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import build_document, operation
from tests.rst_style import endpoint, field_table, list_table, literal, subsection

PATH = "/gizmo/v1/gadgets"
ERROR_TABLE = field_table(
    ("detail", "string", "The error message."),
    ("code", "string", "One of ``not_found``, ``forbidden``."),
)
SUCCESS = subsection("Response Values", field_table(("name", "string", "The gadget's name."))) + subsection(
    "Example Response", literal('{"name": "sprocket"}')
)
STATUSES = subsection("Response Codes", "* 200 OK: the gadgets.\n* 403 Forbidden: not yours.\n")
NOT_FOUND = subsection("Example 404 Response", literal('{"detail": "No such gadget.", "code": "not_found"}'))


def _body(spec: dict[str, Any], status: str) -> dict[str, Any] | None:
    """The schema a response's body refers to, resolved; None without a body."""
    response = operation(spec, "get", PATH)["responses"][status]
    media = response.get("content", {}).get("application/json")
    if media is None:
        return None
    name = media["schema"]["$ref"].rsplit("/", 1)[-1]
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def _refs(spec: dict[str, Any]) -> dict[str, str]:
    responses = operation(spec, "get", PATH)["responses"]
    return {
        s: r["content"]["application/json"]["schema"]["$ref"] for s, r in responses.items() if "content" in r
    }


@pytest.mark.parametrize(
    "title",
    [
        "Error Response Values",
        "Error Response Fields",
        "Error Values",
        "Errors Response Values",
        "Error Response",
    ],
)
def test_an_error_field_table_is_the_body_of_every_error_response(tmp_path: Path, title: str) -> None:
    rest = SUCCESS + NOT_FOUND + subsection(title, ERROR_TABLE) + STATUSES
    spec, result, _ = build_document(tmp_path, endpoint(rest=rest))
    refs = _refs(spec)
    assert refs["403"] == refs["404"] != refs["200"]
    assert refs["404"].endswith("Error")
    error = _body(spec, "404")
    assert error is not None and "Inferred" not in error.get("description", "")
    assert error["properties"]["detail"]["description"] == "The error message."
    assert error["properties"]["code"]["enum"] == ["not_found", "forbidden"]
    assert (_body(spec, "200") or {})["properties"].keys() == {"name"}
    codes = {d.code for d in result.diagnostics}
    assert not codes & {"RST150", "RST151", "RST157"}
    assert result.coverage is not None and result.coverage.table_rows == (
        4,
        4,
    )  # the method row, the success row, both error rows


def test_a_5xx_status_an_example_shows_gets_the_error_body_too(tmp_path: Path) -> None:
    example = subsection("Example 503 Response", literal('{"detail": "Try later.", "code": "forbidden"}'))
    rest = SUCCESS + example + subsection("Error Response Values", ERROR_TABLE)
    spec, _, _ = build_document(tmp_path, endpoint(rest=rest))
    assert (_body(spec, "503") or {})["properties"]["detail"]["description"] == "The error message."


def test_an_error_example_is_checked_against_the_error_table(tmp_path: Path) -> None:
    wrong = subsection(
        "Example 404 Response", literal('{"detail": "No such gadget.", "code": "gone", "extra": 1}')
    )
    rest = SUCCESS + wrong + subsection("Error Response Values", ERROR_TABLE)
    _, result, _ = build_document(tmp_path, endpoint(rest=rest))
    found = {(d.code, d.message.split(" ", 1)[0]) for d in result.diagnostics}
    assert ("DOC203", "'code'") in found  # "gone" is none of the documented values
    assert any(d.code == "DOC201" and "'extra'" in d.message for d in result.diagnostics)


def test_a_status_table_under_error_response_stays_a_status_table(tmp_path: Path) -> None:
    statuses = list_table(("Status Code", "Description"), ("404 Not Found", "No such gadget."))
    rest = SUCCESS + subsection("Error Response", statuses + "\n" + ERROR_TABLE)
    spec, result, _ = build_document(tmp_path, endpoint(rest=rest))
    responses = operation(spec, "get", PATH)["responses"]
    assert responses["404"]["description"] == "No such gadget."
    assert (_body(spec, "404") or {})["properties"].keys() == {"detail", "code"}
    assert not {d.code for d in result.diagnostics} & {"RST150", "RST151", "RST157"}


def test_an_error_table_with_no_error_status_is_reported(tmp_path: Path) -> None:
    rest = SUCCESS + subsection("Error Response Values", ERROR_TABLE)
    spec, result, _ = build_document(tmp_path, endpoint(rest=rest))
    said = [d for d in result.diagnostics if d.code == "RST150"]
    assert len(said) == 1 and "no 4xx or 5xx status" in said[0].message
    assert not [name for name in spec["components"]["schemas"] if name.endswith("Error")]


def test_a_method_qualified_error_section_is_only_its_methods(tmp_path: Path) -> None:
    from tests.rst_style import endpoint_for

    statuses = subsection("Response Codes", "* 200 OK: done.\n* 404 Not Found: no such gadget.\n")
    rest = SUCCESS + subsection("POST Error Response Values", ERROR_TABLE) + statuses
    spec, _, _ = build_document(tmp_path, endpoint_for(("GET", "POST"), rest=rest))
    responses = spec["paths"][PATH]
    assert "content" not in responses["get"]["responses"]["404"]
    assert "content" in responses["post"]["responses"]["404"]


def test_an_array_subsection_of_the_error_section_gives_its_items(tmp_path: Path) -> None:
    from tests.rst_style import nested_section

    table = field_table(("detail", "string", "The error message."), ("problems", "array", "What went wrong."))
    items = nested_section("Fields in the problems array", field_table(("field", "string", "The field.")))
    rest = SUCCESS + NOT_FOUND + subsection("Error Response Values", table + items)
    spec, result, _ = build_document(tmp_path, endpoint(rest=rest))
    problems = (_body(spec, "404") or {})["properties"]["problems"]
    item = spec["components"]["schemas"][problems["items"]["$ref"].rsplit("/", 1)[-1]]
    assert item["properties"]["field"]["description"] == "The field."
    assert not {d.code for d in result.diagnostics} & {"RST150", "RST151", "RST154", "RST157"}
