"""What a third exploratory tester found in the os-api-ref reader, each with a made-up service
inline: a "Parameters" or "Example" subsection inside "Response" (as keystone writes them) is the
response's, and a title that names the response in other words ("Response Headers") is too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.test_osapiref_explored import _build, _entry, _index, _items, _sample, _schema, _spec

_YAML = (
    _entry("X-Subject-Token", "header", "string")
    + _entry("nocatalog", "query", "string", required=False)
    + _entry("auth", "body", "object")
    + _entry("expires_at", "body", "string")
    + _entry("token", "body", "object")
    + _entry("user_name", "body", "string")
)
_FILES = {
    "parameters.yaml": _YAML,
    "token-issue-request.json": '{"auth": {"user_name": "a"}}\n',
    "token-issue-response.json": '{"token": {"expires_at": "2026-01-01T00:00:00Z"}}\n',
}


def _subsection(title: str, body: str, underline: str = "~") -> str:
    return f"{title}\n{underline * len(title)}\n\n{body}"


def _token_operation(response: str) -> str:
    request = _subsection("Parameters", _items("nocatalog: nocatalog", "auth: auth", "user_name: user_name"))
    request += _subsection("Example", _sample("token-issue-request.json"))
    return (
        "Issue a Token\n=============\n\n.. rest_method:: POST /v3/auth/tokens\n\nIssues a token.\n\n"
        "Normal response codes: 201\n\n"
        + _subsection("Request", request, "-")
        + _subsection("Response", response, "-")
    )


def _operation_of(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"]["/v3/auth/tokens"]["post"]
    return found


def test_parameters_and_example_subsections_inside_response_are_the_responses(tmp_path: Path) -> None:
    response = _subsection(
        "Parameters", _items("X-Subject-Token: X-Subject-Token", "token: token", "expires_at: expires_at")
    )
    response += _subsection("Example", _sample("token-issue-response.json"))
    result = _build(tmp_path, {"index.rst": _index(_token_operation(response)), **_FILES})
    spec = _spec(result)
    operation = _operation_of(spec)
    assert [p["name"] for p in operation["parameters"]] == ["nocatalog"]
    request = _schema(spec, operation["requestBody"]["content"]["application/json"]["schema"])
    assert list(request["properties"]) == ["auth"]
    created = operation["responses"]["201"]
    assert created["headers"]["X-Subject-Token"]["description"] == "The X-Subject-Token."
    body = _schema(spec, created["content"]["application/json"]["schema"])
    assert list(body["properties"]) == ["token"]
    assert _schema(spec, body["properties"]["token"])["properties"]["expires_at"]["description"] == (
        "The expires_at."
    )
    assert list(created["content"]["application/json"]["examples"]) == ["token_issue_response"]
    assert [d.code for d in result.diagnostics if d.level.name != "INFO"] == []


def test_a_title_naming_the_response_in_other_words_is_the_responses(tmp_path: Path) -> None:
    response = _subsection("Response Headers", _items("X-Subject-Token: X-Subject-Token"))
    response = response.replace("~", "-")
    text = _token_operation("").replace("Response\n--------\n\n", "") + response
    result = _build(tmp_path, {"index.rst": _index(text), **_FILES})
    operation = _operation_of(_spec(result))
    assert [p["name"] for p in operation["parameters"]] == ["nocatalog"]
    assert list(operation["responses"]["201"]["headers"]) == ["X-Subject-Token"]
