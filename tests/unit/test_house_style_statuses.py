"""A status-list section ("Response", "Status Codes", "Response Codes") written other ways: a status
table, lines that start with a bare status, statuses named in prose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.diagnostics import Level
from tests.conftest import build_document, operation
from tests.rst_style import endpoint, list_table, subsection

PATH = "/gizmo/v1/gadgets"


def _statuses(spec: dict[str, Any]) -> dict[str, str]:
    responses = operation(spec, "get", PATH)["responses"]
    return {status: response["description"] for status, response in responses.items()}


def test_a_status_table_gives_a_response_per_row(tmp_path: Path) -> None:
    table = list_table(
        ("Status Code", "Description"),
        ("200 OK", "The gadgets."),
        ("404", "No such gadget."),
        ("``403 Forbidden``", "Not yours."),
    )
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Response Codes", table)))
    assert _statuses(spec) == {"200": "The gadgets.", "403": "Not yours.", "404": "No such gadget."}
    assert result.coverage is not None and result.coverage.table_rows == (4, 4)
    # the rows are read (no RST150/RST151); the lint still asks for the 200 example (DOC211)
    assert [d.code for d in result.diagnostics if d.level >= Level.WARNING] == ["DOC211"]


@pytest.mark.parametrize(
    "written",
    [
        "* ``200``: the gadgets.\n* ``404``: no such gadget.\n",
        "200 - the gadgets.\n\n404 - no such gadget.\n",
        "HTTP 200: the gadgets.\n\nHTTP 404: no such gadget.\n",
        "Status code 200: the gadgets.\n\nStatus code 404: no such gadget.\n",
    ],
)
def test_lines_that_start_with_a_status(tmp_path: Path, written: str) -> None:
    spec, _, _ = build_document(tmp_path, endpoint(rest=subsection("Status Codes", written)))
    assert _statuses(spec) == {"200": "the gadgets.", "404": "no such gadget."}


@pytest.mark.parametrize(
    ("prose", "statuses"),
    [
        (
            "The endpoint returns 200 OK with the gadgets, 400 Bad Request or 409 Conflict when "
            "they cannot be listed, and 404 not found if there are none.\n",
            {"200": "OK", "400": "Bad Request", "404": "Not Found", "409": "Conflict"},
        ),
        (  # RFC 9110's name of 422 as well as Python's
            "A filter that cannot be applied gives ``422 Unprocessable Content``.\n",
            {"200": "Success.", "422": "Unprocessable Entity"},
        ),
        # a code before words that are no reason phrase is no status
        ("At most 100 gadgets are listed; 404 pages are not returned.\n", {"200": "Success."}),
    ],
)
def test_statuses_named_in_prose_by_their_reason_phrase(
    tmp_path: Path, prose: str, statuses: dict[str, str]
) -> None:
    spec, _, _ = build_document(tmp_path, endpoint(rest=subsection("Response", prose)))
    assert _statuses(spec) == statuses


def test_statuses_named_in_prose_take_their_standard_reason(tmp_path: Path) -> None:
    prose = "The endpoint returns HTTP 200 with the gadgets, or HTTP 404 if there are none.\n"
    spec, _, _ = build_document(tmp_path, endpoint(rest=subsection("Responses", prose)))
    assert _statuses(spec) == {"200": "OK", "404": "Not Found"}
