"""Checks on the emitted spec: OpenAPI validity, examples vs schemas, refs, unused components.

Every check is total: an exception inside a validator (a schema with an unknown type, a $ref
that points nowhere) becomes a diagnostic with the JSON pointer, never a traceback. The repairs
beside them (``drop_malformed_paths``, ``drop_examples``) remove what cannot stay in a valid spec.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import string
import urllib.parse
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.naming import pointer_parts, pointer_token
from rstapi.openapi.cow import Writable
from rstapi.openapi.refs import SPEC_URI, lookup
from rstapi.openapi.sourcemap import EXAMPLE_SOURCE_KEY, INLINE_KEYS, SOURCE_KEY
from rstapi.openapi.structure import BELOW, DATA, ITEMS, OBJECT, OPERATION_METHODS, ROOT, SCHEMA, SCHEMAS

__all__ = [
    "drop_examples",
    "drop_invalid_operations",
    "drop_malformed_paths",
    "example_errors",
    "merge_equivalent_paths",
    "once_per_example",
    "validate_spec",
]

# A path template: literal text and {name} parameters, braces never nested, empty or unbalanced.
_PATH_TEMPLATE = re.compile(r"(?:[^{}]|\{[^{}/]+\})*")


def _location(node: Any) -> SourceLocation | None:
    source = node.get("x-rst-source") if isinstance(node, dict) else None
    if not isinstance(source, str):
        return None
    path, _, line = source.rpartition(":")
    return SourceLocation(path, int(line)) if line.isdigit() else SourceLocation(source)


# A node's pointer while the spec is walked: (its parent's chain, its key), the root None. It is
# written out (``_written``) only for a finding: most nodes never need theirs.
_Chain = tuple[Any, Any] | None


def _landmarks(
    spec: Any, sources: set[str] | None = None
) -> tuple[list[tuple[_Chain, Any]], list[tuple[_Chain, str]]]:
    """Every Schema Object (at a ``schema`` key, or in components/schemas) and every string
    ``$ref``, each with the chain of its JSON pointer, in document order: one walk over the
    mappings and lists of the spec's structure (scalars are looked at only where a schema belongs;
    data is not walked: a ``$ref`` or ``schema`` key in an example is the example's). Every mapping
    walked gives its inline source to ``sources``, when given."""
    schemas: list[tuple[_Chain, Any]] = []
    refs: list[tuple[_Chain, str]] = []
    stack: list[tuple[_Chain, int, Any]] = [(None, ROOT, spec)]
    push = stack.append
    while stack:
        chain, kind, node = stack.pop()
        if kind == SCHEMA:
            schemas.append((chain, node))
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                refs.append((chain, ref))
            if sources is not None and isinstance(source := node.get(SOURCE_KEY), str):
                sources.add(source)
            keys, default, extensions = BELOW[kind]
            # pushed last first, so popped in document order: the mappings and lists not of data
            # nor extensions, and a scalar where a Schema Object belongs (a ``schema`` key, an
            # entry of components/schemas), which is a finding; a value's kind is looked up
            # only for those (most values are scalars, passed at once)
            for key, value in reversed(node.items()):
                if isinstance(value, (dict, list)):
                    below = keys.get(key, default)
                    if below != DATA and not (extensions and isinstance(key, str) and key.startswith("x-")):
                        push(((chain, key), below, value))
                elif (key == "schema" or kind == SCHEMAS) and keys.get(key, default) == SCHEMA:
                    push(((chain, key), SCHEMA, value))
        elif isinstance(node, list):
            below = ITEMS.get(kind, OBJECT)
            if below != DATA:
                for index in range(len(node) - 1, -1, -1):
                    value = node[index]
                    if below == SCHEMA or isinstance(value, (dict, list)):
                        push(((chain, index), below, value))
    return schemas, refs


def _written(chain: _Chain) -> str:
    """The JSON pointer a chain stands for."""
    tokens = []
    while chain is not None:
        chain, key = chain
        tokens.append(pointer_token(str(key)))
    return "".join(f"/{token}" for token in reversed(tokens))


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


def merge_equivalent_paths(spec: dict[str, Any]) -> list[Diagnostic]:
    """Fold each path that is an earlier path's template with other parameter names
    (``/users/{username}`` after ``/users/{user_id}``: OpenAPI allows one of them) into that path:
    each of its operations the earlier path lacks moves there with its path parameters renamed
    (SPEC407); one whose method the earlier path has too is left out (SPEC408).
    Path items are the emitted ones; operations are copied, never changed (``emit`` may share them)."""
    paths = spec.get("paths", {})
    found: list[Diagnostic] = []
    first: dict[tuple[str, ...], str] = {}
    for path in list(paths):
        shape = tuple(_PARAMETER.sub("{}", path).split("/"))
        earlier = first.setdefault(shape, path)
        if earlier != path and isinstance(paths[path], dict) and isinstance(paths[earlier], dict):
            found += _fold(paths, path, earlier)
    return found


_PARAMETER = re.compile(r"\{[^{}/]+\}")


def _fold(paths: dict[str, Any], path: str, earlier: str) -> list[Diagnostic]:
    renames = dict(zip(_PARAMETER.findall(path), _PARAMETER.findall(earlier), strict=True))
    names = ", ".join(f"{a[1:-1]} -> {b[1:-1]}" for a, b in renames.items() if a != b)
    said = f"path {path!r} is {earlier!r} with other parameter names ({names}); OpenAPI allows one of them:"
    found = []
    item = paths.pop(path)
    merged = paths[earlier] = dict(paths[earlier])
    for method in (m for m in OPERATION_METHODS if isinstance(item.get(m), dict)):
        operation = item[method]
        pointer = f"/paths/{pointer_token(earlier)}/{method}"
        if method in merged:
            message = f"{said} its {method.upper()} is left out, {earlier!r} has one"
            found.append(Diagnostic("SPEC408", message, _location(operation), pointer=pointer))
            continue
        merged[method] = _renamed(operation, {a[1:-1]: b[1:-1] for a, b in renames.items()})
        message = f"{said} its {method.upper()} is read under {earlier!r}"
        found.append(Diagnostic("SPEC407", message, _location(operation), pointer=pointer))
    return found


def _renamed(operation: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """A copy of ``operation`` whose path parameters carry the names ``names`` maps theirs to."""
    parameters = [
        {**p, "name": names[p["name"]]}
        if isinstance(p, dict) and p.get("in") == "path" and p.get("name") in names
        else p
        for p in operation.get("parameters", [])
    ]
    return {**operation, "parameters": parameters} if "parameters" in operation else dict(operation)


_IN_OPERATION = re.compile(r"^(/paths/[^/]+/(?:get|put|post|delete|options|head|patch|trace))(?:/|$)")


def drop_invalid_operations(
    spec: dict[str, Any], findings: Sequence[Diagnostic]
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The spec without each operation a SPEC400/SPEC403 finding lies in, with SPEC406 at its line.

    A readable document always gives a valid spec: what contradicts OpenAPI inside one operation
    (a parameter given twice, a path parameter not declared) leaves that operation out, not the
    whole spec. Findings elsewhere (a component schema) stay as they are. ``spec`` itself is not
    changed (``openapi/cow.py``: it may be served already).
    """
    dropped: dict[str, Diagnostic] = {}
    writable = Writable(spec)
    for finding in findings:
        match = _IN_OPERATION.match(finding.pointer or "") if finding.code in {"SPEC400", "SPEC403"} else None
        if match is None or match[1] in dropped:
            continue
        _, path, method = pointer_parts(match[1])
        item = writable.at(["paths", path]) or {}
        operation = item.pop(method, None)
        if not any(key in item for key in OPERATION_METHODS):
            (writable.at(["paths"]) or {}).pop(path, None)
        message = f"{method.upper()} {path} is left out of the spec: {finding.message}"
        dropped[match[1]] = Diagnostic("SPEC406", message, _location(operation), pointer=match[1])
    return writable.spec, list(dropped.values())


