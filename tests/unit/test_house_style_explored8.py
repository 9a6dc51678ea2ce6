"""What an eighth exploratory round found the house-style reader left out: response headers (a
"Response Headers" table or list), the description of each method of a section for several, and
the introduction of a project's pages (and the notes, tables and code blocks of the root's).

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment (or finding) a user would see.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from rstapi.config import Config
from rstapi.mock import make_app
from rstapi.pipeline import build
from tests.conftest import build_document, codes, operation
from tests.rst_style import (
    code_block,
    document,
    endpoint,
    endpoint_for,
    field_table,
    line_number,
    list_table,
    nested_section,
    subsection,
)

ITEMS = "/gizmo/v1/gadgets"
_REQUEST = field_table(("name", "string", "The gadget's name."))
_HEADERS = list_table(
    ("Header", "Type", "Required", "Description"),
    ("``Location``", "string", "Yes", "The URL of the new gadget."),
    ("``X-RateLimit-Remaining``", "integer", "No", "Calls left this hour."),
)


def _headers(spec: dict[str, Any], method: str, status: str, path: str = ITEMS) -> dict[str, Any]:
    found = operation(spec, method, path)["responses"][status].get("headers", {})
    return {name: {k: v for k, v in header.items() if k != "x-rst-source"} for name, header in found.items()}


def _created(rest: str) -> str:
    statuses = subsection("Response Code", "* 201 Created\n* 400 Bad Request\n")
    return endpoint(
        method="POST",
        prose="POST calls add a gadget.",
        rest=subsection("Request Values", _REQUEST) + statuses + rest,
    )


def test_a_response_headers_table_gives_the_success_its_headers(tmp_path: Path) -> None:
    """The table was RST157 and RST150: the spec had no header for it."""
    spec, result, _ = build_document(tmp_path, _created(subsection("Response Headers", _HEADERS)))
    headers = _headers(spec, "post", "201")
    assert headers == {
        "Location": {
            "required": True,
            "description": "The URL of the new gadget.",
            "schema": {"type": "string"},
        },
        "X-RateLimit-Remaining": {"description": "Calls left this hour.", "schema": {"type": "integer"}},
    }
    assert "headers" not in operation(spec, "post", ITEMS)["responses"]["400"]
    assert not [c for c, _ in codes(result) if c in {"RST157", "RST150", "RST138"}]


def test_headers_inside_response_values_written_as_a_list(tmp_path: Path) -> None:
    """ "Headers" under "Response Values", its headers a list of fields, is the response's."""
    listed = (
        "* ``ETag`` (string, required): The version of the gadget.\n* ``Link`` (string): The next page.\n"
    )
    body = field_table(("id", "integer", "The id.")) + nested_section("Headers", listed)
    rest = subsection("Response Values", body)
    spec, result, _ = build_document(tmp_path, endpoint(rest=rest))
    headers = _headers(spec, "get", "200")
    assert set(headers) == {"ETag", "Link"}
    assert headers["ETag"]["required"] is True
    assert "required" not in headers["Link"]
    # the headers are no array items section of the body: nothing about them is reported
    assert [c for c, _ in codes(result) if c.startswith("RST1")] == ["RST115"]


def test_a_headers_section_naming_a_status_gives_that_status_its_headers(tmp_path: Path) -> None:
    headers = "The ``Retry-After`` header is sent with 429 Too Many Requests.\n\n" + list_table(
        ("Header", "Type", "Description"), ("``Retry-After``", "integer", "Seconds to wait.")
    )
    statuses = subsection("Response Code", "* 200 OK\n* 429 Too Many Requests\n")
    spec, result, _ = build_document(
        tmp_path, endpoint(rest=statuses + subsection("Response Headers", headers))
    )
    assert set(_headers(spec, "get", "429")) == {"Retry-After"}
    assert "RST138" not in [c for c, _ in codes(result)]  # the section's prose names the header it reads
    assert _headers(spec, "get", "200") == {}


