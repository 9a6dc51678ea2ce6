"""What a sixth exploratory round found the house-style reader misread: sections for several
methods (a request table shared by a read and a write, PUT and PATCH sharing one table).

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment (or finding) a user would see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_document, operation
from tests.rst_style import code_block, endpoint_for, list_table, subsection

ITEM = "/gizmo/v1/gadgets/{id}"
_REQUEST = list_table(
    ("Field", "Data Type", "Required", "Description"),
    ("``name``", "string", "Yes", "The gadget's name."),
    ("``size``", "integer", "Yes", "The gadget's size."),
)


def _schema(spec: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = split_sources(spec)[0]["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return found


def _body(spec: dict[str, Any], method: str) -> dict[str, Any]:
    media = operation(spec, method, ITEM)["requestBody"]["content"]["application/json"]
    return _schema(spec, media["schema"])


def test_a_request_table_shared_with_writes_is_no_query_or_body_of_the_get_and_delete(tmp_path: Path) -> None:
    """The GET took the rows as required query parameters (a client had to send ``name`` and
    ``size`` to read a gadget) and the DELETE a required body of them."""
    text = endpoint_for(("GET", "PUT", "DELETE"), path=ITEM, rest=subsection("Request Values", _REQUEST))
    spec, _, _ = build_document(tmp_path, text)
    get = operation(spec, "get", ITEM)
    assert [p["name"] for p in get.get("parameters", []) if p["in"] == "query"] == []
    assert "requestBody" not in get
    assert "requestBody" not in operation(spec, "delete", ITEM)
    assert list(_body(spec, "put")["properties"]) == ["name", "size"]


def test_a_lone_get_still_reads_its_request_values_as_query_parameters(tmp_path: Path) -> None:
    text = endpoint_for(("GET",), path=ITEM, rest=subsection("Request Values", _REQUEST))
    spec, _, _ = build_document(tmp_path, text)
    names = [p["name"] for p in operation(spec, "get", ITEM)["parameters"] if p["in"] == "query"]
    assert names == ["name", "size"]


def test_a_patch_sharing_the_puts_table_requires_none_of_its_fields(tmp_path: Path) -> None:
    """The PATCH required every field the PUT does, so its example sending one field was SPEC401
    (an error) and left out of the spec."""
    rest = subsection("Request Values", _REQUEST) + subsection(
        "Example PATCH Request", code_block('{"size": 3}')
    )
    spec, result, _ = build_document(tmp_path, endpoint_for(("PUT", "PATCH"), path=ITEM, rest=rest))
    assert _body(spec, "put")["required"] == ["name", "size"]
    assert "required" not in _body(spec, "patch")
    patch = operation(spec, "patch", ITEM)["requestBody"]["content"]["application/json"]
    assert [e["value"] for e in patch["examples"].values()] == [{"size": 3}]
    assert [d.code for d in result.diagnostics if d.code in {"SPEC401", "DOC217"}] == []


def test_a_json_request_example_the_post_reads_is_no_finding_for_the_get_beside_it(tmp_path: Path) -> None:
    """The GET reported it "left out" (RST136) though the POST of the same section reads it."""
    rest = subsection("Request Values", _REQUEST) + subsection(
        "Example Request", code_block('{"name": "a", "size": 1}')
    )
    spec, result, _ = build_document(tmp_path, endpoint_for(("GET", "POST"), path=ITEM, rest=rest))
    post = operation(spec, "post", ITEM)["requestBody"]["content"]["application/json"]
    assert [e["value"] for e in post["examples"].values()] == [{"name": "a", "size": 1}]
    assert "RST136" not in [d.code for d in result.diagnostics]


def test_a_curl_example_after_a_shell_comment_is_read(tmp_path: Path) -> None:
    """A comment line before the command ("# Make a gadget") made the block "neither JSON nor
    curl" (RST152): its body and path values were lost."""
    curl = (
        "# Make a gadget\n"
        "#   (the size is optional)\n"
        "curl -X PUT https://api.example.com/gizmo/v1/gadgets/7 \\\n"
        '  -d \'{"name": "a", "size": 1}\''
    )
    rest = subsection("Request Values", _REQUEST) + subsection("Example Request", code_block(curl, "bash"))
    spec, result, _ = build_document(tmp_path, endpoint_for(("PUT",), path=ITEM, rest=rest))
    put = operation(spec, "put", ITEM)
    body = put["requestBody"]["content"]["application/json"]
    assert [e["value"] for e in body["examples"].values()] == [{"name": "a", "size": 1}]
    assert [p.get("example") for p in put["parameters"] if p["name"] == "id"] == ["7"]
    assert "RST152" not in [d.code for d in result.diagnostics]