def drop_examples(spec: dict[str, Any], pointers: Sequence[str]) -> dict[str, Any]:
    """The spec without the examples at ``pointers`` (and an ``examples`` map left empty);
    ``spec`` itself is not changed (``openapi/cow.py``)."""
    writable = Writable(spec)
    for pointer in pointers:
        *parents, name = pointer_parts(pointer)
        node = writable.at(parents)
        if node is None:
            continue
        node.pop(name, None)
        if name == "example":  # a parameter's: where it was read goes with it
            node.pop(EXAMPLE_SOURCE_KEY, None)
        if parents[-1:] == ["examples"] and not node:  # a parameter's or header's map left empty
            (writable.at(parents[:-1]) or {}).pop("examples", None)
    for place in _emptied_examples(writable.spec):
        (writable.at(place) or {}).pop("examples", None)
    return writable.spec


def _emptied_examples(spec: dict[str, Any]) -> list[list[Any]]:
    """The keys leading to each media type whose ``examples`` map is empty."""
    found = []
    for path, item in _entries(spec.get("paths")):
        for method, operation in _entries(item):
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            places = [
                (["requestBody", "content", media], content)
                for media, content in _entries(_get(body, "content"))
            ]
            for status, response in _entries(_get(operation, "responses")):
                places += [
                    (["responses", status, "content", media], content)
                    for media, content in _entries(_get(response, "content"))
                ]
            found += [
                ["paths", path, method, *keys] for keys, content in places if _get(content, "examples") == {}
            ]
    return found


