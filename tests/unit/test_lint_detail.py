"""DOC215: a detail curl example asking for an item its example response does not show."""

from __future__ import annotations

from tests.rst_helpers import CURL, document, endpoint, line_of, lint_rst, only


def test_doc215_curl_asks_for_another_item() -> None:
    text = document(endpoint(example='{"widget_id": "7", "name": "a", "size": 1}'))
    found = only(lint_rst(text), "DOC215")
    assert len(found) == 1
    assert found[0].location is not None and found[0].location.line == line_of(text, "curl -X GET")
    assert "asks for widget_id '42'" in found[0].message and "404" in found[0].message


def test_doc215_says_a_service_gives_another_item_or_a_404_not_always_a_404() -> None:
    """Following the doc against a service that has item 42 gives item 42, another item than the
    example shows; the message claimed it always gives a 404."""
    text = document(endpoint(example='{"widget_id": "7", "name": "a", "size": 1}'))
    found = only(lint_rst(text), "DOC215")
    assert len(found) == 1
    assert "another item than the one shown, or a 404 where it has no such item" in found[0].message
    assert "gives a 404" not in found[0].message
    assert found[0].pointer == "/paths/~1api~1v1~1widgets~1{widget_id}/get/parameters"


def test_doc215_passes_when_the_example_is_the_requested_item() -> None:
    assert only(lint_rst(document(endpoint())), "DOC215") == []


def test_doc215_ignores_list_endpoints_and_template_urls() -> None:
    listing = endpoint(path="/api/v1/widgets", curls=[CURL.replace("/widgets/42", "/widgets")])
    template = endpoint("other", curls=[CURL.replace("/widgets/42", "/widgets/{{widget_id}}")])
    assert only(lint_rst(document(listing, template)), "DOC215") == []


def test_doc215_passes_when_the_example_gives_the_requested_id_as_a_number() -> None:
    """The URL spells the id as text ("/widgets/42"); the example may give it as a number."""
    text = document(endpoint(example='{"widget_id": 42, "name": "a", "size": 1}'))
    assert only(lint_rst(text), "DOC215") == []
    other = document(endpoint(example='{"widget_id": 7, "name": "a", "size": 1}'))
    assert len(only(lint_rst(other), "DOC215")) == 1
