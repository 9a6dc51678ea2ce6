"""DOC204 (a field listed twice in one table) and RST115 (a label nothing references)."""

from __future__ import annotations

from tests.rst_helpers import FIELDS, document, endpoint, line_of, lint_rst, only


def test_doc204_field_listed_twice() -> None:
    rows = (*FIELDS, ("name", "string", "The widget's name, again."))
    text = document(endpoint(response=rows))
    [found] = only(lint_rst(text), "DOC204")
    assert (found.location and found.location.line) == line_of(text, "``name``", occurrence=2)
    assert (
        found.message == f"field 'name' is already listed in this table at line {line_of(text, '``name``')}"
    )


def test_doc204_not_reported_for_the_same_name_in_two_tables() -> None:
    text = document(endpoint(request=FIELDS, method="POST", path="/api/v1/widgets", curls=()))
    assert only(lint_rst(text), "DOC204") == []


def test_rst115_label_nothing_references() -> None:
    text = document(endpoint())
    [found] = only(lint_rst(text), "RST115")
    assert (found.location and found.location.line) == line_of(text, ".. _widgets Endpoint:")
    assert found.message == "label 'widgets Endpoint' is never referenced with :ref:"


def test_rst115_not_reported_for_a_label_referenced_in_another_case() -> None:
    text = document(
        endpoint(), index=[("/widgets/{widget_id}", "/api/v1/widgets/{widget_id}", "WIDGETS  endpoint")]
    )
    assert only(lint_rst(text), "RST115") == []
