"""Reading the spec by operationId: parameter examples, request and response examples and schemas.

Every lookup answers None (or an empty value) when the operation or the piece is missing, so the
seed degrades to less data instead of failing.
"""

from __future__ import annotations

from typing import Any

from rstapi.openapi.refs import resolve
from rstapi.openapi.structure import OPERATION_METHODS


class SpecView:
    """The spec's operations indexed by operationId."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._operations: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
        for raw_item in (spec.get("paths") or {}).values():
            item = resolve(spec, raw_item)
            for method in OPERATION_METHODS if isinstance(item, dict) else ():
                operation = item.get(method)
                if isinstance(operation, dict) and "operationId" in operation:
                    self._operations[str(operation["operationId"])] = (item, operation)

    def has(self, operation_id: str | None) -> bool:
        return operation_id in self._operations

    def parameter_example(self, operation_id: str | None, name: str) -> Any:
        item, operation = self._operations.get(operation_id or "", ({}, {}))
        for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            parameter = resolve(self.spec, raw)
            if isinstance(parameter, dict) and parameter.get("name") == name:
                return parameter.get("example")
        return None

    def request_example(self, operation_id: str | None) -> Any:
        operation = self._operations.get(operation_id or "", ({}, {}))[1]
        return _first_example(self.spec, _json_media(self.spec, operation.get("requestBody")))

    def response_example(self, operation_id: str | None) -> Any:
        return _first_example(self.spec, self._success_media(operation_id))

    def response_schema(self, operation_id: str | None) -> Any:
        media = self._success_media(operation_id)
        return resolve(self.spec, media.get("schema")) if media is not None else None

    def request_property(self, operation_id: str | None, name: str) -> Any:
        operation = self._operations.get(operation_id or "", ({}, {}))[1]
        media = _json_media(self.spec, operation.get("requestBody"))
        schema = resolve(self.spec, media.get("schema")) if media is not None else None
        properties = schema.get("properties") if isinstance(schema, dict) else None
        return resolve(self.spec, properties.get(name)) if isinstance(properties, dict) else None

    def _success_media(self, operation_id: str | None) -> dict[str, Any] | None:
        operation = self._operations.get(operation_id or "", ({}, {}))[1]
        responses = operation.get("responses") or {}
        for status in sorted(responses, key=str):
            if str(status).startswith("2"):
                return _json_media(self.spec, responses[status])
        return None


def _json_media(spec: Any, holder: Any) -> dict[str, Any] | None:
    holder = resolve(spec, holder)
    content = holder.get("content") if isinstance(holder, dict) else None
    if not isinstance(content, dict):
        return None
    for media_type, media in content.items():
        if "json" in str(media_type) and isinstance(media, dict):
            return media
    return None


def _first_example(spec: Any, media: dict[str, Any] | None) -> Any:
    if media is None:
        return None
    for raw in (media.get("examples") or {}).values():
        example = resolve(spec, raw)
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return media.get("example")


def page_items(spec: Any, schema: Any) -> Any:
    """The items schema of a page envelope's `results`, or the schema itself when it is not a page."""
    schema = resolve(spec, schema)
    properties = schema.get("properties") if isinstance(schema, dict) else None
    results = resolve(spec, properties.get("results")) if isinstance(properties, dict) else None
    if isinstance(results, dict) and "items" in results:
        return resolve(spec, results["items"])
    return schema
