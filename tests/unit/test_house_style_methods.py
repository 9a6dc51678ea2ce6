"""'Method and Endpoint' written other ways: several methods in one cell, or as text (no table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rstapi.diagnostics import Level
from tests.conftest import build_document
from tests.rst_style import endpoint, endpoint_for, field_table, list_table, subsection

PATH = "/gizmo/v1/gadgets/"
_TABLE = endpoint(path=PATH).split("===================\nMethod and Endpoint\n===================\n")[1]


def _endpoint_with(method_section: str) -> str:
    """The house-style endpoint with its 'Method and Endpoint' section's body replaced."""
    return endpoint(path=PATH).replace(_TABLE, "\n" + method_section)


WRITTEN_AS_TEXT = {
    "paragraph": ("GET ``/gizmo/v1/gadgets/``\n", ["get"]),
    "one inline literal": ("``GET /gizmo/v1/gadgets/``\n", ["get"]),
    "a line per method": ("GET ``/gizmo/v1/gadgets/``\nPOST ``/gizmo/v1/gadgets/``\n", ["get", "post"]),
    "bullet list": ("* GET ``/gizmo/v1/gadgets/``\n* DELETE ``/gizmo/v1/gadgets/``\n", ["get", "delete"]),
    "literal block": ("::\n\n   GET /gizmo/v1/gadgets/\n   PUT /gizmo/v1/gadgets/\n", ["get", "put"]),
    "several methods, one path": ("GET, POST ``/gizmo/v1/gadgets/``\n", ["get", "post"]),
}


@pytest.mark.parametrize(("written", "methods"), WRITTEN_AS_TEXT.values(), ids=WRITTEN_AS_TEXT.keys())
def test_method_and_path_written_as_text(tmp_path: Path, written: str, methods: list[str]) -> None:
    spec, result, _ = build_document(tmp_path, _endpoint_with(written))
    assert sorted(spec["paths"][PATH]) == sorted(methods)
    assert [str(d) for d in result.diagnostics if d.level >= Level.WARNING] == []


@pytest.mark.parametrize("cell", ["GET, POST", "GET/POST", "GET and POST", "get, post"])
def test_several_methods_in_one_method_cell(tmp_path: Path, cell: str) -> None:
    table = list_table(("Method", "Endpoint"), (cell, f"``{PATH}``"))
    spec, result, _ = build_document(tmp_path, _endpoint_with(table))
    assert sorted(spec["paths"][PATH]) == ["get", "post"]
    assert [d.code for d in result.diagnostics if d.level >= Level.WARNING] == []


def test_a_method_cell_with_a_word_that_is_no_method_is_still_reported(tmp_path: Path) -> None:
    table = list_table(("Method", "Endpoint"), ("GET, FETCH", f"``{PATH}``"), ("GET", f"``{PATH}``"))
    spec, result, text = build_document(tmp_path, _endpoint_with(table))
    assert list(spec["paths"][PATH]) == ["get"]
    found = [(d.code, d.location.line if d.location else 0) for d in result.diagnostics if d.code == "RST120"]
    assert found == [("RST120", text.splitlines().index("   * - GET, FETCH") + 1)]


def test_text_in_a_method_section_that_names_no_method_and_path_skips_the_endpoint(tmp_path: Path) -> None:
    _, result, _ = build_document(tmp_path, _endpoint_with("Use the gadgets path.\n"))
    assert {d.code for d in result.diagnostics if d.level >= Level.WARNING} >= {"RST110"}


def _curl(url: str) -> str:
    return f'\n===============\nExample Request\n===============\n\n::\n\n   curl -X GET {url} -H "Authorization: JWT {{access token}}"\n'


@pytest.mark.parametrize(
    ("table_path", "curl_url", "server"),
    [
        ("/gadgets/", "https://api.gizmo.org/gizmo/v1/gadgets/", "https://api.gizmo.org/gizmo/v1"),
        ("/gizmo/v1/gadgets/", "https://api.gizmo.org/gizmo/v1/gadgets/", "https://api.gizmo.org"),
        ("/gadgets/", "https://api.gizmo.org/gizmo/v1/widgets/", "https://api.gizmo.org"),
    ],
)
def test_the_server_holds_the_base_path_the_curl_examples_put_before_the_table_paths(
    tmp_path: Path, table_path: str, curl_url: str, server: str
) -> None:
    """A table that writes paths relative to a base ("/gadgets/") while curl calls the full URL:
    the spec's server carries the base, so server + path is the URL the doc calls."""
    spec, _, _ = build_document(tmp_path, endpoint(path=table_path, rest=_curl(curl_url)))
    assert spec["servers"] == [{"url": server}]


@pytest.mark.parametrize(
    "title", ["PUT/PATCH Request Values", "PUT and PATCH Request Values", "PUT, PATCH Request Values"]
)
def test_a_request_title_may_name_several_methods(tmp_path: Path, title: str) -> None:
    """A request section for PUT and PATCH gives both their body, and not the GET documented
    beside them (each was left with none: the title was not understood, RST157)."""
    fields = field_table(("name", "string", "The gadget's name."))
    text = endpoint_for(("GET", "PUT", "PATCH"), path=PATH, rest=subsection(title, fields))
    spec, result, _ = build_document(tmp_path, text)
    operations = spec["paths"][PATH]
    assert all("requestBody" in operations[method] for method in ("put", "patch"))
    assert "requestBody" not in operations["get"]
    assert "RST157" not in [d.code for d in result.diagnostics]


STATUSES = subsection("Response Values", field_table(("number", "string", "The order number."))) + subsection(
    "Status Codes", "* 200 OK: {get}the order.\n* 204 No Content: {delete}the order was cancelled.\n"
)


def test_a_status_naming_its_method_goes_to_that_method_only(tmp_path: Path) -> None:
    """In a section for GET and DELETE, "204 No Content: DELETE ..." is DELETE's alone, and the
    body table stays GET's (each method had both statuses, DELETE a 200 with GET's body)."""
    rest = STATUSES.format(get="GET returns ", delete="DELETE: ")
    spec, result, _ = build_document(tmp_path, endpoint_for(("GET", "DELETE"), path=PATH, rest=rest))
    operations = spec["paths"][PATH]
    assert sorted(operations["get"]["responses"]) == ["200"]
    assert sorted(operations["delete"]["responses"]) == ["204"]
    assert [d.code for d in result.diagnostics if d.code in {"RST197", "SPEC402"}] == []


def test_successes_shared_by_several_methods_are_rst197(tmp_path: Path) -> None:
    rest = STATUSES.format(get="", delete="")
    spec, result, text = build_document(tmp_path, endpoint_for(("GET", "DELETE"), path=PATH, rest=rest))
    assert sorted(spec["paths"][PATH]["delete"]["responses"]) == [
        "200",
        "204",
    ]  # as before: said, not guessed
    [found] = [d for d in result.diagnostics if d.code == "RST197"]
    assert "statuses 200 and 204 name no method" in found.message
    assert (
        found.location is not None
        and found.location.line == text.splitlines().index("* 200 OK: the order.") + 1
    )