def _get(node: Any, key: str) -> Any:
    return node.get(key) if isinstance(node, dict) else None


def _entries(node: Any) -> list[tuple[Any, Any]]:
    return list(node.items()) if isinstance(node, dict) else []


def _openapi_errors(
    spec: dict[str, Any], registry: Any, meta_valid: set[int] | None = None
) -> list[Diagnostic]:
    """What openapi-spec-validator's OpenAPIV31SpecValidator finds, in a fraction of its time.

    The same two passes: the document against the official OAS 3.1 JSON Schema (compiled once by
    jsonschema-rs), then the rules a JSON Schema cannot say (``_Semantics``). openapi-spec-validator
    stays the oracle: tests/unit/test_validate_parity.py runs both on broken specs.
    """
    try:
        validator = _oas_validator()
        # is_valid stops at the first error, where iter_errors gathers every one (most specs have none)
        found = [
            Diagnostic("SPEC400", error.message[:300], pointer=_pointer_of(list(error.instance_path)))
            for error in ([] if validator.is_valid(spec) else validator.iter_errors(spec))
        ]
    except Exception as error:  # a value jsonschema-rs cannot take, a schema file missing
        found = [
            Diagnostic(
                "SPEC400",
                f"the OpenAPI validator could not run: {type(error).__name__}: {error}"[:300],
                pointer="/",
            )
        ]
    semantics = _Semantics(spec, registry, meta_valid)
    try:
        semantics.check()
    except Exception as error:  # a rule's own failure is a finding too
        where = semantics.found[-1].pointer if semantics.found else "/"
        semantics.found.append(
            Diagnostic(
                "SPEC400",
                f"the OpenAPI validator stopped after {where}: {type(error).__name__}: {error}"[:300],
                pointer=where,
            )
        )
    return found + semantics.found


def _package_file(package: str, relative: str) -> Any:
    """A data file of an installed package, read without importing the package (its import is slow)."""
    found = importlib.util.find_spec(package)
    if found is None or not found.submodule_search_locations:
        raise RuntimeError(f"{package} is not installed")
    return json.loads((Path(next(iter(found.submodule_search_locations))) / relative).read_text("utf-8"))


@functools.cache
def _oas_validator() -> Any:
    """The official OAS 3.1 schema (as openapi-spec-validator ships it), compiled once.

    The build's inline sources are not part of the spec as written (split out beside it): a
    response that is a ``$ref`` may carry one, where OAS 3.1 allows only summary and description,
    so the Reference Object takes them too (everywhere else they are extensions, ``x-...``). The
    spec is checked as it is, not a copy without them.
    """
    import jsonschema_rs

    schema = _package_file("openapi_spec_validator", "resources/schemas/v3.1/schema.json")
    reference = schema.get("$defs", {}).get("reference", {}).get("properties")
    if isinstance(reference, dict):
        reference.update({key: {} for key in INLINE_KEYS})
    return jsonschema_rs.Draft202012Validator(schema)


OAS31_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"
DRAFT202012 = "https://json-schema.org/draft/2020-12/schema"


@functools.cache
def _dialect_validator(dialect: str) -> Any:
    """The meta-schema of a Schema Object dialect (OAS 3.1 base or plain 2020-12), formats asserted
    (a ``pattern`` must be a regex), as openapi-schema-validator's ``check_schema`` does."""
    import jsonschema_rs

    if dialect == DRAFT202012:
        return jsonschema_rs.Draft202012Validator({"$ref": DRAFT202012}, validate_formats=True)
    meta = _package_file("openapi_schema_validator", "schemas/oas3.1/metaschema.json")
    vocabulary = _package_file("openapi_schema_validator", "schemas/oas3.1/vocabularies/base")
    registry = jsonschema_rs.Registry([(meta["$id"], meta), (vocabulary["$id"], vocabulary)])
    return jsonschema_rs.Draft202012Validator(meta, registry=registry, validate_formats=True)


