"""The documented phase's requests: the reference's own example request for an operation, and
variants of it that each change one thing, with the outcome the reference documents for that change.

- each id in the path (a UUID or a number in the example) replaced by a well-formed id that does not
  exist: the documented "not found" status;
- each id in the body (a field whose example is a UUID or a number, or a list of them) replaced by
  a well-formed id that does not exist (every item, for a list): a status the reference documents
  (an undocumented 403 from a permission checked before the lookup, a 500, is a finding);
- each list of e-mails or ids in the body: one known and one unknown item (partial), empty, a
  duplicate: a status the reference documents;
- each body field alone: missing (when required), of another JSON type, outside its enum, just past
  a documented bound (a number's minimum or maximum, a plain string's length, a string's pattern, a
  list's number of items, made of the example's items): refused (4xx); a field
  documented as a plain string given another plain string: accepted.

Only the spec is read (the served document, after the path mapping). Unknown e-mails are under
example.com (reserved names, see reserved.py).
"""

from __future__ import annotations

import copy
import json
import re
import uuid
from collections.abc import Iterator
from typing import Any, TypeGuard

import attrs

from rstapi.openapi.refs import resolve
from rstapi.records import Record

__all__ = [
    "ACCEPTED",
    "DOCUMENTED",
    "LITERAL",
    "NOT_FOUND",
    "REFUSED",
    "Request",
    "Variant",
    "documented_request",
    "variants_for",
]

NOT_FOUND, DOCUMENTED, REFUSED, ACCEPTED = "not found", "documented", "refused", "accepted"
LITERAL = "literal"  # the reference's literal request where the overlay corrected it: a documented status
_PARAM = re.compile(r"\{([^}]+)\}")
_ID_NAME = re.compile(r"(?:^|_)(?:id|ids|pk)$", re.I)  # a number in such a field is an id
_PLAIN = "rstapi plain text"  # another plain string, for a field documented as one
_OTHER_TYPE: dict[str, Any] = {"string": 12345, "integer": "12x", "number": "12x", "boolean": "yes-ish"}


@attrs.frozen(repr=False)
class Request(Record):
    method: str
    path: str  # parameters filled
    query: tuple[tuple[str, str], ...] = ()
    body: Any = None  # JSON value; None sends no body


@attrs.frozen(repr=False)
class Variant(Record):
    request: Request
    expect: str  # NOT_FOUND, DOCUMENTED, REFUSED, ACCEPTED, LITERAL
    what: str  # "an unknown <path id>", "<list field> with one unknown item"
    field: str = ""  # the parameter or body field changed
    location: str = ""  # "path", "query" or "body"
    rule: str = ""  # the keyword of the field's schema the change breaks ("minItems"), cited by a finding
    cites: tuple[str, ...] = ()  # pointers below the operation of the literal values it sends (LITERAL)


def variants_for(
    served: dict[str, Any], path: str, method: str, fixed: dict[str, str], seed: int
) -> tuple[Request, list[Variant]] | None:
    """The documented request and its variants, or None when the reference gives no example for a
    path parameter (nothing to start from)."""
    item = served["paths"][path]
    operation = item[method]
    parameters = _parameters(served, item, operation)
    values = {name: str(p["example"]) for name, p in parameters.items() if "example" in p}
    values.update(fixed)
    names = _PARAM.findall(path)
    if any(name not in values for name in names):
        return None
    query = tuple(
        (n, _text(p["example"])) for n, p in parameters.items() if p.get("in") == "query" and "example" in p
    )
    body, schema = _body(served, operation)
    base = Request(method.upper(), _fill(path, values), query, body)
    found = list(_unknown_ids(path, values, base, seed, names, fixed))
    found += _query_variants(base, parameters)
    if isinstance(body, dict) and isinstance(schema, dict):
        found += _body_ids(base, body, f"{seed}:{method}:{path}")
        found += _list_variants(served, base, body, schema, f"{seed}:{method}:{path}")
        found += _field_variants(served, base, body, schema)
        found += _exclusive_variants(base, body, schema, _examples(served, operation))
    return base, found


def documented_request(
    served: dict[str, Any], path: str, method: str, fixed: dict[str, str], given: dict[str, str]
) -> Request | None:
    """The operation's documented request with the path values ``given`` (a link's) over the
    documented ones; None when a path parameter has no value."""
    item = served["paths"][path]
    parameters = _parameters(served, item, item[method])
    values = {name: str(p["example"]) for name, p in parameters.items() if "example" in p}
    values.update(fixed)
    values.update(given)
    if any(name not in values for name in _PARAM.findall(path)):
        return None
    query = tuple(
        (n, _text(p["example"])) for n, p in parameters.items() if p.get("in") == "query" and "example" in p
    )
    return Request(method.upper(), _fill(path, values), query, _body(served, item[method])[0])


