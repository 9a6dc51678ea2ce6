"""Two specs in, the classified changes out: operations, parameters, bodies, responses, security."""

from __future__ import annotations

import re
from typing import Any

from rstapi.diff.changes import Change, Severity
from rstapi.diff.schemas import BOUNDS, Shape, shape_of
from rstapi.diff.side import Side
from rstapi.naming import pointer_token
from rstapi.openapi.structure import OPERATION_METHODS

__all__ = ["compare"]

_PARAM = re.compile(r"\{[^}]*\}")
_VERSION = re.compile(r"^v\d+(?:\.\d+)*$")
MAX_DEPTH = 24

# (direction, what changed) -> change kind; directions: "request", "response", "parameter".
SCHEMA_KINDS: dict[tuple[str, str], str] = {
    ("request", "type"): "request-type-changed",
    ("response", "type"): "response-type-changed",
    ("parameter", "type"): "parameter-type-changed",
    ("request", "nullable"): "request-now-nullable",
    ("request", "not-nullable"): "request-no-longer-nullable",
    ("parameter", "nullable"): "request-now-nullable",
    ("parameter", "not-nullable"): "request-no-longer-nullable",
    ("response", "nullable"): "response-now-nullable",
    ("response", "not-nullable"): "response-no-longer-nullable",
    ("request", "enum-added"): "request-enum-value-added",
    ("parameter", "enum-added"): "request-enum-value-added",
    ("response", "enum-added"): "response-enum-value-added",
    ("request", "enum-removed"): "request-enum-value-removed",
    ("parameter", "enum-removed"): "request-enum-value-removed",
    ("response", "enum-removed"): "response-enum-value-removed",
    ("request", "narrowed"): "request-values-narrowed",
    ("parameter", "narrowed"): "request-values-narrowed",
    ("response", "narrowed"): "response-values-narrowed",
    ("request", "widened"): "request-values-widened",
    ("parameter", "widened"): "request-values-widened",
    ("response", "widened"): "response-values-widened",
    ("request", "added"): "request-field-added",
    ("request", "required-added"): "required-request-field-added",
    ("response", "added"): "response-field-added",
    ("response", "required-added"): "response-field-added",
    ("request", "removed"): "request-field-removed",
    ("response", "removed"): "response-field-removed",
    ("request", "now-required"): "request-field-now-required",
    ("request", "now-optional"): "request-field-now-optional",
}


def _bound_changes(old: dict[str, float], new: dict[str, float]) -> list[tuple[str, bool]]:
    """Each bound that changed, and whether the values allowed are now fewer (narrowed)."""
    found = []
    for key in BOUNDS:
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if before is None or after is None:
            found.append((key, before is None))  # a bound added narrows, one removed widens
        else:
            found.append((key, after > before if BOUNDS[key] == "low" else after < before))
    return found


def _pattern_change(direction: str, before: str | None, after: str | None) -> str:
    """A pattern added narrows the values, one removed widens them; one expression replaced by
    another may do both, so it is said as the change that breaks on that side (a request's values
    narrowed, a response's widened)."""
    if before is None:
        return "narrowed"
    if after is None:
        return "widened"
    return "widened" if direction == "response" else "narrowed"


def _shown(value: float | None) -> str:
    if value is None:
        return "none"
    return str(int(value)) if value.is_integer() else str(value)


def compare(old: Side, new: Side) -> list[Change]:
    """Every change from ``old`` to ``new``: breaking, then non-breaking, then metadata, each in spec order."""
    differ = _Differ(old, new)
    differ.run()
    found = list(dict.fromkeys(differ.changes))  # one entry per change, first occurrence kept
    order = list(Severity)
    return sorted(found, key=lambda change: order.index(change.severity))


_Key = tuple[str, str]  # (method, path)
_Operations = dict[_Key, tuple[dict[str, Any], str]]  # -> (operation, its JSON pointer)