# OpenAPI's integer formats, asserted on defaults as openapi-schema-validator's format checker does.
_INTEGER_FORMATS = {"int32": 32, "int64": 64}


# The keywords of a Schema Object the rules below look into: a schema with none of them is done
# once it is found valid in its dialect.
_SCHEMA_RULED = frozenset({"allOf", "anyOf", "oneOf", "not", "items", "properties", "default"})


class _Semantics:
    """openapi-spec-validator's rules beyond the JSON Schema, on the plain dict: unique tag names and
    operationIds, no duplicate parameter, path parameters declared and used, Schema Objects valid in
    their dialect, ``required`` of an ``allOf`` schema defined, defaults valid against their schema.
    References are followed as the validator follows them; each schema is checked once."""

    def __init__(self, spec: dict[str, Any], registry: Any, meta_valid: set[int] | None = None) -> None:
        self.spec = spec
        self.found: list[Diagnostic] = []
        self.operation_ids: set[Any] = set()
        self.meta_checked: set[int] = set()
        self.meta_valid_ids = set() if meta_valid is None else meta_valid  # ids of schemas found valid
        self.visited: set[int] = set()
        self.registry = registry  # the spec as a jsonschema-rs registry (see _registry)
        dialect = spec.get("jsonSchemaDialect", OAS31_DIALECT)
        self.dialect = dialect if isinstance(dialect, str) else OAS31_DIALECT

    def error(self, message: str, pointer: str = "/") -> None:
        self.found.append(Diagnostic("SPEC400", message[:300], pointer=pointer))

    def at(self, node: Any, pointer: str) -> tuple[Any, str]:
        """``node`` with its $refs followed, and the pointer of where it really is."""
        if not isinstance(node, dict) or "$ref" not in node:  # most nodes: nothing to follow
            return node, pointer
        for _ in range(32):
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not isinstance(ref, str) or not ref.startswith("#"):
                return node, pointer
            pointer, node = ref[1:] or "/", lookup(self.spec, ref)
        return None, pointer

    def check(self) -> None:
        tags = self.spec.get("tags")
        seen: set[Any] = set()
        for tag in tags if isinstance(tags, list) else ():
            name = self.at(tag, "")[0].get("name") if isinstance(self.at(tag, "")[0], dict) else None
            if name in seen:
                self.error(f"Duplicate tag name '{name}'")
            seen.add(name)
        paths, base = self.at(self.spec.get("paths"), "/paths")
        for url, item in paths.items() if isinstance(paths, dict) else ():
            self.path(str(url), *self.at(item, f"{base}/{pointer_token(str(url))}"))
        components, base = self.at(self.spec.get("components"), "/components")
        schemas, base = self.at(
            components.get("schemas") if isinstance(components, dict) else None, f"{base}/schemas"
        )
        for name, schema in schemas.items() if isinstance(schemas, dict) else ():
            self.schema(schema, f"{base}/{pointer_token(str(name))}")

    def path(self, url: str, item: Any, pointer: str) -> None:
        if not isinstance(item, dict):
            return
        shared = self.parameters(*self.at(item.get("parameters"), f"{pointer}/parameters"))
        for method, operation in item.items():
            if method in OPERATION_METHODS:
                self.operation(url, method, *self.at(operation, f"{pointer}/{method}"), shared)

    def operation(self, url: str, method: str, operation: Any, pointer: str, shared: list[str]) -> None:
        if not isinstance(operation, dict):
            return
        if "operationId" in operation:
            identifier = operation["operationId"]
            if identifier is not None and identifier in self.operation_ids:
                self.error(f"Operation ID '{identifier}' for '{method}' in '{url}' is not unique", pointer)
            self.operation_ids.add(identifier)
        responses, base = self.at(operation.get("responses"), f"{pointer}/responses")
        for status, response in responses.items() if isinstance(responses, dict) else ():
            response, where = self.at(response, f"{base}/{pointer_token(str(status))}")
            content, where = self.at(
                response.get("content") if isinstance(response, dict) else None, f"{where}/content"
            )
            for media, media_type in content.items() if isinstance(content, dict) else ():
                media_type, inner = self.at(media_type, f"{where}/{pointer_token(str(media))}")
                if isinstance(media_type, dict) and "schema" in media_type:
                    self.schema(media_type["schema"], f"{inner}/schema")
        declared = set(
            self.parameters(*self.at(operation.get("parameters"), f"{pointer}/parameters")) + shared
        )
        in_url = {field for _, field, _, _ in string.Formatter().parse(url) if field}
        for name in sorted(in_url - declared) + sorted(declared - in_url):
            self.error(
                f"Path parameter '{name}' for '{method}' operation in '{url}' was not resolved", pointer
            )

    def parameters(self, parameters: Any, pointer: str) -> list[str]:
        """Check a parameter list; the names of its path parameters."""
        seen: set[tuple[Any, Any]] = set()
        names = []
        for index, parameter in enumerate(parameters if isinstance(parameters, list) else ()):
            parameter, where = self.at(parameter, f"{pointer}/{index}")
            if not isinstance(parameter, dict):
                continue
            if "schema" in parameter:
                self.schema(parameter["schema"], f"{where}/schema")
            key = (parameter.get("name"), parameter.get("in"))
            if key in seen:
                self.error(f"Duplicate parameter '{parameter.get('name')}'", where)
            seen.add(key)
            if parameter.get("in") == "path":
                names.append(str(parameter.get("name")))
        return names

    def schema(self, node: Any, pointer: str, *, top: bool = True, meta_checked: bool = False) -> None:
        schema, pointer = self.at(node, pointer)
        if not isinstance(schema, (dict, bool)):
            self.error(f"{schema!r} is not of type 'object', 'boolean'", pointer)
            return
        if not meta_checked and id(schema) not in self.meta_checked:
            self.meta_checked.add(id(schema))
            if not self.meta_valid(schema, pointer):
                return
            self.meta_valid_ids.add(id(schema))
        if id(schema) in self.visited or isinstance(schema, bool):
            return
        self.visited.add(id(schema))
        if _SCHEMA_RULED.isdisjoint(schema):  # a leaf (``type: string``): nothing below, no rule
            return
        nested: set[str] = set()
        for keyword in ("allOf", "anyOf", "oneOf"):
            for index, inner in enumerate(schema.get(keyword) or ()):
                self.schema(inner, f"{pointer}/{keyword}/{index}", top=False, meta_checked=True)
                if keyword == "allOf":
                    nested |= self.properties(inner)
        for keyword in ("not", "items"):
            if keyword in schema:
                self.schema(schema[keyword], f"{pointer}/{keyword}", top=False, meta_checked=True)
        properties = self.at(schema.get("properties"), "")[0] or {}
        for name, inner in properties.items():
            self.schema(
                inner, f"{pointer}/properties/{pointer_token(str(name))}", top=False, meta_checked=True
            )
        if "allOf" in schema and top:
            extra = set(schema.get("required") or ()) - set(properties) - nested
            if extra:
                self.error(f"Required list has not defined properties: {sorted(extra)}", pointer)
        if "default" in schema and (schema["default"] is not None or schema.get("nullable") is not True):
            self.default(pointer, schema["default"])

    def properties(self, node: Any) -> set[str]:
        """Every property name reachable from a schema (through allOf/anyOf/oneOf, items, not)."""
        schema = self.at(node, "")[0]
        if not isinstance(schema, dict):
            return set()
        names = set(self.at(schema.get("properties"), "")[0] or ())
        for keyword in ("allOf", "anyOf", "oneOf"):
            for inner in schema.get(keyword) or ():
                names |= self.properties(inner)
        for keyword in ("items", "not"):
            if keyword in schema:
                names |= self.properties(schema[keyword])
        return names

    def meta_valid(self, schema: dict[str, Any] | bool, pointer: str) -> bool:
        dialect = schema.get("$schema", self.dialect) if isinstance(schema, dict) else self.dialect
        if dialect not in (OAS31_DIALECT, DRAFT202012):
            self.error(f"Unknown JSON Schema dialect: {dialect!r}", pointer)
            return False
        error = next(iter(_dialect_validator(dialect).iter_errors(schema)), None)
        if error is None:
            return True
        self.error(error.message, pointer + _pointer_of(list(error.instance_path)).rstrip("/"))
        return False

    def default(self, pointer: str, value: Any) -> None:
        """A ``default`` that its own schema rejects (formats asserted, as openapi-spec-validator does)."""
        import jsonschema_rs

        try:
            if self.registry is False:  # a spec jsonschema-rs cannot take: Python's jsonschema can
                messages = _python_errors(self.spec, pointer, value)
            else:
                validator = jsonschema_rs.Draft202012Validator(
                    {"$ref": _uri(pointer)}, registry=self.registry, validate_formats=True
                )
                messages = [error.message for error in validator.iter_errors(value)]
        except Exception as failure:  # an unresolvable $ref, an unknown type: a broken schema
            self.error(f"the schema of a default cannot be compiled: {failure}", pointer)
            return
        # jsonschema-rs asserts formats of strings only; OpenAPI's integer formats are checked here.
        schema = lookup(self.spec, f"#{pointer}")
        fmt = schema.get("format") if isinstance(schema, dict) else None
        bits = _INTEGER_FORMATS.get(fmt) if isinstance(fmt, str) else None
        if bits and type(value) is int and not ~(1 << (bits - 1)) < value < 1 << (bits - 1):
            messages.append(f"{value!r} is not a {fmt!r}")
        for message in messages:
            self.error(f"default {message}", f"{pointer}/default")