def _parameters(
    served: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for written in [*(item.get("parameters") or ()), *(operation.get("parameters") or ())]:
        parameter = resolve(served, written)
        if isinstance(parameter, dict) and "name" in parameter:
            found[str(parameter["name"])] = parameter
    return found


def _body(served: dict[str, Any], operation: dict[str, Any]) -> tuple[Any, Any]:
    """The first documented request body example and the body's schema (resolved)."""
    request_body = resolve(served, operation.get("requestBody") or {})
    for media, entry in ((request_body or {}).get("content") or {}).items():
        if "json" not in media or not isinstance(entry, dict):
            continue
        examples = _media_examples(entry)
        if examples:
            return copy.deepcopy(examples[0]), resolve(served, entry.get("schema") or {})
    return None, None


def _media_examples(entry: dict[str, Any]) -> list[Any]:
    examples = [e.get("value") for e in (entry.get("examples") or {}).values() if isinstance(e, dict)]
    if "example" in entry:
        examples.insert(0, entry["example"])
    return examples


def _examples(served: dict[str, Any], operation: dict[str, Any]) -> list[Any]:
    """Every documented JSON request body example."""
    request_body = resolve(served, operation.get("requestBody") or {})
    content = (request_body or {}).get("content") or {}
    return [e for media, entry in content.items() if "json" in media for e in _media_examples(entry)]


def _exclusive_variants(
    base: Request, body: dict[str, Any], schema: dict[str, Any], examples: list[Any]
) -> Iterator[Variant]:
    """For a pair the reference says a request gives one of ("either a or b, not both": `not:
    {required: [a, b]}`), the documented body with the other field too (its value from another
    documented example): refused, citing the rule."""
    for rule, names in _exclusive_rules(schema):
        missing = [name for name in names if name not in body]
        if len(missing) != 1 or len(names) != 2:
            continue
        value = next((e[missing[0]] for e in examples if isinstance(e, dict) and missing[0] in e), None)
        if value is not None:
            request = attrs.evolve(base, body={**body, missing[0]: copy.deepcopy(value)})
            what = f"both {names[0]} and {names[1]} (the reference allows one of them)"
            yield Variant(request, REFUSED, what, "", "body", rule)


def _exclusive_rules(schema: dict[str, Any]) -> Iterator[tuple[str, list[str]]]:
    """(pointer below the schema, names) of each `not: {required: [...]}` of the object."""
    ruled = [("not", schema.get("not"))]
    ruled += [
        (f"allOf/{i}/not", part.get("not"))
        for i, part in enumerate(schema.get("allOf") or ())
        if isinstance(part, dict)
    ]
    for pointer, rule in ruled:
        keys = {key for key in rule if not key.startswith("x-")} if isinstance(rule, dict) else set()
        names = rule.get("required") if isinstance(rule, dict) and keys == {"required"} else None
        if isinstance(names, list) and all(isinstance(name, str) for name in names):
            yield pointer, names


def _fill(path: str, values: dict[str, str]) -> str:
    return _PARAM.sub(lambda match: values[match.group(1)], path)


def _text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _unknown_id(example: str, seed: int | str, salt: str) -> str | None:
    """A well-formed id of the example's format that no service holds: a UUID for a UUID, a number
    for a number; None for other keys (a course key has no "well-formed unknown" we can be sure of)."""
    try:
        uuid.UUID(example)
    except ValueError:
        return str(10 ** max(len(example), 9) - 7) if example.isdigit() else None
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"rstapi-unknown:{seed}:{salt}"))


def _unknown_ids(
    path: str, values: dict[str, str], base: Request, seed: int, names: list[str], fixed: dict[str, str]
) -> Iterator[Variant]:
    for name in names:
        unknown = _unknown_id(values[name], seed, name)
        if unknown is not None:
            request = attrs.evolve(base, path=_fill(path, {**values, name: unknown}))
            yield Variant(request, NOT_FOUND, f"an unknown {name} ({unknown})", name, "path")


