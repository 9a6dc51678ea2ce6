"""A header an endpoint's prose names ("Send the ``X-Request-ID`` header with ...") is not read
into the spec: the house style has no place for headers, and a sentence leaves open whether the
header is required, sent or returned. Each is RST138, once per endpoint, so none is lost without
a word; Accept and Content-Type (the spec's media types) and Authorization (its security scheme)
are said elsewhere and are not reported."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_document, operation
from tests.rst_style import endpoint, field_table, line_number, subsection

_PROSE = (
    "Send the ``X-Request-ID`` header with every call. Requires the ``Authorization`` header.\n\n"
    "The request may carry the header ``X-Tenant: <name>``; resend the ``X-Request-ID`` header on retries.\n\n"
    "Include the ``Accept: application/json`` header."
)
_TABLE = field_table(("echo", "string", "The ``X-Echo`` header's value, as sent."))


def test_a_header_named_in_an_endpoints_prose_is_rst138_once_per_endpoint(tmp_path: Path) -> None:
    first = endpoint(prose=_PROSE, rest=subsection("Response Values", _TABLE))
    second = endpoint(
        title="widgets Endpoint", path="/gizmo/v1/widgets", prose="Send the ``X-Request-ID`` header."
    )
    spec, result, text = build_document(tmp_path, first, second)
    found = [(d.location.line, d.message) for d in result.diagnostics if d.code == "RST138"]
    send, tenant = line_number(text, "Send the ``X-Request-ID``"), line_number(text, "X-Tenant")
    widgets = line_number(text, "Send the ``X-Request-ID`` header.")
    unread = "is not read (the house style reads no header from prose)"
    assert found == [
        (
            send,
            f"header 'X-Request-ID' named in the prose of 'gadgets Endpoint' {unread}; the spec has no such header parameter",
        ),
        (
            tenant,
            f"header 'X-Tenant' named in the prose of 'gadgets Endpoint' {unread}; the spec has no such header parameter",
        ),
        (
            widgets,
            f"header 'X-Request-ID' named in the prose of 'widgets Endpoint' {unread}; the spec has no such header parameter",
        ),
    ]
    assert "parameters" not in operation(spec, "get", "/gizmo/v1/gadgets")  # nothing is guessed into the spec


def test_a_header_named_outside_any_endpoint_is_not_reported(tmp_path: Path) -> None:
    intro = "\n\nEvery call takes the ``X-Request-ID`` header.\n"
    _, result, _ = build_document(tmp_path, intro, endpoint())
    assert [d for d in result.diagnostics if d.code == "RST138"] == []