def test_the_mock_sends_the_documented_headers(tmp_path: Path) -> None:
    """End to end: the house style's headers reach the mock's reply (it is dialect-blind after the model)."""
    spec, _, _ = build_document(tmp_path, _created(subsection("Response Headers", _HEADERS)))
    app = make_app(spec, static_token="t")

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.post(ITEMS, json={"name": "a"}, headers={"Authorization": "Bearer t"})

    reply = asyncio.run(call())
    assert reply.status_code == 201
    assert "location" in reply.headers


def test_each_method_of_a_shared_section_is_described_by_its_sentences(tmp_path: Path) -> None:
    """Both operations had "GET lists the gadgets. POST adds one." as their description."""
    prose = "The gadgets of a workshop. GET lists the gadgets, newest first. POST adds one. It returns it."
    text = endpoint_for(("GET", "POST"), rest=subsection("Request Values", _REQUEST)).replace(
        "GET calls to the ``gadgets`` endpoint list gadgets.", prose
    )
    spec, _, _ = build_document(tmp_path, text)
    assert operation(spec, "get", ITEMS)["description"] == (
        "The gadgets of a workshop. GET lists the gadgets, newest first."
    )
    assert (
        operation(spec, "post", ITEMS)["description"]
        == "The gadgets of a workshop. POST adds one. It returns it."
    )


def test_a_shared_paragraph_naming_no_method_is_every_methods(tmp_path: Path) -> None:
    prose = "Lists and adds gadgets. Each has a name."
    text = endpoint_for(("GET", "POST"), rest=subsection("Request Values", _REQUEST)).replace(
        "GET calls to the ``gadgets`` endpoint list gadgets.", prose
    )
    spec, _, _ = build_document(tmp_path, text)
    assert operation(spec, "get", ITEMS)["description"] == prose
    assert operation(spec, "post", ITEMS)["description"] == prose


def _project(
    tmp_path: Path, root_intro: str, page_intro: str
) -> tuple[dict[str, Any], list[tuple[str, int]], str]:
    root = f"Gizmo API\n#########\n\n{root_intro}\n\n.. toctree::\n\n   gadgets\n"
    page = document(endpoint(), title="Gadgets").replace("The Gizmo API.", page_intro)
    (tmp_path / "index.rst").write_text(root, encoding="utf-8")
    (tmp_path / "gadgets.rst").write_text(page, encoding="utf-8")
    result = build(Config(sources=(tmp_path / "index.rst",), root=tmp_path))
    assert result.spec is not None
    found = [
        (d.code, d.location.line)
        for d in result.diagnostics
        if d.location and d.location.path.endswith("gadgets.rst")
    ]
    return result.spec, found, page


def test_a_pages_introduction_is_reported_once(tmp_path: Path) -> None:
    """A page's words before its first endpoint were neither used nor reported."""
    spec, found, page = _project(
        tmp_path, "The Gizmo API.", "Gadgets are what a workshop makes.\n\nEach has a size."
    )
    assert spec["info"]["description"] == "The Gizmo API."
    assert [line for code, line in found if code == "RST178"] == [line_number(page, "Gadgets are what")]


def test_the_roots_note_table_and_code_block_are_part_of_the_description(tmp_path: Path) -> None:
    """The root's introduction kept only paragraphs and lists: a note, a table and a code block
    were dropped without a word."""
    intro = (
        "The Gizmo API.\n\n.. note:: All times are UTC.\n\n"
        + code_block("$ curl https://gizmo.example.com/v1/", language="console")
        + "\n"
        + list_table(("Limit", "Value"), ("calls", "100"))
    )
    spec, _, _ = _project(tmp_path, intro, "")
    description = spec["info"]["description"]
    assert "Note: All times are UTC." in description
    assert "$ curl https://gizmo.example.com/v1/" in description
    assert "| calls | 100 |" in description