def test_a_status_table_with_a_code_column_gives_the_statuses(tmp_path: Path) -> None:
    """Its rows were left out (RST150), so a POST documenting only 201 and 409 answered 200."""
    statuses = list_table(
        ("Code", "Description"), ("201 Created", "The gadget was made."), ("409", "The name is taken.")
    )
    rest = subsection("Request Values", _REQUEST) + subsection("Status Codes", statuses)
    spec, result, _ = build_document(tmp_path, endpoint_for(("POST",), path="/gizmo/v1/gadgets", rest=rest))
    responses = operation(spec, "post", "/gizmo/v1/gadgets")["responses"]
    assert {status: r["description"] for status, r in responses.items()} == {
        "201": "The gadget was made.",
        "409": "The name is taken.",
    }
    assert "RST150" not in [d.code for d in result.diagnostics]


def test_a_code_column_of_application_error_codes_is_no_status_column(tmp_path: Path) -> None:
    codes = list_table(("Code", "Message"), ("``invalid_email``", "The email is not valid."))
    rest = subsection("Response Code", "* 400 Bad Request: the body is invalid.\n") + subsection(
        "Error Code", codes
    )
    _, result, _ = build_document(tmp_path, endpoint_for(("POST",), path="/gizmo/v1/gadgets", rest=rest))
    assert [d.code for d in result.diagnostics if d.code in {"RST150", "RST193"}] == ["RST150"]


def test_an_example_of_a_status_only_another_method_lists_is_that_methods(tmp_path: Path) -> None:
    """The GET got the POST's 400 (and its example) from "Example 400 Response", though the
    statuses say the 400 is the POST's."""
    statuses = "* 200 OK: GET lists the gadgets.\n* 201 Created: POST made one.\n* 400 Bad Request: POST without a name.\n"
    rest = (
        subsection("Request Values", _REQUEST)
        + subsection("Response Code", statuses)
        + subsection("Example 400 Response", code_block('{"detail": "name is required"}'))
    )
    path = "/gizmo/v1/gadgets"
    spec, _, _ = build_document(tmp_path, endpoint_for(("GET", "POST"), path=path, rest=rest))
    assert "400" not in operation(spec, "get", path)["responses"]
    bad = operation(spec, "post", path)["responses"]["400"]["content"]["application/json"]
    assert [e["value"] for e in bad["examples"].values()] == [{"detail": "name is required"}]


def test_another_methods_status_line_is_no_contradiction_of_an_example(tmp_path: Path) -> None:
    """The POST's 201 example was DOC213, "the prose ... says 200 OK", from the GET's status line."""
    statuses = "* 200 OK: GET lists the gadgets.\n* 201 Created: POST made one.\n"
    rest = (
        subsection("Request Values", _REQUEST)
        + subsection("Response Code", statuses)
        + subsection("Example POST Response", code_block('{"name": "a", "size": 1}'))
    )
    path = "/gizmo/v1/gadgets"
    spec, result, _ = build_document(tmp_path, endpoint_for(("GET", "POST"), path=path, rest=rest))
    assert "content" in operation(spec, "post", path)["responses"]["201"]
    assert "DOC213" not in [d.code for d in result.diagnostics]
