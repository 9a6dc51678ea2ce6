"""Model names an integrator can read: the item of a list is named after the item.

The spec names a list's row schema after the operation when the reference has no name for the
thing (``ListGadgetsResultsItem``, or ``ListGadgetsResponse`` for a table that an overlay turned
into the rows of a page, or for the items of a response that is a bare array, as httpdomain's
``:>jsonarr`` gives; ``UpdateGadgetsPartsRequest`` for those of a request body that is one). For
the client, such an item schema is renamed to the list's own singular (``Gadget``, from the path's
last literal segment), and the objects nested in it follow (``ListGadgetsResultsItemOwner`` is
``GadgetOwner``); a schema named after the reference's thing (``SubscriptionPlan``) keeps its name,
and so does every page. Document-agnostic: the rule reads only the spec's shapes and paths.

    client_spec(spec) -> spec with those components renamed and every $ref following them
"""

from __future__ import annotations

import copy
from typing import Any

from rstapi import naming
from rstapi.openapi import structure

__all__ = ["client_spec", "item_renames"]

PAGE_FIELDS = frozenset({"count", "next", "previous", "results"})
_SCHEMAS = "#/components/schemas/"
_METHODS = ("get", "put", "post", "delete", "patch")


def item_renames(spec: dict[str, Any]) -> dict[str, str]:
    """{old component name: new name} for the operation-named items of lists (a page's results, a
    response or request body that is an array) and the components nested in them."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    renames: dict[str, str] = {}
    for path, operation in _operations(spec):
        stem = naming.pascal(str(operation.get("operationId") or ""))
        new = naming.item_name(path)
        for listed in (_success_schema(operation), _request_schema(operation)):
            item = _item_of(schemas, listed)
            taken = set(schemas) | set(renames.values())
            if item and stem and item.startswith(stem) and new not in taken and item not in renames:
                renames[item] = new
    return {**renames, **_nested_renames(schemas, renames)}


def _nested_renames(schemas: dict[str, Any], renames: dict[str, str]) -> dict[str, str]:
    """The components named after a renamed item's old name and more (its nested objects), named
    after its new one; a name already taken is kept."""
    nested: dict[str, str] = {}
    for old, new in renames.items():
        for name in schemas:
            if name != old and name.startswith(old) and name not in renames:
                wanted = new + name[len(old) :]
                if wanted not in schemas and wanted not in nested.values() and wanted not in renames.values():
                    nested[name] = wanted
    return nested


def client_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` with the items of paginated lists renamed (``spec`` itself when none is)."""
    renames = item_renames(spec)
    if not renames:
        return spec
    renamed: dict[str, Any] = _follow(copy.deepcopy(spec), renames)
    schemas = renamed["components"]["schemas"]
    renamed["components"]["schemas"] = {renames.get(name, name): value for name, value in schemas.items()}
    return renamed


def _operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (path, item[method])
        for path, item in (spec.get("paths") or {}).items()
        if isinstance(item, dict)
        for method in _METHODS
        if isinstance(item.get(method), dict)
    ]


def _success_schema(operation: dict[str, Any]) -> Any:
    for status, response in (operation.get("responses") or {}).items():
        if str(status).startswith("2") and isinstance(response, dict):
            media = (response.get("content") or {}).get("application/json") or {}
            return media.get("schema")
    return None


def _request_schema(operation: dict[str, Any]) -> Any:
    body = operation.get("requestBody")
    content = body.get("content") if isinstance(body, dict) else None
    media = content.get("application/json") if isinstance(content, dict) else None
    return media.get("schema") if isinstance(media, dict) else None


def _item_of(schemas: dict[str, Any], schema: Any) -> str | None:
    """The component name of the items of a page's ``results``, when ``schema`` refers to a page,
    or of ``schema`` itself, when it is an array."""
    if isinstance(schema, dict) and schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        name = _name(schema["items"])
        return name if name in schemas else None
    page = schemas.get(_name(schema)) if isinstance(schema, dict) else None
    properties = page.get("properties") if isinstance(page, dict) else None
    if not isinstance(properties, dict) or not set(properties) >= PAGE_FIELDS:
        return None
    items = properties["results"].get("items") if isinstance(properties["results"], dict) else None
    name = _name(items) if isinstance(items, dict) else ""
    return name if name in schemas else None


def _name(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref")
    return ref.removeprefix(_SCHEMAS) if isinstance(ref, str) and ref.startswith(_SCHEMAS) else ""


def _follow(spec: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    """``spec`` with every ``$ref`` to a renamed component pointing at its new name (in place);
    a ``$ref`` key inside an example or a default is data and stays as written."""
    for holder in structure.ref_holders(spec):
        name = _name(holder)
        if name in renames:
            holder["$ref"] = _SCHEMAS + renames[name]
    return spec
