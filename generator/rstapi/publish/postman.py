"""A Postman collection (format v2.1) from the spec: folders by tag, one request per operation.

Every id is derived from the spec's names (uuid5), so the same spec gives the same bytes. Requests
carry the reference's examples; the collection authenticates with `Authorization: <prefix>
{{access_token}}` (the spec's auth prefix, e.g. JWT), and its pre-request script fetches that token
with client credentials from the operation marked `x-rstapi-token-endpoint` whenever it is missing
or expired. Without such an operation the user gives the access token (the only credential variable);
a spec with no secured operation asks for none.
"""

from __future__ import annotations

import json
from typing import Any

from rstapi.openapi.auth import auth_prefix
from rstapi.openapi.refs import resolve
from rstapi.publish.operations import SpecOperation, example_value, has_example, spec_operations
from rstapi.publish.postman_items import NO_AUTH, item_id, request_item, token_form
from rstapi.publish.postman_scripts import token_script

__all__ = ["SCHEMA_URL", "collection_from_spec", "dump_collection"]

SCHEMA_URL = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
_FALLBACK_BASE_URL = "http://localhost"


def collection_from_spec(spec: dict[str, Any], *, base_url: str | None = None) -> dict[str, Any]:
    """The Postman v2.1 collection for `spec`; `base_url` overrides the spec's first server."""
    operations = spec_operations(spec)
    secured = any(operation.secured for operation in operations)
    fetched = any(operation.is_token_endpoint for operation in operations)
    collection: dict[str, Any] = {
        "info": _info(spec),
        "item": _items(spec, operations),
        "auth": _auth(spec) if secured else NO_AUTH,
        "event": _events(spec, operations),
        "variable": _variables(base_url or default_base_url(spec), _credentials(spec, secured, fetched)),
    }
    return collection


def dump_collection(collection: dict[str, Any]) -> str:
    """The collection as the JSON text written to disk (stable formatting, final newline)."""
    return json.dumps(collection, indent=2, ensure_ascii=False) + "\n"


def _auth(spec: dict[str, Any]) -> dict[str, Any]:
    """Every request sends `Authorization: <prefix> {{access_token}}`."""
    return {
        "type": "apikey",
        "apikey": [
            {"key": "key", "value": "Authorization", "type": "string"},
            {"key": "value", "value": auth_prefix(spec) + " {{access_token}}", "type": "string"},
            {"key": "in", "value": "header", "type": "string"},
        ],
    }


def _info(spec: dict[str, Any]) -> dict[str, Any]:
    info = spec.get("info") or {}
    name = str(info.get("title") or "API")
    return {
        "_postman_id": item_id("collection", name),
        "name": name,
        "description": str(info.get("description") or ""),
        "version": str(info.get("version") or ""),
        "schema": SCHEMA_URL,
    }


def default_base_url(spec: dict[str, Any]) -> str:
    """The spec's first server URL with its variables at their defaults, without a trailing slash."""
    servers = spec.get("servers") or [{}]
    server = servers[0] if isinstance(servers[0], dict) else {}
    url = str(server.get("url") or _FALLBACK_BASE_URL)
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace(f"{{{name}}}", str(variable.get("default", "")))
    return url.rstrip("/") or _FALLBACK_BASE_URL


def _items(spec: dict[str, Any], operations: list[SpecOperation]) -> list[dict[str, Any]]:
    """A folder per tag (the spec's tag order first), each operation in its first tag's folder."""
    folders: dict[str, list[dict[str, Any]]] = {str(tag.get("name")): [] for tag in spec.get("tags") or []}
    loose: list[dict[str, Any]] = []
    for operation in operations:
        tags = operation.operation.get("tags") or []
        target = folders.setdefault(str(tags[0]), []) if tags else loose
        target.append(request_item(spec, operation))
    descriptions = {str(tag.get("name")): tag.get("description") for tag in spec.get("tags") or []}
    return [_folder(name, items, descriptions.get(name)) for name, items in folders.items() if items] + loose


def _folder(name: str, items: list[dict[str, Any]], description: Any) -> dict[str, Any]:
    folder: dict[str, Any] = {"id": item_id("folder", name), "name": name, "item": items}
    if description:
        folder["description"] = str(description)
    return folder


def _events(spec: dict[str, Any], operations: list[SpecOperation]) -> list[dict[str, Any]]:
    token = next((operation for operation in operations if operation.is_token_endpoint), None)
    if token is None:
        return []
    skip = [item_id("request", operation.operation_id) for operation in operations if not operation.secured]
    script = token_script("{{baseUrl}}" + token.path, token_form(_token_example(spec, token)), skip)
    return [{"listen": "prerequest", "script": {"type": "text/javascript", "exec": script}}]


def _token_example(spec: dict[str, Any], token: SpecOperation) -> Any:
    body = resolve(spec, token.operation.get("requestBody"))
    content = (body.get("content") if isinstance(body, dict) else None) or {}
    holder: Any = content.get("application/x-www-form-urlencoded") or next(iter(content.values()), {})
    value = example_value(spec, holder) if isinstance(holder, dict) else None
    return value if has_example(value) else {}


def _credentials(spec: dict[str, Any], secured: bool, fetched: bool) -> list[tuple[str, str, str]]:
    """The credential variables: those the token script reads and sets, else the token itself."""
    if not secured:
        return []
    if not fetched:
        said = f"Authorization: {auth_prefix(spec)} <access_token>"
        text = f"Your access token, sent as `{said}` (against `rstapi mock`: the value of its --token)."
        return [("access_token", "", text)]
    return [
        ("client_id", "", "Your API client id (client credentials)."),
        ("client_secret", "", "Your API client secret."),
        ("access_token", "", "Set by the collection's pre-request script; leave empty."),
        ("access_token_expiry", "0", "When access_token expires (ms since the epoch); set by the script."),
    ]


def _variables(base_url: str, credentials: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    described = [
        ("baseUrl", base_url, "Where the API is served; point it at the mock to try the collection."),
        *credentials,
    ]
    return [
        {"key": key, "value": value, "type": "string", "description": text} for key, value, text in described
    ]
