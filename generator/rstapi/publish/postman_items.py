"""One Postman request item per operation: URL, headers, example body, saved example responses."""

from __future__ import annotations

import json
import uuid
from typing import Any

from rstapi.openapi.refs import resolve
from rstapi.openapi.synthesize import REQUEST, synthesize
from rstapi.publish.operations import (
    SpecOperation,
    documented_responses,
    example_value,
    has_example,
    status_phrase,
    success_response,
)
from rstapi.publish.postman_scripts import test_script
from rstapi.publish.schemas import standalone_schema

__all__ = ["NO_AUTH", "item_id", "request_item", "token_form"]

NO_AUTH: dict[str, Any] = {"type": "noauth"}
_NAMESPACE = uuid.UUID("6f3b0c1e-2d4a-5b6c-8d7e-9f0a1b2c3d4e")
_CREDENTIALS = ("client_id", "client_secret")
_OWN_HEADERS = frozenset({"accept", "content-type", "authorization"})
_NO_EXAMPLE = "No example in the reference: replace this stand-in with a real value."
_NO_BODY_EXAMPLE = (
    "No example body in the reference: the body is a stand-in its schema allows; replace it with real values."
)
# a parameter schema any string satisfies: its stand-in is the parameter's name, which says what to put there
_ANY_STRING = frozenset({"type", "description", "title"})


def item_id(*parts: str) -> str:
    """A stable id for a collection element, derived from names in the spec."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def request_item(spec: dict[str, Any], operation: SpecOperation) -> dict[str, Any]:
    """The request item for `operation`, with its test script and saved example responses."""
    request = _request(spec, operation)
    success = success_response(spec, operation.operation)
    script = test_script(*_expectation(spec, success), keeps_token=operation.is_token_endpoint)
    return {
        "id": item_id("request", operation.operation_id),
        "name": operation.title,  # the summary Swagger UI lists too; the operationId without one
        "request": request,
        "response": _saved_responses(spec, operation, request),
        "event": [{"listen": "test", "script": {"type": "text/javascript", "exec": script}}],
    }


def _expectation(
    spec: dict[str, Any], success: tuple[int, dict[str, Any]] | None
) -> tuple[int, dict[str, Any] | None]:
    if success is None:
        return 200, None
    status, response = success
    media = (response.get("content") or {}).get("application/json")
    schema = media.get("schema") if isinstance(media, dict) else None
    return status, None if schema is None else standalone_schema(spec, schema)


def _request(spec: dict[str, Any], operation: SpecOperation) -> dict[str, Any]:
    request: dict[str, Any] = {
        "method": operation.method,
        "header": [_pair("Accept", _accepted(spec, operation))],
        "url": _url(spec, operation),
        "description": str(operation.operation.get("description") or operation.title),
    }
    request["header"] += [_pair(**param) for param in _parameters(spec, operation, "header")]
    body = _body(spec, operation)
    if body is not None:
        media, request["body"], stand_in = body
        request["header"].append(_pair("Content-Type", media))
        if stand_in:
            request["description"] += f"\n\n{_NO_BODY_EXAMPLE}"
    if not operation.secured:
        request["auth"] = NO_AUTH
    return request


def _accepted(spec: dict[str, Any], operation: SpecOperation) -> str:
    """application/json, or the media types of a success documented in neither JSON nor XML (an
    image), which an API serving only those would refuse application/json for."""
    success = success_response(spec, operation.operation)
    content = success[1].get("content") if success is not None else None
    kinds = [str(kind) for kind in content] if isinstance(content, dict) else []
    if not kinds or any("json" in kind or "xml" in kind or kind == "*/*" for kind in kinds):
        return "application/json"
    return ", ".join(kinds)


def _pair(key: str, value: str, **extra: Any) -> dict[str, Any]:
    return {"key": key, "value": value, **extra}


def _url(spec: dict[str, Any], operation: SpecOperation) -> dict[str, Any]:
    segments = operation.path.strip("/").split("/") if operation.path.strip("/") else []
    segments += [""] if operation.path.endswith("/") and segments else []
    variables = _parameters(spec, operation, "path")
    names = {variable["key"] for variable in variables}
    path = [
        f":{s[1:-1]}" if s[1:-1] in names and s.startswith("{") and s.endswith("}") else s for s in segments
    ]
    query = _parameters(spec, operation, "query")
    enabled = "&".join(f"{q['key']}={q['value']}" for q in query if not q.get("disabled"))
    url: dict[str, Any] = {
        "raw": "{{baseUrl}}/" + "/".join(path) + (f"?{enabled}" if enabled else ""),
        "host": ["{{baseUrl}}"],
        "path": path,
    }
    if query:
        url["query"] = query
    if variables:
        url["variable"] = variables
    return url


def _parameters(spec: dict[str, Any], operation: SpecOperation, location: str) -> list[dict[str, Any]]:
    """Postman key/value entries for the operation's parameters in `location`, with example values."""
    entries: list[dict[str, Any]] = []
    for parameter in operation.parameters:
        name = str(parameter.get("name"))
        if parameter.get("in") != location or (location == "header" and name.lower() in _OWN_HEADERS):
            continue
        entries += _entries(spec, parameter, name, location)
    return entries