def _operations(side: Side) -> _Operations:
    found: _Operations = {}
    for path, item in (side.spec.get("paths") or {}).items():
        for method in OPERATION_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                found[(method, path)] = (operation, f"/paths/{pointer_token(path)}/{method}")
    return found


def path_key(path: str, *, version: bool) -> str:
    """A path with parameter names (and, with ``version``, version segments) wildcarded."""
    parts = [_PARAM.sub("{}", part) for part in path.split("/")]
    return "/".join("v*" if version and _VERSION.match(part) else part for part in parts)


def _label(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


class _Differ:
    def __init__(self, old: Side, new: Side) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.operation = ""

    def add(
        self,
        kind: str,
        subject: str,
        detail: str = "",
        old_pointer: str | None = None,
        new_pointer: str | None = None,
    ) -> None:
        self.changes.append(
            Change(
                kind,
                self.operation,
                subject,
                detail,
                self.old.source(old_pointer),
                self.new.source(new_pointer),
                old_pointer,
                new_pointer,
            )
        )

    # ---------------------------------------------------------------- operations

    def run(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        pairs = [(key, key) for key in old_ops if key in new_ops]
        removed = [key for key in old_ops if key not in new_ops]
        added = [key for key in new_ops if key not in old_ops]
        pairs += self._renames(old_ops, new_ops, removed, added)
        pairs += self._method_changes(old_ops, new_ops, removed, added)
        for key in removed:
            self.operation = _label(*key)
            self.add("operation-removed", _operation_name(old_ops[key][0]), old_pointer=old_ops[key][1])
        for key in added:
            self.operation = _label(*key)
            self.add("operation-added", _operation_name(new_ops[key][0]), new_pointer=new_ops[key][1])
        position = {key: index for index, key in enumerate(new_ops)}  # the new spec's order
        for old_key, new_key in sorted(pairs, key=lambda pair: position[pair[1]]):
            self.operation = _label(*new_key)
            self._operation(old_ops[old_key], new_ops[new_key], _renamed_parameters(old_key[1], new_key[1]))
        self.operation = ""
        self._security_schemes()
        self._text("info description", "/info/description")

    def _renames(
        self, old_ops: _Operations, new_ops: _Operations, removed: list[_Key], added: list[_Key]
    ) -> list[Any]:
        pairs = []
        for old_key in list(removed):
            for new_key in added:
                if old_key[0] != new_key[0] or path_key(old_key[1], version=True) != path_key(
                    new_key[1], version=True
                ):
                    continue
                same_url = path_key(old_key[1], version=False) == path_key(new_key[1], version=False)
                self.operation = _label(*new_key)
                self.add(
                    "path-parameter-renamed" if same_url else "path-renamed",
                    "path",
                    f"{old_key[1]} -> {new_key[1]}",
                    old_ops[old_key][1],
                    new_ops[new_key][1],
                )
                pairs.append((old_key, new_key))
                removed.remove(old_key)
                added.remove(new_key)
                break
        return pairs

    def _method_changes(
        self, old_ops: _Operations, new_ops: _Operations, removed: list[_Key], added: list[_Key]
    ) -> list[Any]:
        pairs = []
        for path in {key[1] for key in removed}:
            gone = [key for key in removed if key[1] == path]
            came = [key for key in added if key[1] == path]
            if len(gone) == 1 and len(came) == 1:
                self.operation = _label(*came[0])
                self.add(
                    "method-changed",
                    "method",
                    f"{gone[0][0].upper()} -> {came[0][0].upper()}",
                    old_ops[gone[0]][1],
                    new_ops[came[0]][1],
                )
                pairs.append((gone[0], came[0]))
                removed.remove(gone[0])
                added.remove(came[0])
        return pairs

    def _operation(self, old: tuple[Any, str], new: tuple[Any, str], renamed: dict[str, str]) -> None:
        (old_op, old_at), (new_op, new_at) = old, new
        self._text("summary", f"{old_at}/summary", f"{new_at}/summary")
        self._text("description", f"{old_at}/description", f"{new_at}/description")
        old_source, new_source = self.old.source(old_at), self.new.source(new_at)
        if old_source and new_source and old_source != new_source:
            self.add("source-moved", "operation", f"{old_source} -> {new_source}", old_at, new_at)
        self._parameters(old_op, old_at, new_op, new_at, renamed)
        self._request_body(old_op, old_at, new_op, new_at)
        self._responses(old_op, old_at, new_op, new_at)
        self._security(old_op, old_at, new_op, new_at)

    def _text(self, subject: str, old_at: str, new_at: str | None = None) -> None:
        new_at = new_at or old_at
        before, after = _at(self.old, old_at), _at(self.new, new_at)
        if before != after:
            self.add("description-changed", subject, "", old_at, new_at)

    # ---------------------------------------------------------------- parameters

    def _parameters(
        self,
        old_op: dict[str, Any],
        old_at: str,
        new_op: dict[str, Any],
        new_at: str,
        renamed: dict[str, str],
    ) -> None:
        before = _parameters_of(self.old, old_op, old_at, renamed)
        after = _parameters_of(self.new, new_op, new_at, {})
        for key, (param, at) in before.items():
            if key in after:
                self._parameter(key, param, at, *after[key])
                continue
            moved = [other for other in after if other[1] == key[1] and other not in before]
            if moved:
                self.add("parameter-moved", _pname(key), f"{key[0]} -> {moved[0][0]}", at, after[moved[0]][1])
            else:
                self.add("parameter-removed", _pname(key), "", at)
        for key, (param, at) in after.items():
            if key in before or any(other[1] == key[1] and other not in after for other in before):
                continue
            kind = "required-parameter-added" if param.get("required") else "parameter-added"
            self.add(kind, _pname(key), "", None, at)

    def _parameter(
        self, key: tuple[str, str], old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str
    ) -> None:
        was, now = bool(old.get("required")), bool(new.get("required"))
        if was != now:
            self.add(
                "parameter-now-required" if now else "parameter-now-optional", _pname(key), "", old_at, new_at
            )
        if old.get("description") != new.get("description"):
            self.add("description-changed", _pname(key), "", old_at, new_at)
        if old.get("example") != new.get("example") or old.get("examples") != new.get("examples"):
            self.add("example-changed", _pname(key), "", old_at, new_at)
        self._schema(
            "parameter",
            _pname(key),
            "",
            shape_of(self.old, old.get("schema"), f"{old_at}/schema"),
            shape_of(self.new, new.get("schema"), f"{new_at}/schema"),
        )

    # ---------------------------------------------------------------- bodies and responses

    def _request_body(self, old_op: dict[str, Any], old_at: str, new_op: dict[str, Any], new_at: str) -> None:
        before: Any = old_op.get("requestBody")
        after: Any = new_op.get("requestBody")
        if before is None and after is None:
            return
        if before is None:
            if isinstance(after, dict) and after.get("required"):
                self.add("request-body-added", "request body", "", None, f"{new_at}/requestBody")
            return
        if after is None:
            self.add("request-body-removed", "request body", "", f"{old_at}/requestBody")
            return
        self._media(
            "request", "request body", before, f"{old_at}/requestBody", after, f"{new_at}/requestBody"
        )

    def _responses(self, old_op: dict[str, Any], old_at: str, new_op: dict[str, Any], new_at: str) -> None:
        before, after = old_op.get("responses") or {}, new_op.get("responses") or {}
        for status in before:
            where = f"{old_at}/responses/{pointer_token(status)}"
            if status not in after:
                self.add("status-removed", f"status {status}", "", where)
                continue
            there = f"{new_at}/responses/{pointer_token(status)}"
            self._media("response", f"{status} response", before[status], where, after[status], there)
        for status in after:
            if status not in before:
                self.add(
                    "status-added",
                    f"status {status}",
                    "",
                    None,
                    f"{new_at}/responses/{pointer_token(status)}",
                )

    def _media(self, direction: str, subject: str, old: Any, old_at: str, new: Any, new_at: str) -> None:
        old_type, old_media = _json_media(old)
        new_type, new_media = _json_media(new)
        if old.get("description") != new.get("description"):
            self.add("description-changed", subject, "", old_at, new_at)
        if old_media is None or new_media is None:
            if (old_media is None) != (new_media is None):
                self.add(SCHEMA_KINDS[(direction, "type")], subject, "body added or removed", old_at, new_at)
            return
        old_at, new_at = (
            f"{old_at}/content/{pointer_token(old_type)}",
            f"{new_at}/content/{pointer_token(new_type)}",
        )
        if old_media.get("examples") != new_media.get("examples") or old_media.get(
            "example"
        ) != new_media.get("example"):
            self.add("example-changed", subject, "", old_at, new_at)
        self._schema(
            direction,
            subject,
            "",
            shape_of(self.old, old_media.get("schema"), f"{old_at}/schema"),
            shape_of(self.new, new_media.get("schema"), f"{new_at}/schema"),
        )

    # ---------------------------------------------------------------- schemas

    def _schema(self, direction: str, body: str, path: str, old: Shape, new: Shape, depth: int = 0) -> None:
        """``body`` names the whole (a request body, a parameter); ``path`` the field inside it."""
        if depth > MAX_DEPTH:
            return
        subject = _field(direction, path) if path else body
        at = (old.pointer, new.pointer)
        if old.types and new.types and old.types != new.types:
            self.add(SCHEMA_KINDS[(direction, "type")], subject, f"{old.type_label} -> {new.type_label}", *at)
            return  # a new shape altogether: its fields are not compared one by one
        if old.nullable != new.nullable:
            self.add(
                SCHEMA_KINDS[(direction, "nullable" if new.nullable else "not-nullable")], subject, "", *at
            )
        if old.enum is not None and new.enum is not None:
            for value in new.enum:
                if value not in old.enum:
                    self.add(SCHEMA_KINDS[(direction, "enum-added")], subject, repr(value), *at)
            for value in old.enum:
                if value not in new.enum:
                    self.add(SCHEMA_KINDS[(direction, "enum-removed")], subject, repr(value), *at)
        for key, narrowed in _bound_changes(old.bounds, new.bounds):
            change = "narrowed" if narrowed else "widened"
            shown = f"{key} {_shown(old.bounds.get(key))} -> {_shown(new.bounds.get(key))}"
            self.add(SCHEMA_KINDS[(direction, change)], subject, shown, *at)
        if old.pattern != new.pattern:
            change = _pattern_change(direction, old.pattern, new.pattern)
            shown = f"pattern {old.pattern or 'none'} -> {new.pattern or 'none'}"
            self.add(SCHEMA_KINDS[(direction, change)], subject, shown, *at)
        if old.description != new.description and path:
            self.add("description-changed", subject, "", *at)
        if direction != "parameter":
            self._properties(direction, body, path, old, new, depth)
        if old.items is not None and new.items is not None:
            self._schema(
                direction,
                body,
                f"{path}[]",
                shape_of(self.old, *old.items),
                shape_of(self.new, *new.items),
                depth + 1,
            )

    def _properties(self, direction: str, body: str, path: str, old: Shape, new: Shape, depth: int) -> None:
        base = f"{path}." if path else ""
        for name, (schema, at) in old.properties.items():
            if name not in new.properties:
                self.add(SCHEMA_KINDS[(direction, "removed")], _field(direction, base + name), "", at)
                continue
            there = new.properties[name][1]
            if direction == "request" and (name in old.required) != (name in new.required):
                what = "now-required" if name in new.required else "now-optional"
                self.add(SCHEMA_KINDS[(direction, what)], _field(direction, base + name), "", at, there)
            old_shape, new_shape = shape_of(self.old, schema, at), shape_of(self.new, *new.properties[name])
            self._schema(direction, body, base + name, old_shape, new_shape, depth + 1)
        for name, (_, at) in new.properties.items():
            if name not in old.properties:
                what = "required-added" if name in new.required else "added"
                self.add(SCHEMA_KINDS[(direction, what)], _field(direction, base + name), "", None, at)

    # ---------------------------------------------------------------- security

    def _security(self, old_op: dict[str, Any], old_at: str, new_op: dict[str, Any], new_at: str) -> None:
        before = _requirements(old_op.get("security", self.old.spec.get("security")))
        after = _requirements(new_op.get("security", self.new.spec.get("security")))
        if before == after:
            return
        relaxed = not after or frozenset() in after or after >= before
        detail = f"{_show(before)} -> {_show(after)}"
        self.add("security-relaxed" if relaxed else "security-changed", "security", detail, old_at, new_at)

    def _security_schemes(self) -> None:
        before = (self.old.spec.get("components") or {}).get("securitySchemes") or {}
        after = (self.new.spec.get("components") or {}).get("securitySchemes") or {}
        for name in before:
            if name in after and _scheme(before[name]) != _scheme(after[name]):
                at = f"/components/securitySchemes/{pointer_token(name)}"
                self.add("security-changed", f"security scheme `{name}`", "", at, at)


def _operation_name(operation: dict[str, Any]) -> str:
    identifier = operation.get("operationId")
    return f"`{identifier}`" if identifier else "operation"


def _at(side: Side, pointer: str) -> Any:
    found = side.lookup("#" + pointer)
    return None if found is None else found[0]


def _field(direction: str, path: str) -> str:
    return f"{'request' if direction == 'request' else 'response'} field `{path}`"


def _pname(key: tuple[str, str]) -> str:
    return f"{key[0]} parameter `{key[1]}`"


def _parameters_of(
    side: Side, operation: dict[str, Any], at: str, renamed: dict[str, str]
) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    found = {}
    for index, parameter in enumerate(operation.get("parameters") or ()):
        parameter, pointer = (
            side.lookup(parameter["$ref"]) or (parameter, "")
            if isinstance(parameter, dict) and "$ref" in parameter
            else (parameter, f"{at}/parameters/{index}")
        )
        if isinstance(parameter, dict) and "name" in parameter:
            name = str(parameter["name"])
            where = str(parameter.get("in", ""))
            found[(where, renamed.get(name, name) if where == "path" else name)] = (parameter, pointer)
    return found


def _renamed_parameters(old_path: str, new_path: str) -> dict[str, str]:
    """Old path parameter name -> new one, by position in the template."""
    pairs = zip(_PARAM.findall(old_path), _PARAM.findall(new_path), strict=False)
    return {old[1:-1]: new[1:-1] for old, new in pairs}


def _json_media(holder: Any) -> tuple[str, dict[str, Any] | None]:
    content = holder.get("content") if isinstance(holder, dict) else None
    if not isinstance(content, dict) or not content:
        return "", None
    media_type = "application/json" if "application/json" in content else next(iter(content))
    media = content[media_type]
    return media_type, media if isinstance(media, dict) else {}


def _requirements(raw: Any) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(entry) for entry in raw or () if isinstance(entry, dict))


def _show(requirements: frozenset[frozenset[str]]) -> str:
    if not requirements:
        return "none"
    return " or ".join(sorted(" and ".join(sorted(entry)) or "anonymous" for entry in requirements))


def _scheme(scheme: Any) -> tuple[Any, ...]:
    if not isinstance(scheme, dict):
        return (scheme,)
    return tuple(scheme.get(key) for key in ("type", "in", "name", "scheme", "bearerFormat"))
