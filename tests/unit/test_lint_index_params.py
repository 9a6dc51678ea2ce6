"""The endpoint list (DOC208) and parameters (DOC209 body field said query, DOC210 two spellings)."""

from __future__ import annotations

from tests.rst_helpers import FIELDS, document, endpoint, line_of, lint_rst, only

PATH = "/api/v1/widgets/{widget_id}"
LABEL = "widgets Endpoint"


def test_doc208_index_names_another_version() -> None:
    text = document(endpoint(), index=[("/widgets/{widget_id}", "/api/v2/widgets/{widget_id}", LABEL)])
    [found] = only(lint_rst(text), "DOC208")
    assert (found.location and found.location.line) == line_of(text, "- **/widgets/{widget_id}**")
    assert (
        found.message
        == f"endpoint list names '/api/v2/widgets/{{widget_id}}', its section documents '{PATH}' (other version)"
    )


def test_doc208_index_names_another_path() -> None:
    text = document(endpoint(), index=[("/widgets/{widget_id}", "/api/v1/gadgets/{widget_id}", LABEL)])
    [found] = only(lint_rst(text), "DOC208")
    assert found.message.endswith("(other path)")


def test_doc208_section_without_entry_and_entry_without_section() -> None:
    second = endpoint("gadgets", path="/api/v1/gadgets", curls=())
    text = document(
        endpoint(),
        second,
        index=[("/widgets/{widget_id}", PATH, LABEL), ("/things", "/api/v1/things", "things")],
    )
    found = only(lint_rst(text), "DOC208")
    assert [(d.location.line if d.location else 0) for d in found] == [
        line_of(text, "- **/things**"),
        line_of(text, "gadgets Endpoint", occurrence=2),
    ]
    assert "'/things' (:ref: 'things') has no endpoint section" in found[0].message
    assert found[1].message.startswith("GET /api/v1/gadgets has a section but no entry in the endpoint list")


def test_doc208_not_reported_when_list_and_sections_agree() -> None:
    text = document(endpoint(), index=[("/widgets/{widget_id}", PATH.lstrip("/"), LABEL)])
    assert only(lint_rst(text), "DOC208") == []


def test_doc209_body_field_described_as_query_parameter() -> None:
    rows = (("name", "string", "The name."), ("owner", "string", "The owner, given as a query param."))
    curl = 'curl -X POST \\\n  https://api.example.com/api/v1/widgets?owner=me \\\n  -d \'{"name": "a"}\''
    text = document(endpoint(method="POST", path="/api/v1/widgets", request=rows, curls=[curl]))
    [found] = only(lint_rst(text), "DOC209")
    assert (found.location and found.location.line) == line_of(text, "``owner``")
    assert (
        found.message
        == "'owner' is listed with the request body values, but its description says it is a query parameter"
    )


def test_doc209_not_reported_for_a_plain_body_field() -> None:
    curl = 'curl -X POST \\\n  https://api.example.com/api/v1/widgets \\\n  -d \'{"name": "a"}\''
    text = document(endpoint(method="POST", path="/api/v1/widgets", request=FIELDS[:1], curls=[curl]))
    assert only(lint_rst(text), "DOC209") == []


def test_doc210_path_parameter_spelled_two_ways_in_the_section() -> None:
    prose = "GET calls to ``/api/v1/widgets/{widgetID}`` return one widget."
    text = document(endpoint(prose=prose))
    [found] = only(lint_rst(text), "DOC210")
    assert (found.location and found.location.line) == line_of(text, "{widgetID}")
    assert "spells path parameter {widgetID} for {widget_id}" in found.message
    assert f"table (line {line_of(text, '* - GET')})" in found.message


def test_doc210_path_parameter_spelled_another_way_in_the_endpoint_list() -> None:
    text = document(endpoint(), index=[("/widgets/{widgetID}", PATH, LABEL)])
    [found] = only(lint_rst(text), "DOC210")
    assert (found.location and found.location.line) == line_of(text, "- **/widgets/{widgetID}**")
    assert (
        found.message
        == f"endpoint list writes '/widgets/{{widgetID}}' ({{widgetID}} for {{widget_id}}); the section's table has '{PATH}'"
    )


def test_doc210_not_reported_for_one_spelling() -> None:
    text = document(
        endpoint(prose=f"GET calls to ``{PATH}`` return one widget."),
        index=[("/widgets/{widget_id}", PATH, LABEL)],
    )
    assert only(lint_rst(text), "DOC210") == []
