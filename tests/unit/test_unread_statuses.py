"""A house-style status line or status-table row that names no HTTP status (a code outside
100-599, a range such as 4XX, a reason phrase without its code) is RST193 at its line, where it
was left out of the responses without a word; prose that starts with a number is not a status."""

from __future__ import annotations

from pathlib import Path

from rstapi.config import Config
from rstapi.pipeline import build
from tests.rst_style import document, endpoint, line_number, list_table, subsection

LINES = subsection(
    "Response Codes",
    "200 OK - the gadgets\n\n"
    "600 Custom Failure - something odd\n\n"
    "HTTP 099: too early\n\n"
    "4XX Client Error - any client error\n\n"
    "1000 gadgets at most are listed.\n",
)
ROWS = subsection(
    "Status Codes",
    list_table(
        ("Status Code", "Description"),
        ("201 Created", "made one"),
        ("5xx", "a server error"),
        ("Accepted", "queued"),
    ),
)
TEXT = document(
    endpoint(rest=LINES),
    endpoint(title="widgets Endpoint", method="POST", path="/gizmo/v1/widgets", rest=ROWS),
)


def test_what_names_no_status_is_reported_at_its_line(tmp_path: Path) -> None:
    source = tmp_path / "ref.rst"
    source.write_text(TEXT, encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    assert result.spec is not None
    assert list(result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["responses"]) == ["200"]
    assert list(result.spec["paths"]["/gizmo/v1/widgets"]["post"]["responses"]) == ["201"]
    found = {
        (d.location.line if d.location else 0): d.message for d in result.diagnostics if d.code == "RST193"
    }
    expected = {
        line_number(TEXT, "600 Custom Failure"): "'600'",
        line_number(TEXT, "HTTP 099"): "'099'",
        line_number(TEXT, "4XX Client Error"): "'4XX'",
        line_number(TEXT, "- 5xx"): "'5xx'",
        line_number(TEXT, "- Accepted"): "'Accepted'",
    }
    assert {line: message.split(" is not")[0] for line, message in found.items()} == expected
    # each row has its own finding, not also the generic "went into no part of the spec"
    assert not [d for d in result.diagnostics if d.code in {"RST150", "RST151"}]


def test_a_sentence_starting_with_an_informational_code_is_prose(tmp_path: Path) -> None:
    """ "100 requests per minute are allowed." in a status list is a sentence, not status 100; an
    informational status is read when it comes with its reason, and 2xx-5xx with any words."""
    lines = subsection(
        "Response Codes",
        "100 requests per minute are allowed.\n\n"
        "101 Switching Protocols - the socket opens\n\n"
        "404 if the gadget does not exist\n",
    )
    text = document(endpoint(rest=lines))
    source = tmp_path / "ref.rst"
    source.write_text(text, encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    assert result.spec is not None
    responses = result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["responses"]
    assert "100" not in responses and {"101", "404"} <= set(responses)
    assert responses["404"]["description"] == "if the gadget does not exist"
    assert not [d for d in result.diagnostics if d.code == "RST193"]
