"""The reference as the contract run reads it: where each documented fact is (JSON pointer -> RST
file:line), which error bodies are documented at all, and which parts of a response it does not mention.

An error response (4xx/5xx) whose body schema has no RST source is a shape the toolkit invented (the
overlay's `Error`, which describes the mock): the run keeps the status as documented but does not check
the body against that shape unless asked (`check_invented_bodies`), so a real service's own error
bodies (Django REST framework's `{"detail": ...}`, an HTML page) are not reported as breakage.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

import attrs

from rstapi.naming import pointer_token
from rstapi.openapi.refs import SPEC_URI, lookup, spec_registry
from rstapi.openapi.sourcemap import overlay_source, source_for, sourcemap_from_spec
from rstapi.records import Record

__all__ = ["Reference", "Unmentioned", "contract_document"]

_HOPS = 32


@attrs.frozen(repr=False)
class Unmentioned(Record):
    """An object in a response with keys the reference does not document (and ones it lacks)."""

    instance_path: str  # JSON pointer into the body
    schema_pointer: str  # JSON pointer into the spec
    extra: tuple[str, ...]
    missing: tuple[str, ...]
    present: int  # documented keys the object has
    # The pointer of an array documented without item rows (its items' keys, all of them, are
    # extra: the run cannot judge the items), else "".
    rowless_array: str = ""

    @property
    def other_shape(self) -> bool:
        """Most documented keys are absent and undocumented ones stand in their place: not the
        documented object plus extras (drift) but another object (a contradiction)."""
        return bool(self.missing) and len(self.missing) >= self.present


class Reference:
    """The spec and its source map, with the look-ups a contract run needs."""

    def __init__(self, spec: dict[str, Any], sourcemap: Mapping[str, str] | None = None) -> None:
        self.spec = spec
        self.sourcemap = sourcemap if sourcemap is not None else sourcemap_from_spec(spec)
        self._operations: dict[str, tuple[str, str]] = {}
        for path, item in (spec.get("paths") or {}).items():
            for method in item if isinstance(item, dict) else ():
                self._operations[f"{method.upper()} {path}"] = (path, method)
        self._validators: dict[str, Any] = {}  # schema pointer -> its jsonschema validator
        self._registry: Any = None

    def source(self, pointer: str) -> str | None:
        return source_for(self.sourcemap, pointer)

    def overlays(self, source: str | None) -> bool:
        """`source` is a line of the overlay: a rule only the overlay states, not the reference."""
        return overlay_source(self.sourcemap, source)

    def last_status_source(self, label: str) -> str | None:
        """The last line documenting one of the operation's statuses: where a writer adds another
        (None when no status has a line of its own)."""
        base = f"{self.operation_pointer(label)}/responses"
        return _last(
            [
                self.sourcemap.get(f"{base}/{pointer_token(status)}")
                for status in self.documented_statuses(label)
            ]
        )

    def last_row(self, schema_pointer: str) -> tuple[str, str] | None:
        """(source, name) of the last documented row (property) of the object schema at
        `schema_pointer`: the row a writer adds one for a field it lacks below (None when no row
        has a line)."""
        pointer = self.resolve(schema_pointer)
        properties = (self.node(pointer) or {}).get("properties")
        names = list(properties) if isinstance(properties, dict) else []
        rows = {self.sourcemap.get(f"{pointer}/properties/{pointer_token(name)}"): name for name in names}
        last = _last(list(rows))
        return (last, rows[last]) if last is not None else None

    def operation_pointer(self, label: str) -> str:
        path, method = self._operations.get(label, ("", ""))
        return f"/paths/{pointer_token(path)}/{method}" if path else ""

    def operation(self, label: str) -> dict[str, Any]:
        node = lookup(self.spec, "#" + self.operation_pointer(label)) if label in self._operations else None
        return node if isinstance(node, dict) else {}

    def documented_statuses(self, label: str) -> tuple[str, ...]:
        return tuple(str(status) for status in self.operation(label).get("responses") or {})

    def response_pointer(self, label: str, status: int) -> str | None:
        """The response documented for `status` (exact, then "2XX", then "default"), resolved."""
        responses = self.operation(label).get("responses") or {}
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                return self.resolve(f"{self.operation_pointer(label)}/responses/{key}")
        return None

    def body_schema_pointer(self, response_pointer: str) -> str | None:
        response = self.node(response_pointer)
        content = response.get("content") if isinstance(response, dict) else None
        for media, entry in (content or {}).items():
            if "json" in media and isinstance(entry, dict) and "schema" in entry:
                return self.resolve(f"{response_pointer}/content/{pointer_token(media)}/schema")
        return None

    def node(self, pointer: str) -> Any:
        return lookup(self.spec, "#" + pointer)

    def schema_at(self, schema_pointer: str, instance_path: Iterator[str] | list[str]) -> str:
        """The pointer of the schema documenting `instance_path` (body tokens), as deep as documented."""
        pointer = self.resolve(schema_pointer)
        for token in instance_path:
            schema = self.node(pointer)
            if not isinstance(schema, dict):
                break
            properties = schema.get("properties")
            if isinstance(properties, dict) and token in properties:
                pointer = self.resolve(f"{pointer}/properties/{pointer_token(token)}")
            elif token.isdigit() and isinstance(schema.get("items"), dict):
                pointer = self.resolve(f"{pointer}/items")
            else:
                break
        return pointer

    def schema_error(self, body: Any, schema_pointer: str) -> tuple[tuple[str, ...], Any] | None:
        """(instance path, value) of the first place `body` breaks the schema at `schema_pointer`, as
        schemathesis' response_schema_conformance judges it (JSON Schema 2020-12, formats asserted,
        one error reported); None when it conforms."""
        validator = self._validators.get(schema_pointer)
        if validator is None:
            from jsonschema import Draft202012Validator

            if self._registry is None:
                self._registry = spec_registry(self.spec)
            reference = {"$ref": f"{SPEC_URI}#{quote(self.resolve(schema_pointer), safe='/~')}"}
            validator = Draft202012Validator(
                reference, registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER
            )
            self._validators[schema_pointer] = validator
        try:
            error = next(iter(validator.iter_errors(body)), None)
        except (
            Exception
        ):  # a schema jsonschema cannot read (its regex dialect): schemathesis' phases judge it
            return None
        return None if error is None else (tuple(str(token) for token in error.absolute_path), error.instance)

    def unmentioned(self, body: Any, schema_pointer: str) -> list[Unmentioned]:
        """Every object of `body` with keys its documented schema does not list."""
        found: list[Unmentioned] = []
        self._walk(body, self.resolve(schema_pointer), "", found, 0)
        return found

    def _walk(self, value: Any, pointer: str, where: str, found: list[Unmentioned], depth: int) -> None:
        schema = self.node(pointer)
        if depth > _HOPS or not isinstance(schema, dict):
            return
        properties = schema.get("properties")
        if isinstance(value, dict) and isinstance(properties, dict) and properties:
            if schema.get("additionalProperties") in (None, False):
                extra = tuple(key for key in value if key not in properties)
                if extra:
                    missing = tuple(key for key in properties if key not in value)
                    present = len(properties) - len(missing)
                    found.append(Unmentioned(where or "/", pointer, extra, missing, present))
            for key, item in value.items():
                if key in properties:
                    child = self.resolve(f"{pointer}/properties/{pointer_token(key)}")
                    self._walk(item, child, f"{where}/{pointer_token(key)}", found, depth + 1)
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            child = self.resolve(f"{pointer}/items")
            if _documents_no_keys(self.node(child)):
                self._rowless(value, pointer, child, where, found)
                return
            for index, item in enumerate(value):
                self._walk(item, child, f"{where}/{index}", found, depth + 1)

    def _rowless(
        self, value: list[Any], pointer: str, child: str, where: str, found: list[Unmentioned]
    ) -> None:
        """The keys of the objects of an array whose items the reference documents no row of
        (``results`` "array", no ``results[].x``): all undocumented, cited at the array's row."""
        keys = tuple(dict.fromkeys(key for item in value if isinstance(item, dict) for key in item))
        first = next((index for index, item in enumerate(value) if isinstance(item, dict)), None)
        if keys and first is not None:
            found.append(Unmentioned(f"{where}/{first}", child, keys, (), 0, rowless_array=pointer))

    def resolve(self, pointer: str) -> str:
        """Follow `$ref`s from `pointer`; the pointer of the node finally reached."""
        for _ in range(_HOPS):
            node = self.node(pointer)
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return pointer
            pointer = node["$ref"].removeprefix("#")
        return pointer

    def invented(self, schema_pointer: str) -> bool:
        """True when nothing in the RST documents the schema (no source for it or an ancestor, or
        only the overlay's)."""
        source = self.source(self.resolve(schema_pointer))
        return source is None or self.overlays(source)