@functools.cache
def _meta_validator() -> Any:
    """JSON Schema 2020-12's own meta-schema, compiled once by jsonschema-rs (its vocabularies are
    bundled, so nothing is fetched): about 0.1 ms for the project's schemas, where Python's
    jsonschema takes a quarter of a second."""
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator({"$ref": DRAFT202012})


def _schema_errors(
    schemas: list[tuple[_Chain, Any]], meta_valid: set[int] | frozenset[int] = frozenset()
) -> list[Diagnostic]:
    """Schemas that are not JSON Schema 2020-12 (openapi-spec-validator lets ``type: objest`` pass).

    A schema in ``meta_valid`` (ids) passed the OpenAPI 3.1 dialect's meta-schema (or 2020-12's),
    formats asserted: that dialect is 2020-12's meta-schema and more, applied to every nested
    schema too, so 2020-12's alone finds nothing in it and it is not checked again. Nor is a
    Reference alone (``{"$ref": "#/components/schemas/Pet"}``, most bodies' schemas, which the
    OpenAPI rules follow rather than check): its one keyword takes any string (a URI reference is
    a format, not asserted), so it is valid, and the meta-schema is compiled only when a schema
    needs it."""
    found = []
    for chain, schema in schemas:
        if id(schema) in meta_valid or _reference_alone(schema):
            continue
        if not isinstance(schema, (dict, bool)):
            message = f"a schema must be an object, not {schema!r}"[:300]
            found.append(Diagnostic("SPEC400", message, pointer=_written(chain)))
            continue
        for error in _meta_validator().iter_errors(schema):
            where = _written(chain) + _pointer_of(list(error.instance_path)).rstrip("/")
            found.append(
                Diagnostic("SPEC400", f"not a valid JSON Schema: {error.message}"[:300], pointer=where)
            )
    return found