def _query_variants(base: Request, parameters: dict[str, dict[str, Any]]) -> Iterator[Variant]:
    for index, (name, _) in enumerate(base.query):
        schema = parameters[name].get("schema") or {}
        if _plain_string(schema):
            query = (*base.query[:index], (name, _PLAIN), *base.query[index + 1 :])
            yield Variant(
                attrs.evolve(base, query=query), ACCEPTED, f"{name} as another plain string", name, "query"
            )
    # A documented bound of any query parameter, sent by the example or not ("page ... minimum: 1":
    # page=0), the rest of the example's query as it is.
    for name, parameter in parameters.items():
        schema = parameter.get("schema")
        if parameter.get("in") != "query" or not isinstance(schema, dict):
            continue
        kept = tuple(pair for pair in base.query if pair[0] != name)
        for rule, outside, what in _past_bounds(schema, None):
            query = (*kept, (name, _text(outside)))
            yield Variant(attrs.evolve(base, query=query), REFUSED, f"{name} {what}", name, "query", rule)


def _list_variants(
    served: dict[str, Any], base: Request, body: dict[str, Any], schema: dict[str, Any], salt: str
) -> Iterator[Variant]:
    """`salt` makes each operation's unknown items its own (one operation's call must not make
    another's "unknown" item known). An empty list where the field's schema wants at least one item
    (`minItems`, the reference's or the overlay's) is left to ``_field_variants``, which expects it
    refused, citing that rule."""
    for name, value in body.items():
        if not (isinstance(value, list) and value and all(isinstance(item, str) for item in value)):
            continue
        unknown = _unknown_item(value[0], salt, name)
        if unknown is None:
            continue
        changes: tuple[tuple[list[str], str], ...] = (
            ([value[0], unknown], f"{name} with one known and one unknown item (a partial success)"),
            ([], f"{name} empty"),
            ([value[0], value[0]], f"{name} with a duplicate"),
        )
        for items, what in changes:
            if not items and _least(served, schema, name) > 0:
                continue  # refused, citing its minItems: _field_variants (_past_sizes)
            yield Variant(attrs.evolve(base, body={**body, name: items}), DOCUMENTED, what, name, "body")


def _least(served: dict[str, Any], schema: dict[str, Any], name: str) -> int:
    """The field's documented minimum number of items (0 when none)."""
    field = resolve(served, (schema.get("properties") or {}).get(name) or {})
    least = field.get("minItems") if isinstance(field, dict) else None
    return least if isinstance(least, int) else 0


def _body_ids(base: Request, body: dict[str, Any], salt: str) -> Iterator[Variant]:
    """Each id of the body (a UUID or a number, alone or the items of a list) made unknown."""
    for name, value in body.items():
        unknown = _unknown_value(value, salt, name)
        if unknown is not None:
            what = f"an unknown {name} in the body ({json.dumps(unknown)})"
            yield Variant(attrs.evolve(base, body={**body, name: unknown}), DOCUMENTED, what, name, "body")


def _unknown_value(value: Any, salt: str, name: str) -> Any:
    """A well-formed unknown id of `value`'s form (every item, for a list), or None when `value` is
    no id: a UUID, or a number in a field named as an id (`_ID_NAME`; a price is a number too)."""
    if isinstance(value, list) and value and all(isinstance(item, (str, int)) for item in value):
        made = [_unknown_value(item, salt, f"{name}:{index}") for index, item in enumerate(value)]
        return made if all(item is not None for item in made) else None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    if not (_is_uuid(str(value)) or _ID_NAME.search(name.partition(":")[0])):
        return None
    unknown = _unknown_id(str(value), salt, name)
    return int(unknown) if unknown is not None and isinstance(value, int) else unknown


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _unknown_item(known: str, salt: str, name: str) -> str | None:
    if "@" in known:
        return f"rstapi-unknown-{uuid.uuid5(uuid.NAMESPACE_URL, f'{salt}:{name}').hex[:8]}@example.com"
    return _unknown_id(known, salt, name)


def _field_variants(
    served: dict[str, Any], base: Request, body: dict[str, Any], schema: dict[str, Any]
) -> Iterator[Variant]:
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or ())
    for name, value in body.items():
        field = resolve(served, properties.get(name) or {})
        if not isinstance(field, dict):
            continue
        if name in required:
            rest = {key: item for key, item in body.items() if key != name}
            yield Variant(attrs.evolve(base, body=rest), REFUSED, f"{name} missing (required)", name, "body")
        kind = field.get("type")

        def changed(value: Any, expect: str, what: str, rule: str = "", name: str = name) -> Variant:
            """The example with this field alone set to ``value``."""
            request = attrs.evolve(base, body={**body, name: value})
            return Variant(request, expect, f"{name} {what}", name, "body", rule)

        if isinstance(kind, str) and kind in _OTHER_TYPE:
            yield changed(_OTHER_TYPE[kind], REFUSED, f"of another type than {kind}")
        elif kind in ("array", "object"):
            yield changed("text", REFUSED, f"not an {kind}")
        if isinstance(field.get("enum"), list) and isinstance(value, str):
            yield changed("rstapi-not-a-documented-value", REFUSED, "outside its documented values")
        elif _plain_string(field) and isinstance(value, str):
            yield changed(_PLAIN, ACCEPTED, "as another plain string")
        for rule, outside, what in _past_bounds(field, value):
            yield changed(outside, REFUSED, what, rule)


