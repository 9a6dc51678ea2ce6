"""curl examples read as curl sends them: ``-G``/``--get`` puts the data in a GET's query string,
``--data-urlencode name=content`` is a body field (a query parameter with ``-G``), what is not read
is RST168; a curl URL's path and query values are their parameters' examples as values of the
parameters' types (RST160 and no example for a text that is none)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.diagnostics import Diagnostic
from rstapi.pipeline import build
from tests.rst_helpers import document, endpoint, line_of, lint_rst, only
from tests.rst_style import field_table, subsection

BASE = "https://api.example.com/api/v1/widgets"
QUERY_ROWS = [
    ("q", "string", "The search."),
    ("lat", "number", "The latitude."),
    ("radius", "integer", "The radius in km."),
    ("open", "boolean", "Only open widgets."),
    ("code", "string", "The widget's code."),
]
PATH_TABLE = subsection("Path Parameters", field_table(("widget_id", "integer", "The widget's number.")))


def _listing(curl: str, rows: list[tuple[str, str, str]] = QUERY_ROWS) -> str:
    return document(endpoint(path="/api/v1/widgets/", curls=[curl], parameters=rows))


def _built(tmp_path: Path, text: str) -> tuple[dict[str, Any], list[Diagnostic]]:
    source = tmp_path / "ref.rst"
    source.write_text(text, encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    assert result.spec is not None
    return result.spec, result.diagnostics


def _parameters(spec: dict[str, Any], path: str, method: str = "get") -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in spec["paths"][path][method].get("parameters", [])}


# ---------------------------------------------------------------- -G / --get


@pytest.mark.parametrize("flag", ["-G", "--get", "-sG"])
def test_get_flag_sends_the_data_as_the_query_of_a_get(tmp_path: Path, flag: str) -> None:
    text = _listing(f'curl {flag} {BASE}/ -d "q=space"')
    found = lint_rst(text)
    assert only(found, "DOC205") == [] and only(found, "RST117") == []
    spec, _ = _built(tmp_path, text)
    assert "requestBody" not in spec["paths"]["/api/v1/widgets/"]["get"]
    assert _parameters(spec, "/api/v1/widgets/")["q"]["example"] == "space"


def test_get_flag_appends_the_data_to_a_query_the_url_has(tmp_path: Path) -> None:
    spec, _ = _built(tmp_path, _listing(f'curl -G "{BASE}/?radius=2" -d "lat=51.5" -d "open=true"'))
    shown = {name: p.get("example") for name, p in _parameters(spec, "/api/v1/widgets/").items()}
    assert shown == {"q": None, "lat": 51.5, "radius": 2, "open": True, "code": None}


def test_get_flag_sends_data_urlencode_content_as_written(tmp_path: Path) -> None:
    spec, diagnostics = _built(tmp_path, _listing(f'curl -G {BASE}/ --data-urlencode "q=space opera & more"'))
    assert _parameters(spec, "/api/v1/widgets/")["q"]["example"] == "space opera & more"
    assert [d for d in diagnostics if d.code in {"DOC205", "DOC207", "RST117", "RST168"}] == []


def test_get_flag_with_a_file_is_rst168_and_the_rest_is_read(tmp_path: Path) -> None:
    text = _listing(f"curl -G {BASE}/ \\\n  -d @query.txt \\\n  -d q=space")
    [unread] = only(lint_rst(text), "RST168")
    assert unread.message == "-d '@query.txt' sends a file's content, which is not read"
    assert (unread.location and unread.location.line) == line_of(text, "-d @query.txt")
    spec, _ = _built(tmp_path, text)
    assert _parameters(spec, "/api/v1/widgets/")["q"]["example"] == "space"


# ---------------------------------------------------------------- --data-urlencode


def test_data_urlencode_in_a_post_is_a_body_field(tmp_path: Path) -> None:
    curl = (
        f'curl -X POST {BASE} \\\n  --data-urlencode "q=space opera" \\\n  --data-urlencode "e=a@b.example"'
    )
    rows = [("q", "string", "The search."), ("e", "string", "The email.")]
    text = document(endpoint(method="POST", path="/api/v1/widgets", request=rows, curls=[curl]))
    assert only(lint_rst(text), "RST117") == [] and only(lint_rst(text), "RST168") == []
    spec, _ = _built(tmp_path, text)
    content = spec["paths"]["/api/v1/widgets"]["post"]["requestBody"]["content"]
    media = content["application/x-www-form-urlencoded"]  # what curl sends, with no Content-Type header
    assert [e["value"] for e in media["examples"].values()] == [{"q": "space opera", "e": "a@b.example"}]


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("@query.txt", "sends a file's content, which is not read"),
        ("q@query.txt", "sends a file's content, which is not read"),
        ("=space", "sends a value without a name; only name=content is read"),
        ("space", "sends a value without a name; only name=content is read"),
    ],
)
def test_data_urlencode_forms_not_read_are_rst168(value: str, why: str) -> None:
    text = _listing(f"curl -G {BASE}/ \\\n  --data-urlencode {value} \\\n  -H 'Accept: application/json'")
    [unread] = only(lint_rst(text), "RST168")
    assert unread.message == f"--data-urlencode {value!r} {why}"
    assert (unread.location and unread.location.line) == line_of(text, f"--data-urlencode {value}")


def test_data_urlencode_beside_a_json_body_is_rst168() -> None:
    curl = f'curl -X POST {BASE} \\\n  -d \'{{"name": "a"}}\' \\\n  --data-urlencode q=x'
    text = document(
        endpoint(method="POST", path="/api/v1/widgets", request=[("name", "string", "N.")], curls=[curl])
    )
    [unread] = only(lint_rst(text), "RST168")
    assert unread.message == "--data-urlencode 'q=x' is not read: curl joins it to the -d body with '&'"


# ---------------------------------------------------------------- examples of the parameter's type


@pytest.mark.parametrize(
    ("url", "name", "example"),
    [
        (f"{BASE}/7/", "widget_id", 7),
        (f"{BASE}/7/?lat=51.5", "lat", 51.5),
        (f"{BASE}/7/?open=true", "open", True),
        (f"{BASE}/7/?radius=2", "radius", 2),
        (f"{BASE}/7/?code=007", "code", "007"),
        (f"{BASE}/7/?q=42", "q", "42"),
    ],
)
def test_curl_url_values_are_examples_of_the_parameters_type(
    tmp_path: Path, url: str, name: str, example: object
) -> None:
    text = document(
        endpoint(
            path="/api/v1/widgets/{widget_id}/",
            curls=[f"curl {url}"],
            parameters=QUERY_ROWS,
            extra=PATH_TABLE,
        )
    )
    spec, diagnostics = _built(tmp_path, text)
    shown = _parameters(spec, "/api/v1/widgets/{widget_id}/")[name]["example"]
    assert (shown, type(shown)) == (example, type(example))
    assert [d for d in diagnostics if d.code == "RST160"] == []


def test_a_curl_value_of_another_type_is_rst160_and_no_example(tmp_path: Path) -> None:
    curl = f"curl {BASE}/abc/?lat=north&open=true"
    text = document(
        endpoint(path="/api/v1/widgets/{widget_id}/", curls=[curl], parameters=QUERY_ROWS, extra=PATH_TABLE)
    )
    spec, diagnostics = _built(tmp_path, text)
    parameters = _parameters(spec, "/api/v1/widgets/{widget_id}/")
    assert "example" not in parameters["widget_id"] and "example" not in parameters["lat"]
    assert parameters["open"]["example"] is True
    found = sorted(d.message for d in diagnostics if d.code == "RST160")
    assert found == [
        "the curl example gives path parameter 'widget_id' the value 'abc', which is not a value of "
        "type integer; the parameter's example is left out",
        "the curl example gives query parameter 'lat' the value 'north', which is not a value of "
        "type number; the parameter's example is left out",
    ]
    assert {d.location and d.location.line for d in diagnostics if d.code == "RST160"} == {
        line_of(text, "/abc/?lat=north")
    }


# ---------------------------------------------------------------- a quoted body over several lines


def test_a_quoted_json_body_over_several_lines_is_the_request_example(tmp_path: Path) -> None:
    """``-d '{`` with the JSON on the lines after it is one shell word (the quote spans the line
    ends); it was a false DOC212 ("line continuation missing") and the request example was lost."""
    curl = (
        f"curl -X POST {BASE} \\\n  -H 'Content-Type: application/json' \\\n"
        '  -d \'{\n    "name": "cog",\n    "size": 2\n  }\''
    )
    rows = [("name", "string", "The name."), ("size", "integer", "The size.")]
    text = document(endpoint(method="POST", path="/api/v1/widgets", request=rows, curls=[curl]))
    assert only(lint_rst(text), "DOC212") == []
    spec, _ = _built(tmp_path, text)
    media = spec["paths"]["/api/v1/widgets"]["post"]["requestBody"]["content"]["application/json"]
    assert [e["value"] for e in media["examples"].values()] == [{"name": "cog", "size": 2}]


def test_a_quote_left_open_to_the_end_is_still_reported() -> None:
    curl = f'curl -X POST {BASE} \\\n  -d \'{{"name": "cog"}}\n  -H \'Accept: application/json\''
    text = document(
        endpoint(method="POST", path="/api/v1/widgets", request=[("name", "string", "N.")], curls=[curl])
    )
    [unclosed] = only(lint_rst(text), "DOC212")
    assert "stray text that is not part of the command" in unclosed.message
