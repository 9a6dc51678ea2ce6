"""Checks on the emitted spec: OpenAPI validity, examples vs schemas, refs, unused components."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
from openapi_spec_validator import OpenAPIV31SpecValidator

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.naming import pointer_token
from rstapi.openapi.refs import SPEC_URI, lookup, spec_registry

__all__ = ["example_errors", "validate_spec"]


def _location(node: Any) -> SourceLocation | None:
    source = node.get("x-rst-source") if isinstance(node, dict) else None
    if not isinstance(source, str):
        return None
    path, _, line = source.rpartition(":")
    return SourceLocation(path, int(line)) if line.isdigit() else SourceLocation(source)


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{pointer_token(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def validate_spec(spec: dict[str, Any]) -> list[Diagnostic]:
    """Everything wrong with the spec; the spec is valid OpenAPI 3.1 when this is empty of errors."""
    diagnostics = [
        Diagnostic(
            "SPEC400",
            error.message[:300],
            pointer="/" + "/".join(pointer_token(str(p)) for p in error.absolute_path),
        )
        for error in OpenAPIV31SpecValidator(spec).iter_errors()
    ]
    diagnostics += _refs(spec)
    diagnostics += _unused(spec)
    diagnostics += example_errors(spec)
    return diagnostics


def _refs(spec: dict[str, Any]) -> list[Diagnostic]:
    found = []
    for pointer, node in _walk(spec):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and lookup(spec, ref) is None:
            found.append(Diagnostic("SPEC403", f"$ref {ref!r} does not resolve", pointer=pointer))
    return found


def _unused(spec: dict[str, Any]) -> list[Diagnostic]:
    refs = {
        node["$ref"]
        for _, node in _walk(spec)
        if isinstance(node, dict) and isinstance(node.get("$ref"), str)
    }
    found = []
    for kind, entries in spec.get("components", {}).items():
        if kind == "securitySchemes" or not isinstance(entries, dict):
            continue
        for name, node in entries.items():
            if f"#/components/{kind}/{pointer_token(name)}" not in refs:
                found.append(
                    Diagnostic(
                        "SPEC402",
                        f"components/{kind}/{name} is never used",
                        _location(node),
                        pointer=f"/components/{kind}/{pointer_token(name)}",
                    )
                )
    return found


def _media_types(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            base = f"/paths/{pointer_token(path)}/{method}"
            body = operation.get("requestBody", {})
            for media, content in body.get("content", {}).items():
                yield f"{base}/requestBody/content/{pointer_token(media)}", content
            for status, response in operation.get("responses", {}).items():
                for media, content in response.get("content", {}).items():
                    yield f"{base}/responses/{status}/content/{pointer_token(media)}", content


def example_errors(spec: dict[str, Any]) -> list[Diagnostic]:
    """Each example that does not validate against the schema next to it (SPEC401)."""
    registry = spec_registry(spec)
    found = []
    for pointer, media in _media_types(spec):
        if "schema" not in media:
            continue
        validator = jsonschema.Draft202012Validator(
            {"$ref": f"{SPEC_URI}#{pointer}/schema"}, registry=registry
        )
        for name, example in media.get("examples", {}).items():
            if not isinstance(example, dict) or "value" not in example:
                continue
            error = jsonschema.exceptions.best_match(validator.iter_errors(example["value"]))
            if error is not None:
                where = "/" + "/".join(str(p) for p in error.absolute_path)
                message = f"example {name!r} at {where}: {error.message[:200]}"
                found.append(
                    Diagnostic(
                        "SPEC401",
                        message,
                        _location(example),
                        pointer=f"{pointer}/examples/{pointer_token(name)}",
                    )
                )
    return found