def _reference_alone(schema: Any) -> bool:
    """A Schema Object that is a string ``$ref`` and nothing else."""
    return type(schema) is dict and len(schema) == 1 and type(schema.get("$ref")) is str


def validate_spec(spec: dict[str, Any], sources: set[str] | None = None) -> list[Diagnostic]:
    """Everything wrong with the spec; the spec is valid OpenAPI 3.1 when this is empty of errors.

    With ``sources``, every inline ``x-rst-source`` of the spec is added to it on the way (what
    the coverage figure reads: ``sourcemap.source_places``, without a walk of its own)."""
    registry = _registry(spec)  # made once for the defaults and the examples
    meta_valid: set[int] = set()  # schemas the OpenAPI rules found valid in their dialect
    diagnostics = _openapi_errors(spec, registry, meta_valid)
    schemas, refs = _landmarks(spec, sources)  # walked once for the three checks below
    diagnostics += _schema_errors(schemas, meta_valid)
    diagnostics += _refs(spec, refs)
    diagnostics += _unused(spec, refs)
    diagnostics += example_errors(spec, registry)
    return diagnostics


def _refs(spec: dict[str, Any], refs: list[tuple[_Chain, str]]) -> list[Diagnostic]:
    found = []
    for chain, ref in refs:
        if lookup(spec, ref) is None:
            found.append(Diagnostic("SPEC403", f"$ref {ref!r} does not resolve", pointer=_written(chain)))
    return found


def _unused(spec: dict[str, Any], refs_at: list[tuple[_Chain, str]]) -> list[Diagnostic]:
    refs = {ref for _, ref in refs_at}
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