def _entries(
    spec: dict[str, Any], parameter: dict[str, Any], name: str, location: str
) -> list[dict[str, Any]]:
    value = example_value(spec, parameter)
    description = str(parameter.get("description") or "")
    if has_example(value):
        values = value if isinstance(value, list) and location == "query" else [value]
        return [_pair(name, _text(item), description=description) for item in values]
    if location == "path" or parameter.get("required"):
        return [
            _pair(name, _stand_in(spec, parameter, name), description=f"{description} {_NO_EXAMPLE}".strip())
        ]
    return [_pair(name, "", description=description, disabled=True)]


def _stand_in(spec: dict[str, Any], parameter: dict[str, Any], name: str) -> str:
    """A value the parameter's schema allows (a UUID for a UUID, within its bounds and pattern),
    so the request is answered; the parameter's name where any string will do."""
    schema = resolve(spec, parameter.get("schema"))
    schema = schema if isinstance(schema, dict) else {}
    if set(schema) <= _ANY_STRING and schema.get("type", "string") == "string":
        return name
    return _text(synthesize(spec, schema))


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _body(spec: dict[str, Any], operation: SpecOperation) -> tuple[str, dict[str, Any], bool] | None:
    """The media type and Postman body of the operation's documented request body, and whether it
    is a stand-in (no example: a value its schema allows, every field of a form, so it is answered)."""
    body = resolve(spec, operation.operation.get("requestBody"))
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    media, holder = next(iter(content.items()))
    holder = holder if isinstance(holder, dict) else {}
    value = example_value(spec, holder)
    stand_in = not has_example(value)
    if stand_in:
        value = synthesize(spec, holder.get("schema", {}), side=REQUEST)
    if media in ("application/x-www-form-urlencoded", "multipart/form-data"):
        fields = token_form(value) if operation.is_token_endpoint else _form(value)
        mode = "urlencoded" if media.endswith("urlencoded") else "formdata"
        return media, {"mode": mode, mode: [_pair(key, text, type="text") for key, text in fields]}, stand_in
    raw = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)
    return media, {"mode": "raw", "raw": raw, "options": {"raw": {"language": _language(media)}}}, stand_in


def _form(value: Any) -> list[tuple[str, str]]:
    return [(str(key), _text(item)) for key, item in value.items()] if isinstance(value, dict) else []


def token_form(value: Any) -> list[tuple[str, str]]:
    """A token request's form fields, the client credentials replaced by collection variables."""
    return [(key, f"{{{{{key}}}}}" if key in _CREDENTIALS else text) for key, text in _form(value)]


def _language(media: str) -> str:
    return "json" if media.endswith("json") else "xml" if media.endswith("xml") else "text"


def _saved_responses(
    spec: dict[str, Any], operation: SpecOperation, request: dict[str, Any]
) -> list[dict[str, Any]]:
    """Every documented example response, saved as Postman example responses."""
    saved: list[dict[str, Any]] = []
    for code, response in documented_responses(spec, operation.operation).items():
        for media, holder in (response.get("content") or {}).items():
            for name, value in _examples(spec, holder):
                saved.append(_saved(operation, request, code, media, name, value))
    return saved


def _examples(spec: dict[str, Any], holder: Any) -> list[tuple[str, Any]]:
    if not isinstance(holder, dict):
        return []
    if "example" in holder:
        return [("example", holder["example"])]
    found = ((str(name), resolve(spec, raw)) for name, raw in (holder.get("examples") or {}).items())
    return [
        (name, example["value"])
        for name, example in found
        if isinstance(example, dict) and "value" in example
    ]


def _saved(
    operation: SpecOperation, request: dict[str, Any], code: int, media: str, name: str, value: Any
) -> dict[str, Any]:
    phrase = status_phrase(code)
    body = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)
    return {
        "id": item_id("response", operation.operation_id, str(code), media, name),
        "name": f"{code} {phrase}: {name}",
        "originalRequest": request,
        "status": phrase,
        "code": code,
        "_postman_previewlanguage": _language(media),
        "header": [_pair("Content-Type", media)],
        "cookie": [],
        "body": body,
    }
