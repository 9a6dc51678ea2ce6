"""What an exploratory tester found the house-style reader misread: a body that is an array of the
table's objects, the status whose example shows the documented table, a ``:ref:`` in a table cell.

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment a user would see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.pipeline import BuildResult
from tests.conftest import build_document, operation
from tests.rst_style import endpoint, field_table, literal, subsection

PATH = "/gizmo/v1/gadgets"
_TABLE = field_table(("name", "string", "The name."), ("parts", "array of strings", "Its parts."))
_ARRAY = '[\n  {"name": "a", "parts": ["x", "y"]},\n  {"name": "b", "parts": []}\n]'


def _codes(result: BuildResult) -> list[str]:
    return [d.code for d in result.diagnostics]


def _component(spec: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return found


def _ref_of(schema: dict[str, Any]) -> str:
    """The ``$ref`` of a property, also written ``allOf: [$ref]`` beside its own description."""
    found: str = schema.get("$ref") or schema["allOf"][0]["$ref"]
    return found


def _media(spec: dict[str, Any], method: str, status: str) -> dict[str, Any]:
    found: dict[str, Any] = operation(spec, method, PATH)["responses"][status]["content"]["application/json"]
    return found


# ---------------------------------------------------------------- a body that is an array


def test_a_response_example_that_is_an_array_makes_the_table_its_items(tmp_path: Path) -> None:
    rest = subsection("Response Values", _TABLE) + subsection("Example Response", literal(_ARRAY))
    spec, result, _ = build_document(tmp_path, endpoint(rest=rest))
    media = _media(spec, "get", "200")
    assert media["schema"]["type"] == "array"
    assert set(_component(spec, media["schema"]["items"])["properties"]) == {"name", "parts"}
    assert [e["value"][0]["name"] for e in media["examples"].values()] == ["a"]  # kept, not rejected
    assert "SPEC401" not in _codes(result)


def test_a_response_with_an_object_example_too_stays_an_object(tmp_path: Path) -> None:
    examples = literal(_ARRAY) + "\n" + literal('{"name": "c", "parts": []}')
    rest = subsection("Response Values", _TABLE) + subsection("Example Response", examples)
    spec, _, _ = build_document(tmp_path, endpoint(rest=rest))
    schema = _media(spec, "get", "200")["schema"]
    assert set(_component(spec, schema)["properties"]) == {"name", "parts"}


def test_a_request_example_that_is_an_array_makes_the_table_its_items(tmp_path: Path) -> None:
    rest = subsection("Request Values", _TABLE) + subsection("Example Request Body", literal(_ARRAY))
    spec, result, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    media = operation(spec, "post", PATH)["requestBody"]["content"]["application/json"]
    assert media["schema"]["type"] == "array"
    assert set(_component(spec, media["schema"]["items"])["properties"]) == {"name", "parts"}
    assert len(media["examples"]) == 1
    assert "SPEC401" not in _codes(result)


def test_a_request_example_that_is_an_array_without_a_table_gives_inferred_items(tmp_path: Path) -> None:
    rest = subsection("Example Request Body", literal(_ARRAY))
    spec, result, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    media = operation(spec, "post", PATH)["requestBody"]["content"]["application/json"]
    assert media["schema"]["type"] == "array"
    assert set(_component(spec, media["schema"]["items"])["properties"]) == {"name", "parts"}
    assert "SPEC401" not in _codes(result)


# ---------------------------------------------------------------- the status the example shows


def _created_endpoint(sentence: str) -> str:
    table = field_table(("gadget_id", "integer", "The new gadget."))
    statuses = "* 201 Created: The gadget was made.\n* 200 OK: It already existed.\n"
    rest = (
        subsection("Response Values", table)
        + subsection("Example Response", sentence + literal('{"gadget_id": 6}'))
        + subsection("Status Code", statuses)
    )
    return endpoint(method="POST", rest=rest)


def test_the_table_goes_to_the_status_its_example_shows(tmp_path: Path) -> None:
    spec, _, _ = build_document(tmp_path, _created_endpoint("The request returns 201 Created.\n\n"))
    created = _component(spec, _media(spec, "post", "201")["schema"])
    assert created["properties"]["gadget_id"]["description"] == "The new gadget."
    assert "description" not in created  # documented, not inferred from the example
    assert "content" not in operation(spec, "post", PATH)["responses"]["200"]


def test_without_a_status_shown_the_table_goes_to_the_first_success(tmp_path: Path) -> None:
    spec, _, _ = build_document(tmp_path, _created_endpoint(""))
    documented = _component(spec, _media(spec, "post", "200")["schema"])
    assert documented["properties"]["gadget_id"]["description"] == "The new gadget."


# ---------------------------------------------------------------- a :ref: in a table cell

_WIDGET = """
.. _Fields in a Widget:

******************
Fields in a Widget
******************

""" + field_table(("size", "integer", "The size."))


def test_a_ref_in_a_table_cell_points_the_field_at_the_fields_section(tmp_path: Path) -> None:
    table = field_table(
        ("widgets", "array", "The widgets. For details, see :ref:`Fields in a Widget`."),
        ("main", "object", "The main widget, see :ref:`Fields in a Widget`."),
    )
    example = '{"widgets": [{"size": 1}], "main": {"size": 2}}'
    rest = subsection("Response Values", table) + subsection("Example Response", literal(example))
    spec, result, _ = build_document(tmp_path, _WIDGET, endpoint(rest=rest))
    properties = _component(spec, _media(spec, "get", "200")["schema"])["properties"]
    assert properties["widgets"]["items"] == {"$ref": "#/components/schemas/Widget"}
    assert _ref_of(properties["main"]) == "#/components/schemas/Widget"
    assert "SPEC402" not in _codes(result)