# Keywords by which an items schema says something of its objects' keys.
_KEY_KEYWORDS = ("properties", "additionalProperties", "patternProperties", "allOf", "anyOf", "oneOf", "$ref")


def _documents_no_keys(schema: Any) -> bool:
    """An items schema that says nothing of its objects' keys (``{}``, ``{"type": "object"}``)."""
    return (
        isinstance(schema, dict)
        and schema.get("type") in (None, "object")
        and not any(keyword in schema for keyword in _KEY_KEYWORDS)
    )


def _last(sources: list[str | None]) -> str | None:
    """The source with the highest line among those of one file (the first file met)."""
    found = [source for source in sources if source and source.rpartition(":")[2].isdigit()]
    if not found:
        return None
    same = [source for source in found if source.rpartition(":")[0] == found[0].rpartition(":")[0]]
    return max(same, key=lambda source: int(source.rpartition(":")[2]))


def contract_document(reference: Reference, *, check_invented_bodies: bool = False) -> dict[str, Any]:
    """A copy of the spec for schemathesis: error responses whose body is an invented shape keep their
    status and description but lose the body schema (see the module docstring)."""
    document = copy.deepcopy(reference.spec)
    if check_invented_bodies:
        return document
    responses_of = [
        (f"/paths/{pointer_token(path)}/{method}/responses", operation.get("responses") or {})
        for path, item in (document.get("paths") or {}).items()
        for method, operation in (item.items() if isinstance(item, dict) else ())
        if isinstance(operation, dict)
    ]
    components = (document.get("components") or {}).get("responses") or {}
    responses_of.append(("/components/responses", components))
    for base, responses in responses_of:
        for status, response in list(responses.items()):
            if str(status)[0] not in "45d" or not isinstance(response, dict):
                continue
            target = response["$ref"].removeprefix("#") if "$ref" in response else f"{base}/{status}"
            resolved_at = reference.resolve(target)
            schema = reference.body_schema_pointer(resolved_at)
            if schema is not None and reference.invented(schema):
                resolved = reference.node(resolved_at)
                kept = {key: value for key, value in resolved.items() if key != "content"}
                responses[status] = {
                    **kept,
                    "description": response.get("description") or kept.get("description", ""),
                }
    return document
