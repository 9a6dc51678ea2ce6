"""The reference's literal example request, where the overlay corrected it.

The documented phase starts from the overlay-corrected request (the spec's examples). Where the overlay
replaced a request example the reference shows, the spec keeps the literal one beside it
(`x-rst-literal`, see rstapi.openapi.literal): this module builds the request as the reference writes
it (its literal path and query values and body, the corrected ones elsewhere). The service's answer is
judged as the documented request's is (a documented status), and a finding cites the literal's own
line in the reference and the overlay's correction.
"""

from __future__ import annotations

import copy
import json
from typing import Any
from urllib.parse import quote

import attrs

from rstapi.contract.variants import LITERAL, Request, Variant
from rstapi.naming import pointer_token
from rstapi.openapi.literal import LITERAL_KEY
from rstapi.openapi.refs import resolve

__all__ = ["literal_variant"]

_PCHAR = "~:@+!$&'()*,;="  # what a path segment may hold unencoded (RFC 3986)


def literal_variant(served: dict[str, Any], path: str, method: str, base: Request) -> Variant | None:
    """The reference's literal request for the operation at `path`/`method` of the served document,
    or None when the overlay corrected none of its request examples."""
    operation = served["paths"][path][method]
    request, cites, shown = base, [], []
    body = _literal_body(served, operation)
    if body is not None:
        value, pointer = body
        request = attrs.evolve(request, body=copy.deepcopy(value))
        cites.append(pointer)
        shown.append("its body")
    for index, written in enumerate(operation.get("parameters") or ()):
        parameter = resolve(served, written)
        literal = _literal(parameter, "example")
        if literal is None or not isinstance(parameter, dict):
            continue
        request = _with_parameter(request, path, parameter, literal[0])
        cites.append(f"parameters/{index}/{LITERAL_KEY}/example")
        shown.append(f"{parameter.get('name')} {json.dumps(literal[0])}")
    if not cites:
        return None
    what = f"the reference's literal example request ({', '.join(shown)}; the overlay corrects it)"
    return Variant(request, LITERAL, what, cites=tuple(cites))


def _literal(node: Any, key: str) -> tuple[Any] | None:
    """(the literal value of `key`,) kept on `node`, or None."""
    kept = node.get(LITERAL_KEY) if isinstance(node, dict) else None
    return (kept[key],) if isinstance(kept, dict) and key in kept else None


def _literal_body(served: dict[str, Any], operation: dict[str, Any]) -> tuple[Any, str] | None:
    """The literal of the body example the documented request sends (the first JSON one), with its
    pointer below the operation."""
    written = operation.get("requestBody") or {}
    if "$ref" in written:
        return None
    for media, entry in (written.get("content") or {}).items():
        if "json" not in media or not isinstance(entry, dict):
            continue
        at = f"requestBody/content/{pointer_token(media)}"
        if "example" in entry:
            literal = _literal(entry, "example")
            return (literal[0], f"{at}/{LITERAL_KEY}/example") if literal else None
        for name, example in (entry.get("examples") or {}).items():
            literal = _literal(example, "value")
            pointer = f"{at}/examples/{pointer_token(name)}/{LITERAL_KEY}/value"
            return (literal[0], pointer) if literal else None
    return None


def _with_parameter(request: Request, path: str, parameter: dict[str, Any], value: Any) -> Request:
    """`request` with the parameter's literal value in its place (the path or the query)."""
    name, where = str(parameter.get("name")), parameter.get("in")
    text = str(value).lower() if isinstance(value, bool) else str(value)
    if where == "query":
        query = tuple((key, text if key == name else old) for key, old in request.query)
        return attrs.evolve(request, query=query if (name, text) in query else (*query, (name, text)))
    if where != "path" or "{" + name + "}" not in path:
        return request
    return attrs.evolve(request, path=_fill_one(path, request.path, name, quote(text, safe=_PCHAR)))


def _fill_one(template: str, filled: str, name: str, value: str) -> str:
    """`filled` (the template's parameters filled) with `name`'s segment replaced by `value`."""
    segments, parts = template.split("/"), filled.split("/")
    if len(segments) != len(parts):
        return filled
    return "/".join(
        value if segment == "{" + name + "}" else part for segment, part in zip(segments, parts, strict=True)
    )
