"""What a fourth exploratory round found the house-style reader and the emitter misread: a body
written for a status that has none.

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment (or finding) a user would see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import build_document, codes, operation
from tests.rst_style import (
    code_block,
    endpoint,
    endpoint_for,
    field_table,
    line_number,
    list_table,
    subsection,
)

PATH = "/gizmo/v1/gadgets/{id}"


def _findings(result: Any, code: str) -> list[tuple[int, str]]:
    return [(d.location.line, d.message) for d in result.diagnostics if d.code == code]


# ---------------------------------------------------------------- 1: a body for 204 / 205


def _statuses(*rows: tuple[str, str]) -> str:
    return subsection("Response", list_table(("Status Code", "Description"), *rows))


_EXAMPLE = '{"deleted": true}'


@pytest.mark.parametrize(
    "rest",
    [
        _statuses(("204", "No Content")) + subsection("Example Response", code_block(_EXAMPLE)),
        subsection("Example 204 Response", code_block(_EXAMPLE)),
        subsection("Example Response", "The request returns 204 No Content.\n\n" + code_block(_EXAMPLE)),
        _statuses(("205", "Reset Content")) + subsection("Example Response", code_block(_EXAMPLE)),
    ],
    ids=["listed", "titled", "said", "205"],
)
def test_an_example_for_a_bodiless_status_is_a_finding_at_its_line_not_a_schema(
    tmp_path: Path, rest: str
) -> None:
    spec, result, text = build_document(tmp_path, endpoint(method="DELETE", path=PATH, rest=rest))
    [(status, response)] = operation(spec, "delete", PATH)["responses"].items()
    assert status in {"204", "205"} and "content" not in response
    assert spec["components"]["schemas"] == {}
    [(line, message)] = _findings(result, "RST203")
    assert line == line_number(text, _EXAMPLE) and f"status {status}" in message
    assert not [code for code, _ in codes(result) if code in {"SPEC402", "RST152", "DOC211"}]


def test_a_response_table_for_a_204_is_a_finding_at_the_table_not_an_unused_component(tmp_path: Path) -> None:
    table = subsection("Response Values", field_table(("deleted", "boolean", "Whether it went.")))
    rest = _statuses(("204", "No Content")) + table
    spec, result, text = build_document(tmp_path, endpoint(method="DELETE", path=PATH, rest=rest))
    assert "content" not in operation(spec, "delete", PATH)["responses"]["204"]
    assert spec["components"]["schemas"] == {}
    [(line, _)] = _findings(result, "RST203")
    assert line == line_number(
        text, ".. list-table::", 3
    )  # the Method and Endpoint's, the statuses', this one
    assert not [code for code, _ in codes(result) if code in {"SPEC402", "RST150", "RST151"}]


def test_a_shared_sections_204_leaves_the_table_and_example_to_the_method_with_a_body(tmp_path: Path) -> None:
    rest = (
        _statuses(("200", "OK: GET"), ("204", "No Content: DELETE"))
        + subsection("Response Values", field_table(("deleted", "boolean", "Whether it went.")))
        + subsection("Example Response", code_block(_EXAMPLE))
    )
    spec, result, _ = build_document(tmp_path, endpoint_for(("GET", "DELETE"), path=PATH, rest=rest))
    assert "content" in operation(spec, "get", PATH)["responses"]["200"]
    assert "content" not in operation(spec, "delete", PATH)["responses"]["204"]
    assert not _findings(result, "RST203")


# ---------------------------------------------------------------- 2: a body example's formats


@pytest.mark.parametrize(
    ("kind", "shown", "fits"),
    [
        ("datetime", '"yesterday"', False),
        ("uuid", '"x"', False),
        ("date", '"2020-13-45"', False),
        ("email", '"nobody"', False),
        ("datetime", '"2024-05-01T10:00:00Z"', True),
        ("uuid", '"6f1c1c8e-5d5b-4c1e-9d7e-1a2b3c4d5e6f"', True),
    ],
)
@pytest.mark.parametrize("side", ["request", "response"])
def test_a_body_example_is_checked_with_formats_as_a_parameters_is(
    tmp_path: Path, kind: str, shown: str, fits: bool, side: str
) -> None:
    example = '{"when": ' + shown + "}"
    table = field_table(("when", kind, "The value."))
    if side == "request":
        rest = subsection("Request Values", table) + subsection("Example Request", code_block(example))
        method, where = "POST", ("requestBody",)
    else:
        rest = subsection("Response Values", table) + subsection("Example Response", code_block(example))
        method, where = "GET", ("responses", "200")
    spec, result, text = build_document(tmp_path, endpoint(method=method, rest=rest))
    found: dict[str, Any] = operation(spec, method.lower(), "/gizmo/v1/gadgets")
    for key in where:
        found = found[key]
    media = found["content"]["application/json"]
    assert ("examples" in media) is fits
    spec401 = _findings(result, "SPEC401")
    if fits:
        assert not spec401
    else:
        [(line, message)] = spec401
        assert line == line_number(text, example) and "/when" in message and "left out" in message


# ---------------------------------------------------------------- 3: a shared section's findings, once


def _shared(rest: str, methods: tuple[str, ...] = ("GET", "PATCH")) -> str:
    return endpoint_for(methods, path=PATH, rest=rest)


def _at(result: Any, code: str) -> list[int]:
    return sorted(line for line, _ in _findings(result, code))


def test_a_row_both_methods_examples_contradict_is_one_finding_at_the_row(tmp_path: Path) -> None:
    rest = subsection(
        "Response Values", field_table(("id", "integer", "The id."), ("name", "string", "Name."))
    )
    rest += subsection("Example GET Response", code_block('{"id": "x", "name": "a"}'))
    rest += subsection("Example PATCH Response", code_block('{"id": "y", "name": "b"}'))
    _, result, text = build_document(tmp_path, _shared(rest))
    [(line, message)] = _findings(result, "DOC203")
    shown = line_number(text, '"x"')
    assert line == line_number(text, "``id``") and f"at line {shown} " in message


def test_a_row_only_one_methods_example_shows_is_no_doc202(tmp_path: Path) -> None:
    rest = subsection(
        "Response Values", field_table(("id", "integer", "The id."), ("name", "string", "Name."))
    )
    rest += subsection("Example GET Response", code_block('{"id": 1, "name": "a"}'))
    rest += subsection("Example PATCH Response", code_block('{"id": 2}'))
    _, result, _ = build_document(tmp_path, _shared(rest))
    assert not _findings(result, "DOC202")


def test_a_status_sentence_of_a_shared_section_without_example_is_one_doc211(tmp_path: Path) -> None:
    rest = subsection("Response", "If the request is successful, it returns 200 OK.\n")
    rest += subsection("Response Values", field_table(("id", "integer", "The id.")))
    _, result, text = build_document(tmp_path, _shared(rest, ("GET", "PUT", "PATCH")))
    [(line, message)] = _findings(result, "DOC211")
    assert line == line_number(text, "it returns 200 OK")
    assert message.startswith(f"GET, PUT and PATCH {PATH} document status 200")


def test_a_shared_section_missing_from_the_endpoint_list_is_one_doc208(tmp_path: Path) -> None:
    other = endpoint(title="others Endpoint", path="/gizmo/v1/others", label="others endpoint")
    listed = "\n* ``/gizmo/v1/others``: see :ref:`others endpoint`.\n"
    _, result, _ = build_document(tmp_path, listed, _shared(""), other)
    [(_, message)] = _findings(result, "DOC208")
    assert message.startswith(f"GET and PATCH {PATH} have a section but no entry")


def test_a_shared_sections_prose_spelling_is_one_doc210(tmp_path: Path) -> None:
    prose = "GET calls to ``/gizmo/v1/gadgets/{gadget_id}`` read a gadget."
    text = _shared("").replace("GET calls to the ``gadgets`` endpoint list gadgets.", prose)
    _, result, written = build_document(tmp_path, text)
    assert _at(result, "DOC210") == [line_number(written, "{gadget_id}")]


def test_one_request_example_of_put_and_patch_is_one_spec401_and_left_out_of_both(tmp_path: Path) -> None:
    rest = subsection("Request Values", field_table(("size", "integer", "Size. Must be at most 10.")))
    curl = "curl -X PUT https://api.example.com/gizmo/v1/gadgets/7 -d '{\"size\": 5}'"
    # PUT's examples are the curl's body and the block (its second), PATCH's the block alone
    rest += subsection("Example Request", code_block(curl, "bash") + "\n" + code_block('{"size": 50}'))
    spec, result, text = build_document(tmp_path, _shared(rest, ("PUT", "PATCH")))
    assert _at(result, "SPEC401") == [line_number(text, '{"size": 50}')]
    for method in ("put", "patch"):
        kept = operation(spec, method, PATH)["requestBody"]["content"]["application/json"].get("examples", {})
        assert [example["value"] for example in kept.values()] == ([{"size": 5}] if method == "put" else [])


def test_a_fields_sections_example_borrowed_by_two_endpoints_is_one_spec401(tmp_path: Path) -> None:
    owner = "\n.. _owner fields:\n" + subsection(
        "Fields in an Owner", field_table(("name", "string", "Name."))
    )
    owner += subsection("Example Response Showing Information about an Owner", code_block('{"name": 1}'))
    many = endpoint(
        title="owners Endpoint",
        path="/gizmo/v1/owners",
        rest=subsection(
            "Response Values", "The response is an array of :ref:`owner <owner fields>` objects."
        ),
    )
    one = endpoint(
        title="owner Endpoint",
        path="/gizmo/v1/owners/{id}",
        rest=subsection("Response Values", "The response is described in :ref:`owner fields`."),
    )
    spec, result, text = build_document(tmp_path, many, one, owner)
    assert _at(result, "SPEC401") == [line_number(text, '{"name": 1}')]
    for path in ("/gizmo/v1/owners", "/gizmo/v1/owners/{id}"):
        assert (
            "examples" not in operation(spec, "get", path)["responses"]["200"]["content"]["application/json"]
        )


# ---------------------------------------------------------------- 4: a status both a sentence and a row give


def test_a_status_the_prose_names_and_a_row_lists_is_the_rows_and_no_rst151(tmp_path: Path) -> None:
    statuses = list_table(("Status Code", "Description"), ("201", "The gadget was made."), ("409", "Taken."))
    rest = subsection("Response", "The request returns 201 Created.\n\n" + statuses)
    rest += subsection("Example Response", code_block('{"id": 5}'))
    spec, result, text = build_document(tmp_path, endpoint(method="POST", rest=rest))
    created = operation(spec, "post", "/gizmo/v1/gadgets")["responses"]["201"]
    assert created["description"] == "The gadget was made."
    assert created["x-rst-source"] == f"ref.rst:{line_number(text, '* - 201')}"
    assert not _findings(result, "RST151")


# ---------------------------------------------------------------- 5: a number's sign in words


@pytest.mark.parametrize(
    ("description", "bounds"),
    [
        ("The offset. Zero or positive.", {"minimum": 0}),
        ("Must be a positive number or zero.", {"minimum": 0}),
        ("0 or a positive integer.", {"minimum": 0}),
        ("The weight; must not be negative.", {"minimum": 0}),
        ("Cannot be negative.", {"minimum": 0}),
        ("A positive or negative offset.", {}),
        ("The shift. Must not be positive.", {"maximum": 0}),
        ("A positive integer.", {"exclusiveMinimum": 0}),
        ("Non-negative, at most 5.", {"minimum": 0, "maximum": 5}),
    ],
)
def test_a_numbers_sign_in_words_is_its_bound(
    tmp_path: Path, description: str, bounds: dict[str, int]
) -> None:
    rest = subsection("Query Parameters", field_table(("offset", "integer", description)))
    spec, _, _ = build_document(tmp_path, endpoint(rest=rest))
    [parameter] = operation(spec, "get", "/gizmo/v1/gadgets")["parameters"]
    keys = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
    assert {key: parameter["schema"][key] for key in keys if key in parameter["schema"]} == bounds


# ---------------------------------------------------------------- 6: a default the field refuses


@pytest.mark.parametrize(
    ("row", "why"),
    [
        (("``limit``", "integer", "10", "Page size; must be between 1 and 5."), "its maximum is 5"),
        (("``mode``", "string", "fast", "One of ``slow``, ``safe``."), "its values are slow, safe"),
        (("``code``", "string", "``abcdef``", "At most 3 characters."), "its length is at most 3"),
    ],
)
def test_a_default_column_the_field_refuses_is_rst160_at_the_cell_not_an_invalid_spec(
    tmp_path: Path, row: tuple[str, ...], why: str
) -> None:
    table = list_table(("Field", "Data Type", "Default", "Description"), row)
    spec, result, text = build_document(tmp_path, endpoint(rest=subsection("Query Parameters", table)))
    [parameter] = operation(spec, "get", "/gizmo/v1/gadgets")["parameters"]
    assert "default" not in parameter["schema"]
    [(line, message)] = _findings(result, "RST160")
    assert line == line_number(text, f"- {row[2]}") and why in message
    assert not _findings(result, "SPEC400")


@pytest.mark.parametrize(
    ("description", "why"),
    [
        ("Page size; must be between 1 and 5. Default: 10.", "its maximum is 5"),
        ("At most 3 characters. Default: ``abcdef``.", "its length is at most 3"),
    ],
)
def test_a_default_the_description_gives_outside_its_bounds_is_rst160(
    tmp_path: Path, description: str, why: str
) -> None:
    kind = "integer" if "size" in description else "string"
    table = field_table(("value", kind, description))
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Query Parameters", table)))
    [parameter] = operation(spec, "get", "/gizmo/v1/gadgets")["parameters"]
    assert "default" not in parameter["schema"]
    [(_, message)] = _findings(result, "RST160")
    assert why in message
    assert not _findings(result, "SPEC400")
