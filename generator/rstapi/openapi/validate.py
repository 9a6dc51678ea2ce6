"""Checks on the emitted spec: OpenAPI validity, examples vs schemas, refs, unused components.

Every check is total: an exception inside a validator (a schema with an unknown type, a $ref
that points nowhere) becomes a diagnostic with the JSON pointer, never a traceback. The repairs
beside them (``drop_malformed_paths``, ``drop_examples``) remove what cannot stay in a valid spec.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any

import jsonschema
import referencing.exceptions
from openapi_spec_validator import OpenAPIV31SpecValidator

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.naming import pointer_token
from rstapi.openapi.refs import SPEC_URI, lookup, spec_registry

__all__ = ["drop_examples", "drop_malformed_paths", "example_errors", "validate_spec"]

# A path template: literal text and {name} parameters, braces never nested, empty or unbalanced.
_PATH_TEMPLATE = re.compile(r"(?:[^{}]|\{[^{}/]+\})*")


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


def _pointer_of(path: Sequence[Any]) -> str:
    return "/" + "/".join(pointer_token(str(p)) for p in path)


def drop_malformed_paths(spec: dict[str, Any]) -> list[Diagnostic]:
    """Remove each path whose template is malformed (``{a/b/{c}``), with SPEC404 at its operation."""
    found = []
    for path in [p for p in spec.get("paths", {}) if not _PATH_TEMPLATE.fullmatch(p)]:
        item = spec["paths"].pop(path)
        operation = next((op for op in item.values() if isinstance(op, dict)), {})
        found.append(
            Diagnostic(
                "SPEC404",
                f"path template {path!r} has an unbalanced or nested '{{'; its operations are left out",
                _location(operation),
                pointer=f"/paths/{pointer_token(path)}",
            )
        )
    return found


def drop_examples(spec: dict[str, Any], pointers: Sequence[str]) -> None:
    """Remove the examples at ``pointers`` (and an ``examples`` map left empty)."""
    for pointer in pointers:
        *parents, name = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
        node: Any = spec
        for part in parents:
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, dict):
            node.pop(name, None)
    for _, media in _media_types(spec):
        if media.get("examples") == {}:
            del media["examples"]


def _openapi_errors(spec: dict[str, Any]) -> list[Diagnostic]:
    found = []
    try:
        for error in OpenAPIV31SpecValidator(spec).iter_errors():
            found.append(Diagnostic("SPEC400", error.message[:300], pointer=_pointer_of(error.absolute_path)))
    except Exception as error:  # the validator's own failures are findings too
        where = found[-1].pointer if found else "/"
        found.append(
            Diagnostic(
                "SPEC400",
                f"the OpenAPI validator stopped after {where}: {type(error).__name__}: {error}"[:300],
                pointer=where,
            )
        )
    return found


@functools.cache
def _meta_validator() -> Any:
    """JSON Schema 2020-12's own meta-schema, compiled once by jsonschema-rs (its vocabularies are
    bundled, so nothing is fetched): about 0.1 ms for the project's schemas, where Python's
    jsonschema takes a quarter of a second."""
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA)


def _schemas(spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every Schema Object at the top of a ``schema`` key or in components/schemas."""
    for pointer, node in _walk(spec):
        if pointer.endswith("/schema") or (
            pointer.startswith("/components/schemas/") and pointer.count("/") == 3
        ):
            yield pointer, node


def _schema_errors(spec: dict[str, Any]) -> list[Diagnostic]:
    """Schemas that are not JSON Schema 2020-12 (openapi-spec-validator lets ``type: objest`` pass)."""
    found = []
    for pointer, schema in _schemas(spec):
        if not isinstance(schema, (dict, bool)):
            found.append(
                Diagnostic("SPEC400", f"a schema must be an object, not {schema!r}"[:300], pointer=pointer)
            )
            continue
        for error in _meta_validator().iter_errors(schema):
            where = pointer + _pointer_of(list(error.instance_path)).rstrip("/")
            found.append(
                Diagnostic("SPEC400", f"not a valid JSON Schema: {error.message}"[:300], pointer=where)
            )
    return found


def validate_spec(spec: dict[str, Any]) -> list[Diagnostic]:
    """Everything wrong with the spec; the spec is valid OpenAPI 3.1 when this is empty of errors."""
    diagnostics = _openapi_errors(spec)
    diagnostics += _schema_errors(spec)
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
    for kind, entries in _items(spec, "components"):
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


def _items(node: Any, key: str) -> list[tuple[str, Any]]:
    """``node[key]``'s entries, or none when either is not a mapping (an overlay can put anything)."""
    value = node.get(key) if isinstance(node, dict) else None
    return [(str(k), v) for k, v in value.items()] if isinstance(value, dict) else []


def _media_types(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in _items(spec, "paths"):
        for method, operation in item.items() if isinstance(item, dict) else ():
            base = f"/paths/{pointer_token(path)}/{method}"
            for media, content in _items(
                operation.get("requestBody") if isinstance(operation, dict) else None, "content"
            ):
                if isinstance(content, dict):
                    yield f"{base}/requestBody/content/{pointer_token(media)}", content
            for status, response in _items(operation, "responses"):
                for media, content in _items(response, "content"):
                    if isinstance(content, dict):
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
        examples = media.get("examples", {})
        for name, example in examples.items() if isinstance(examples, dict) else ():
            if not isinstance(example, dict) or "value" not in example:
                continue
            problem = _example_problem(validator, example["value"], f"{pointer}/schema")
            if problem is not None:
                found.append(
                    Diagnostic(
                        "SPEC401",
                        f"example {name!r} {problem}; the example is left out of the spec",
                        _location(example),
                        pointer=f"{pointer}/examples/{pointer_token(name)}",
                    )
                )
    return found


def _example_problem(validator: jsonschema.Draft202012Validator, value: Any, schema: str) -> str | None:
    """Why ``value`` does not conform (or cannot be checked: the schema itself is broken)."""
    try:
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    except referencing.exceptions.Unresolvable as failure:
        return f"cannot be checked: a $ref in the schema at {schema} does not resolve ({failure})"[:300]
    except jsonschema.exceptions.UnknownType as failure:
        return f"cannot be checked: the schema at {schema} has an unknown type {failure.type!r}"
    except Exception as failure:  # a broken schema is a finding, not a crash
        return f"cannot be checked against the schema at {schema}: {type(failure).__name__}: {failure}"[:300]
    if error is None:
        return None
    where = "/" + "/".join(str(p) for p in error.absolute_path)
    return f"at {where}: {error.message[:200]}"