def example_errors(spec: dict[str, Any], registry: Any = None) -> list[Diagnostic]:
    """Each example that does not validate against the schema next to it (SPEC401), formats
    included, as a parameter's are: a ``date-time`` field's "yesterday" or a ``uuid``'s "x" is no
    value the API sends or takes, so the example is left out as a wrongly typed one is.

    jsonschema-rs gives the verdict (the spec registered once); Python's jsonschema, imported only
    then, explains an example it rejects or a schema it cannot compile, in the words it always used.
    ``registry`` is the spec's ``_registry`` when the caller has made it already.
    """
    import jsonschema_rs

    if registry is None:
        registry = _registry(spec)
    found = []
    validators: dict[str, Any] = {}  # by the URI of the schema they validate against
    for pointer, media in _media_types(spec):
        examples = media.get("examples", {})
        shown = [
            (name, example)
            for name, example in (examples.items() if isinstance(examples, dict) else ())
            if isinstance(example, dict) and "value" in example
        ]
        if "schema" not in media or not shown:  # no schema compiled for a media type with no example
            continue
        uri = _schema_uri(media["schema"], f"{pointer}/schema")
        if uri not in validators:
            try:
                validators[uri] = registry and jsonschema_rs.Draft202012Validator(
                    {"$ref": uri}, registry=registry, validate_formats=True
                )
            except Exception:  # a broken schema: the slow path says how
                validators[uri] = None
        fast = validators[uri]
        for name, example in shown:
            if fast and _fast_valid(fast, example["value"]):
                continue
            problem = _example_problem(spec, example["value"], f"{pointer}/schema", formats=True)
            if problem is not None:
                found.append(
                    Diagnostic(
                        "SPEC401",
                        f"example {name!r} {problem}; the example is left out of the spec",
                        _location(example),
                        pointer=f"{pointer}/examples/{pointer_token(name)}",
                    )
                )
    return found + _parameter_example_errors(spec, registry)


def once_per_example(findings: list[Diagnostic]) -> list[Diagnostic]:
    """``findings`` with one SPEC401 per body example written in the document: a block that is
    the example of several operations (a section for PUT and PATCH, a fields section's example
    borrowed by each endpoint that shows its object) is refused at each place it stands, under
    each place's name, but it is one block to fix. Drop the examples first (every pointer)."""
    said: set[SourceLocation] = set()
    kept = []
    for finding in findings:
        body = finding.code == "SPEC401" and "/content/" in (finding.pointer or "")
        if body and finding.location is not None:
            if finding.location in said:
                continue
            said.add(finding.location)
        kept.append(finding)
    return kept


def _parameter_example_errors(spec: dict[str, Any], registry: Any) -> list[Diagnostic]:
    """Each example of a parameter or header (its ``example``, its ``examples`` map's values)
    that its own schema refuses, formats included (a parameter's value is a string in a URL or a
    header, which a ``uuid`` or ``date`` format is the whole of): SPEC401 at the example's line,
    naming the line that documents the parameter. A validator is made once per distinct schema."""
    validators: dict[str, Any] = {}
    found = []
    for pointer, node, what in _parameters(spec):
        schema = node.get("schema")
        shown = _parameter_examples(node)
        if not shown or not isinstance(schema, (dict, bool)):
            continue
        fast = _parameter_validator(validators, registry, schema, f"{pointer}/schema")
        for at, value, place in shown:
            if fast and _fast_valid(fast, value):
                continue
            problem = _example_problem(spec, value, f"{pointer}/schema", formats=True)
            if problem is not None:
                found.append(_parameter_finding(what, node, value, problem, place, f"{pointer}/{at}"))
    return found


def _parameter_validator(validators: dict[str, Any], registry: Any, schema: Any, pointer: str) -> Any:
    """jsonschema-rs's validator of the schema at ``pointer``, one per distinct schema (a $ref in
    it names a place of the spec, the same from wherever it is written); None when it cannot be made."""
    import jsonschema_rs

    key = json.dumps(schema, sort_keys=True, default=repr)
    if key not in validators:
        try:
            validators[key] = registry and jsonschema_rs.Draft202012Validator(
                {"$ref": _uri(pointer)}, registry=registry, validate_formats=True
            )
        except Exception:  # a broken schema: the slow path says how
            validators[key] = None
    return validators[key]


