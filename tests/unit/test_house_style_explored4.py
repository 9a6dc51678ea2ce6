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
