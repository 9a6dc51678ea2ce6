"""Subsection titles other revisions use for the sections the extractor reads, and "Path
Parameters" tables that type and describe the path template's parameters."""

from __future__ import annotations

from pathlib import Path

import pytest

from rstapi.diagnostics import Level
from rstapi.openapi.sourcemap import split_sources
from rstapi.rst.vocabulary import SectionKind, section_kind
from tests.conftest import build_document, operation
from tests.rst_style import endpoint, field_table, line_number, subsection

TITLES = {
    "Response Body": SectionKind.RESPONSE,
    "Response Body Fields": SectionKind.RESPONSE,
    "Returned Values": SectionKind.RESPONSE,
    "Output Fields": SectionKind.RESPONSE,
    "Response Values (paginated)": SectionKind.RESPONSE,
    "Request Payload": SectionKind.REQUEST,
    "POST Request Data": SectionKind.REQUEST,
    "Body Parameters": SectionKind.REQUEST,
    "Query String Parameters": SectionKind.PARAMETERS,
    "Filter Parameters": SectionKind.PARAMETERS,
    "Path Parameters": SectionKind.PATH_PARAMETERS,
    "URL Parameters": SectionKind.PATH_PARAMETERS,
    "Sample Request Body": SectionKind.EXAMPLE_REQUEST,
    "Sample Output": SectionKind.EXAMPLE_RESPONSE,
    "HTTP Status Codes": SectionKind.STATUS_LIST,
    "Errors": SectionKind.STATUS_LIST,
    "Error Codes": SectionKind.STATUS_LIST,
    "Methods and Endpoints": SectionKind.METHOD,
    "HTTP Method and Endpoint": SectionKind.METHOD,
    "Method and Path": SectionKind.METHOD,
}


@pytest.mark.parametrize(("title", "kind"), TITLES.items(), ids=TITLES.keys())
def test_section_titles_of_other_revisions(title: str, kind: SectionKind) -> None:
    assert section_kind(title)[0] is kind


def test_a_response_body_section_gives_the_response_schema(tmp_path: Path) -> None:
    table = field_table(("name", "string", "The gadget's name."))
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Response Body", table)))
    media = operation(spec, "get", "/gizmo/v1/gadgets")["responses"]["200"]["content"]["application/json"]
    name = media["schema"]["$ref"].rsplit("/", 1)[1]
    assert spec["components"]["schemas"][name]["properties"]["name"]["type"] == "string"
    assert [d.code for d in result.diagnostics if d.level >= Level.WARNING] == []


def test_a_path_parameters_table_types_and_describes_the_path_parameters(tmp_path: Path) -> None:
    table = field_table(
        ("gadget_id", "integer", "The gadget's numeric id."),
        ("gadget_uuid", "string", "A stale row: the path has no such parameter."),
    )
    path = "/gizmo/v1/gadgets/{gadget_id}/"
    spec, result, text = build_document(
        tmp_path, endpoint(path=path, rest=subsection("Path Parameters", table))
    )
    [parameter] = split_sources(spec)[0]["paths"][path]["get"]["parameters"]
    assert parameter == {
        "name": "gadget_id",
        "in": "path",
        "required": True,
        "description": "The gadget's numeric id.",
        "schema": {"type": "integer"},
    }
    found = [
        (d.code, d.location.line if d.location else 0) for d in result.diagnostics if d.level >= Level.WARNING
    ]
    assert found == [("RST161", line_number(text, "gadget_uuid"))]
    assert result.coverage is not None and result.coverage.table_rows == (2, 3)  # the stale row is lost


def test_sections_for_readers_are_neither_read_nor_reported_but_their_tables_are_counted(
    tmp_path: Path,
) -> None:
    notes = subsection(
        "Notes", "Gadgets are listed newest first.\n\n" + field_table(("x", "string", "Stray."))
    )
    rest = subsection("Use Cases", "List your gadgets before you order more.\n") + notes
    _, result, text = build_document(tmp_path, endpoint(rest=rest))
    found = [
        (d.code, d.location.line if d.location else 0) for d in result.diagnostics if d.level >= Level.WARNING
    ]
    assert found == [("RST150", line_number(text, ".. list-table::", 2))]  # the stray table, not the titles


EXAMPLE_TITLES = {
    "Example GET Response": (SectionKind.EXAMPLE_RESPONSE, "GET"),
    "Sample JSON Response": (SectionKind.EXAMPLE_RESPONSE, ""),
    "Example Successful Response": (SectionKind.EXAMPLE_RESPONSE, ""),
    "Example 404 Response": (SectionKind.EXAMPLE_RESPONSE, ""),
    "Response Sample": (SectionKind.EXAMPLE_RESPONSE, ""),
    "Example POST Request": (SectionKind.EXAMPLE_REQUEST, "POST"),
    "Example curl Request": (SectionKind.EXAMPLE_REQUEST, ""),
    "Example Request and Response": (SectionKind.EXAMPLE_EXCHANGE, ""),
    "Examples": (SectionKind.EXAMPLE_EXCHANGE, ""),
}


@pytest.mark.parametrize(("title", "kind"), EXAMPLE_TITLES.items(), ids=EXAMPLE_TITLES.keys())
def test_example_titles_are_read_by_their_words(title: str, kind: tuple[SectionKind, str]) -> None:
    assert section_kind(title) == kind


def test_a_status_in_an_example_title_is_the_examples_status(tmp_path: Path) -> None:
    table = field_table(("name", "string", "The gadget's name."))
    ok = subsection("Example Successful Response", '.. code-block:: json\n\n   {"name": "sprocket"}\n')
    missing = subsection("Example 404 Response", '.. code-block:: json\n\n   {"detail": "Not found."}\n')
    spec, _, _ = build_document(tmp_path, endpoint(rest=subsection("Response Values", table) + ok + missing))
    responses = split_sources(spec)[0]["paths"]["/gizmo/v1/gadgets"]["get"]["responses"]
    assert [e["value"] for e in responses["200"]["content"]["application/json"]["examples"].values()] == [
        {"name": "sprocket"}
    ]
    assert responses["404"]["description"] == "Not Found"
    assert [e["value"] for e in responses["404"]["content"]["application/json"]["examples"].values()] == [
        {"detail": "Not found."}
    ]


def test_an_example_request_and_response_section_gives_both(tmp_path: Path) -> None:
    table = field_table(("name", "string", "The gadget's name."))
    both = subsection(
        "Example Request and Response",
        '::\n\n   curl -X GET "https://api.gizmo.org/gizmo/v1/gadgets?colour=red" -H "Authorization: JWT {token}"\n\n'
        '.. code-block:: json\n\n   {"name": "sprocket"}\n',
    )
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Response Values", table) + both))
    get = split_sources(spec)[0]["paths"]["/gizmo/v1/gadgets"]["get"]
    assert [p["name"] for p in get["parameters"]] == ["colour"]  # from the curl URL
    assert [
        e["value"] for e in get["responses"]["200"]["content"]["application/json"]["examples"].values()
    ] == [{"name": "sprocket"}]
    assert "RST152" not in {d.code for d in result.diagnostics} and "RST157" not in {
        d.code for d in result.diagnostics
    }
