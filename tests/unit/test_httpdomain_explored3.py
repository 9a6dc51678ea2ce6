"""httpdomain documents a third exploratory tester wrote: header fields written with a type
(``:resheader integer X-Rate-Limit:``), a signature that is a full URL, and a field whose
description holds a bullet list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, resource
from tests.rst_style import line_number


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


# ---------------------------------------------------------------- 1: a type before a header's name


def test_a_type_word_before_a_header_name_is_its_type(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/things",
        ":reqheader string X-Trace: a trace id",
        ":resheader integer X-Rate-Limit: the requests left",
        ":statuscode 200: ok",
    )
    spec, result = built(tmp_path, text)
    operation: dict[str, Any] = spec["paths"]["/things"]["get"]
    assert [(p["name"], p["in"], p["schema"]) for p in operation["parameters"]] == [
        ("X-Trace", "header", {"type": "string"})
    ]
    headers = operation["responses"]["200"]["headers"]
    assert list(headers) == ["X-Rate-Limit"]
    assert headers["X-Rate-Limit"]["schema"] == {"type": "integer"}
    assert _found(result, "RST164") == []


def test_words_before_a_header_name_that_are_no_type_are_reported(tmp_path: Path) -> None:
    text = resource("get", "/things", ":resheader Retry After: seconds to wait", ":statuscode 200: ok")
    spec, result = built(tmp_path, text)
    headers = spec["paths"]["/things"]["get"]["responses"]["200"]["headers"]
    assert list(headers) == ["After"]
    [(line, message)] = _found(result, "RST164")
    assert line == line_number(text, ":resheader Retry After:")
    assert "'Retry'" in message and "'After'" in message


# ---------------------------------------------------------------- 2: a signature that is a full URL


def test_a_full_url_signature_is_its_path_and_the_server_is_reported(tmp_path: Path) -> None:
    text = resource("get", "https://api.example.com/v1/users/(int:id)", ":statuscode 200: ok")
    spec, result = built(tmp_path, text)
    assert list(spec["paths"]) == ["/v1/users/{id}"]
    assert spec["paths"]["/v1/users/{id}"]["get"]["parameters"][0]["schema"] == {"type": "integer"}
    [(line, message)] = _found(result, "RST164")
    assert line == line_number(text, ".. http:get::")
    assert "https://api.example.com" in message and "/v1/users/{id}" in message


# ---------------------------------------------------------------- 3: a list in a field's description


def test_a_bullet_list_in_a_description_keeps_its_items_apart(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/things",
        ":query sort: the order:",
        "",
        "   - ``name``: by name",
        "   - ``age``: by age",
        "",
        ":statuscode 200: ok",
    )
    spec, _ = built(tmp_path, text)
    [sort] = spec["paths"]["/things"]["get"]["parameters"]
    assert sort["description"] == "the order:\n\n- `name`: by name\n- `age`: by age"