def _parameter_examples(node: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """A parameter's examples: (the key under it, the value, the node that says where it is written)."""
    shown: list[tuple[str, Any, Any]] = []
    if "example" in node:
        place = {SOURCE_KEY: node.get(EXAMPLE_SOURCE_KEY, node.get(SOURCE_KEY))}
        shown.append(("example", node["example"], place))
    examples = node.get("examples")
    for name, example in examples.items() if isinstance(examples, dict) else ():
        if isinstance(example, dict) and "value" in example:
            where = example if SOURCE_KEY in example else node
            shown.append((f"examples/{pointer_token(str(name))}", example["value"], where))
    return shown


def _parameter_finding(
    what: str, node: Any, value: Any, problem: str, place: Any, pointer: str
) -> Diagnostic:
    documented = node.get(SOURCE_KEY)
    said = f" (documented at {documented})" if isinstance(documented, str) else ""
    shown = json.dumps(value, default=repr)[:80]
    message = (
        f"{what}{said} has the example {shown}, which its schema refuses: {problem.removeprefix('at /: ')}; "
        "the example is left out of the spec"
    )
    return Diagnostic("SPEC401", message, _location(place), pointer=pointer)


def _parameters(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Each parameter of a path item or operation, each response header and each parameter and
    header component, with its JSON pointer and what it is ("query parameter 'limit'")."""
    for path, item in _items(spec, "paths"):
        base = f"/paths/{pointer_token(path)}"
        yield from _parameter_list(item, base)
        for method, operation in item.items() if isinstance(item, dict) else ():
            if method not in OPERATION_METHODS:
                continue
            yield from _parameter_list(operation, f"{base}/{method}")
            for status, response in _items(operation, "responses"):
                for name, header in _items(response, "headers"):
                    if isinstance(header, dict):
                        where = (
                            f"{base}/{method}/responses/{pointer_token(status)}/headers/{pointer_token(name)}"
                        )
                        yield where, header, f"header {name!r} of the {status} response"
    for name, parameter in _items(spec.get("components"), "parameters"):
        if isinstance(parameter, dict):
            yield f"/components/parameters/{pointer_token(name)}", parameter, f"parameter {name!r}"
    for name, header in _items(spec.get("components"), "headers"):
        if isinstance(header, dict):
            yield f"/components/headers/{pointer_token(name)}", header, f"header {name!r}"


def _parameter_list(node: Any, base: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    parameters = node.get("parameters") if isinstance(node, dict) else None
    for index, parameter in enumerate(parameters if isinstance(parameters, list) else ()):
        if isinstance(parameter, dict) and "$ref" not in parameter:
            what = f"{parameter.get('in')} parameter {parameter.get('name')!r}"
            yield f"{base}/parameters/{index}", parameter, what


def _python_errors(spec: dict[str, Any], pointer: str, value: Any) -> list[str]:
    """Why ``value`` does not conform to the schema at ``pointer``, by Python's jsonschema."""
    import jsonschema

    from rstapi.openapi.refs import spec_registry

    validator = jsonschema.Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=spec_registry(spec),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    return [error.message for error in validator.iter_errors(value)]


def _registry(spec: dict[str, Any]) -> Any:
    """The spec registered for jsonschema-rs at SPEC_URI; False for a spec it cannot take (an
    integer of more than 4,300 digits)."""
    import jsonschema_rs

    try:
        return jsonschema_rs.Registry([(SPEC_URI, spec)])
    except Exception:
        return False


# A reference to a component schema whose name needs no escaping in a URI's fragment.
_COMPONENT_REF = re.compile(r"#/components/schemas/[A-Za-z0-9_.-]+")


def _schema_uri(schema: Any, pointer: str) -> str:
    """The URI of the schema at ``pointer``, for a validator to refer to; for a schema that is a
    ``$ref`` alone to a component schema (most response bodies), the component's: the same
    schema, reached without the percent-encoded path of an operation, and one validator for every
    body that refers to it."""
    if isinstance(schema, dict) and len(schema) == 1:
        ref = schema.get("$ref")
        if isinstance(ref, str) and _COMPONENT_REF.fullmatch(ref):
            return f"{SPEC_URI}{ref}"
    return _uri(pointer)


def _uri(pointer: str) -> str:
    """The spec's node at ``pointer`` as a URI (a fragment cannot hold ``{`` as it is)."""
    return f"{SPEC_URI}#{urllib.parse.quote(pointer, safe='/~')}"


def _fast_valid(validator: Any, value: Any) -> bool:
    try:
        return bool(validator.is_valid(value))
    except Exception:  # a value jsonschema-rs cannot take (a huge integer): the slow path decides
        return False


def _example_problem(spec: dict[str, Any], value: Any, schema: str, *, formats: bool = False) -> str | None:
    """Why ``value`` does not conform (or cannot be checked: the schema itself is broken); with
    ``formats``, a ``format`` the value does not have is a reason too."""
    import jsonschema
    import referencing.exceptions

    from rstapi.openapi.refs import spec_registry

    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER if formats else None
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{schema}"}, registry=spec_registry(spec), format_checker=checker
    )
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
