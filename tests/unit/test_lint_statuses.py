"""Documented statuses against example responses: DOC211, DOC213."""

from __future__ import annotations

from tests.rst_helpers import document, endpoint, line_of, lint_rst, only

STATUS_LIST = """==========
Responses
==========

    201 Created - The widget was made.

    400 Bad Request - The body is invalid.
"""


def test_doc211_documented_status_without_example() -> None:
    text = document(
        endpoint(
            method="POST", path="/api/v1/widgets", curls=(), response=(), example=None, extra=STATUS_LIST
        )
    )
    [found] = only(lint_rst(text), "DOC211")
    assert (found.location and found.location.line) == line_of(text, "201 Created")
    assert found.message == "POST /api/v1/widgets documents status 201 but shows no example response for it"


def test_doc211_not_reported_for_204_or_a_shown_example() -> None:
    no_content = STATUS_LIST.replace("201 Created", "204 No Content")
    text = document(
        endpoint(
            method="DELETE",
            path="/api/v1/widgets/{widget_id}",
            curls=(),
            response=(),
            example=None,
            extra=no_content,
        )
    )
    assert only(lint_rst(text), "DOC211") == []
    assert only(lint_rst(document(endpoint())), "DOC211") == []


def test_doc213_example_status_contradicts_the_prose() -> None:
    prose = "POST calls to the ``widgets`` endpoint make a widget and answer 201 Created."
    curl = 'curl -X POST \\\n  https://api.example.com/api/v1/widgets \\\n  -d \'{"name": "a"}\''
    text = document(
        endpoint(
            method="POST",
            path="/api/v1/widgets",
            prose=prose,
            request=[("name", "string", "The name.")],
            curls=[curl],
        )
    )
    [found] = only(lint_rst(text), "DOC213")
    assert (found.location and found.location.line) == line_of(text, "A sample response with a status")
    assert (
        found.message
        == f"the example response has status 200 OK, but the prose at line {line_of(text, 'answer 201 Created')} says 201 Created"
    )


def test_doc213_not_reported_when_prose_and_example_agree() -> None:
    prose = "GET calls to the ``widgets`` endpoint answer 200 OK with the widget."
    assert only(lint_rst(document(endpoint(prose=prose))), "DOC213") == []


def test_a_status_lines_first_character_is_one_the_quick_test_lets_through() -> None:
    """``_another_methods_status`` reads a paragraph as a status line only when it starts with a
    character of ``_STATUS_LINE_STARTS``: no other character begins a match of STATUS_LINE
    (case-insensitive, so Unicode's case folds count too)."""
    import sys

    from rstapi.lint.statuses import _STATUS_LINE_STARTS
    from rstapi.rst import vocabulary as vocab

    rests = ("TTP 200 OK", "tatus 200 OK", "tatus code 201", "200 OK", "00 Created", "`200`")
    starting = {
        character
        for character in map(chr, range(sys.maxunicode + 1))
        if any(vocab.STATUS_LINE.match(character + rest) for rest in rests)
    }
    assert starting <= _STATUS_LINE_STARTS
    assert {"H", "s", "`", "2"} <= starting


def test_a_status_phrase_starts_where_the_quick_test_finds_a_code() -> None:
    """``_status_paragraphs`` passes a paragraph in which ``_CODE`` finds nothing: every match of
    STATUS_PHRASE starts with what _CODE matches (the same character classes, Unicode digits too)."""
    from rstapi.lint.statuses import _CODE
    from rstapi.rst import vocabulary as vocab

    for text in ("returns 200 OK", "status \u0662\u0660\u0660 ignored", "1\u0669\u0669 Custom", "x/200 OK"):
        for match in vocab.STATUS_PHRASE.finditer(text):
            assert _CODE.match(text, match.start())
    assert _CODE.search("2\u0660\u0660") and vocab.STATUS_PHRASE.search("2\u0660\u0660 Created")
    assert not _CODE.search("no code here, 600 or 42")