def _past_bounds(field: dict[str, Any], value: Any) -> Iterator[tuple[str, Any, str]]:
    """(the bound's keyword, a value just past it, what that value is) for each bound the field's
    schema documents: a number's minimum and maximum (either exclusive end: the end itself), a
    length of a string that has no format, pattern or enum to break as well. ``value`` is the
    example's (a field whose example is of another type is left alone), None for a parameter the
    example does not send."""
    kind = field.get("type")
    if kind in ("integer", "number") and (value is None or _is_number(value)):
        step = 1 if kind == "integer" else 0.5
        for rule, sign in (("minimum", -1), ("maximum", 1)):
            bound = field.get(rule)
            if _is_number(bound):
                yield rule, bound + sign * step, f"{'below' if sign < 0 else 'above'} its {rule} ({bound})"
        for rule in ("exclusiveMinimum", "exclusiveMaximum"):
            bound = field.get(rule)
            if _is_number(bound):
                yield rule, bound, f"at its {rule} ({bound}), which is outside"
    elif kind == "string" and (value is None or isinstance(value, str)):
        pattern = field.get("pattern")
        if isinstance(pattern, str) and (outside := _not_matching(pattern)) is not None:
            yield "pattern", outside, f"not matching its pattern ({pattern})"
        if _constrained(field):
            return
        shortest, longest = field.get("minLength"), field.get("maxLength")
        if _is_count(shortest) and shortest > 0:
            yield "minLength", "x" * (shortest - 1), f"shorter than its minLength ({shortest})"
        if _is_count(longest) and longest < 100_000:
            yield "maxLength", "x" * (longest + 1), f"longer than its maxLength ({longest})"
    elif kind == "array" and isinstance(value, list) and value:
        yield from _past_sizes(field, value)


# Strings tried, in turn, as one a documented pattern does not match.
_UNMATCHED = ("rstapi~not~matching", "~", "0", "")


def _not_matching(pattern: str) -> str | None:
    """The first of ``_UNMATCHED`` that ``pattern`` does not match anywhere (JSON Schema's reading);
    None when it matches them all, or Python cannot read it (the spec's lint says why)."""
    try:
        compiled = re.compile(pattern)
    except re.error:
        return None
    return next((text for text in _UNMATCHED if compiled.search(text) is None), None)


def _past_sizes(field: dict[str, Any], value: list[Any]) -> Iterator[tuple[str, Any, str]]:
    """A list just past its documented number of items, made of the example's own items (repeated
    in turn): one item more than its maxItems (not when its items must differ: repeating them
    would break that too), one fewer than its minItems."""
    fewest, most = field.get("minItems"), field.get("maxItems")
    if _is_count(most) and most < _MAX_SENT_ITEMS and field.get("uniqueItems") is not True:
        yield "maxItems", _cycled(value, most + 1), f"with {most + 1} items, more than its maxItems ({most})"
    if _is_count(fewest) and 1 <= fewest <= _MAX_SENT_ITEMS:
        shown = f"with {fewest - 1} items" if fewest > 1 else "empty"
        yield "minItems", _cycled(value, fewest - 1), f"{shown}, fewer than its minItems ({fewest})"


def _cycled(items: list[Any], count: int) -> list[Any]:
    """``count`` items taken from ``items`` in turn, from the first again after the last."""
    return [items[index % len(items)] for index in range(count)]


_MAX_SENT_ITEMS = 1000  # a list bound above this is not tried (the request would be the test)


def _is_count(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _constrained(schema: dict[str, Any]) -> bool:
    """Whether a string's value is constrained otherwise than by its length."""
    return any(key in schema for key in ("format", "pattern", "enum"))


def _plain_string(schema: Any) -> bool:
    """A string the reference constrains in no way (no format, pattern, enum or length)."""
    if not isinstance(schema, dict) or schema.get("type") != "string":
        return False
    return not any(key in schema for key in ("format", "pattern", "enum", "const", "minLength", "maxLength"))
