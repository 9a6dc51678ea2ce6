"""Which fields are required, from the reference's own word and evidence.

Its word first: a field table's Required (or Optional) column, or "(required)"/"optional" in a
type cell or leading a description (``Field.required``). Otherwise its evidence, for response
schemas: a field is required when every example of that schema (nested examples included: an
item inside a page example counts) gives it, and nothing in its description says it may be
absent. Nullability is a separate question: a required field can still be ``null``.

    required_fields(api) -> {response schema name: Requirement}   (examples, deferring to the word)
    documented_required(api) -> {schema name: Requirement}        (the word alone)

The emitter writes the names into the schema's ``required`` and marks the schema with
``x-rstapi-required-from`` (``REQUIRED_FROM``): ``table`` when the table's own word decided every
field, ``examples`` when it decided none (the claim is the examples' evidence), ``table and
examples`` when it decided some; so the lint, the overlay (which may remove a name from
``required``) and the contract tests can see where the claim came from.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, TypeVar

from rstapi.conformance import CheckedExample, Finding, FindingKind, checked_examples
from rstapi.memo import EmitMemo, Keep, keep
from rstapi.model import Api, Example, Field, ObjectSchema

__all__ = [
    "ABSENCE_PHRASES",
    "REQUIRED_FROM",
    "Requirement",
    "documented_required",
    "may_be_absent",
    "required_fields",
    "with_required",
]

T = TypeVar("T")
REQUIRED_FROM = "x-rstapi-required-from"
TABLE = "table"
EXAMPLES = "examples"

# Words in a field's description that say the field may be missing from a response.
ABSENCE_PHRASES: tuple[str, ...] = (
    ", if any",
    ", if applicable",
    ", if available",
    ", if one exists",
    ", if provided",
    ", if set",
    "is omitted",
    "may be absent",
    "may be missing",
    "may be omitted",
    "may not be present",
    "may not be returned",
    "not always",
    "not applicable",
    "only applicable",
    "only included",
    "only present",
    "only returned",
    "only when",
    "optional",
    "when available",
    "when present",
)
_ABSENCE_WORDING = "|".join(("\\b" if p[0].isalnum() else "") + re.escape(p) + "\\b" for p in ABSENCE_PHRASES)
# The phrases' first characters looked ahead for first: one test a position for the many
# characters that start none (a case-insensitive alternation of phrases opening with ``\b`` is
# tried phrase by phrase at every position); the class matches what each first letter does.
_ABSENCE = re.compile(
    f"(?=[{re.escape(''.join(sorted({p[0] for p in ABSENCE_PHRASES})))}])(?:{_ABSENCE_WORDING})",
    re.IGNORECASE,
)


class Requirement(NamedTuple):
    """One schema's verdict: the required names, and why each other field stayed optional."""

    required: tuple[str, ...]
    optional: dict[str, str]  # field name -> reason
    examples: int  # how many example objects of the schema were seen
    evidence: str = EXAMPLES  # what decided the fields: "examples", "table", or "table and examples"


def may_be_absent(description: str) -> str | None:
    """The phrase of ``description`` saying the field may be absent, or None."""
    found = _ABSENCE.search(" ".join(description.split()))
    return found.group(0).lower().lstrip(", ") if found else None


def required_fields(
    api: Api, checked: Sequence[CheckedExample] | None = None, memo: EmitMemo | None = None
) -> dict[str, Requirement]:
    """A Requirement for every response schema that at least one example shows (``checked``:
    ``conformance.checked_examples(api)``, when the caller has it). With ``memo``, what each
    example and each schema gave in an earlier build is not worked out again (``rstapi.memo``)."""
    kept = keep(memo)
    objects, present = _occurrences(api, checked_examples(api) if checked is None else checked, kept)
    responses = api.response_schemas()
    return {
        schema.name: kept(
            (schema,),
            (objects[schema.name], *(present[(schema.name, f.name)] for f in schema.fields)),
            functools.partial(_requirement, schema, objects[schema.name], present),
        )
        for schema in api.schemas
        if schema.name in responses and objects[schema.name]
    }


def _occurrences(
    api: Api, checked: Sequence[CheckedExample], kept: Keep
) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """How many example objects of each schema there are, and how many of them give each field
    (summed over the examples: no object is in two of them)."""
    objects: Counter[str] = Counter()
    present: Counter[tuple[str, str]] = Counter()
    for schema, example, findings in checked:
        own, giving = kept(
            (schema, example, findings),
            "objects",
            functools.partial(_counted, api, example, findings, schema),
        )
        for name, count in own.items():  # Counter.update checks its argument's type each time
            objects[name] += count
        for key, count in giving.items():
            present[key] += count
    return objects, present


# An example's objects of each schema, and how many of them give each field (schema, field).
_Counts = tuple[dict[str, int], dict[tuple[str, str], int]]


def _counted(api: Api, example: Example, findings: Sequence[Finding], schema: ObjectSchema) -> _Counts:
    """One example's objects by schema (by their place in it: nested ones included), and for
    each field how many of those objects give it."""
    seen: dict[str, set[str]] = defaultdict(set)
    present: dict[tuple[str, str], set[str]] = defaultdict(set)
    if isinstance(example.value, dict):
        seen[schema.name].add("")
    elif isinstance(example.value, list):  # an array body: each object is an example of its items
        seen[schema.name].update(f"/{i}" for i, v in enumerate(example.value) if isinstance(v, dict))
    for finding in findings:
        if finding.kind is FindingKind.PRESENT:
            present[(finding.schema.name, finding.name)].add(finding.pointer.rpartition("/")[0])
            if isinstance(finding.value, dict | list):
                _nested_objects(api, finding.field, finding.value, finding.pointer, seen)
    giving = {key: len(owners & seen.get(key[0], set())) for key, owners in present.items()}
    return {name: len(places) for name, places in seen.items()}, giving


def _nested_objects(
    api: Api, field: Field | None, value: object, key: str, seen: dict[str, set[str]]
) -> None:
    """Record the objects a field's value holds (an object, or an array of them) as examples of its schema."""
    spec = field.type if field is not None else None
    if spec is not None and spec.ref and isinstance(value, dict) and api.schema(spec.ref):
        seen[spec.ref].add(key)
    items = spec.items if spec is not None else None
    if items is not None and items.ref and isinstance(value, list) and api.schema(items.ref):
        seen[items.ref].update(f"{key}/{i}" for i, item in enumerate(value) if isinstance(item, dict))


def _requirement(schema: ObjectSchema, owners: int, present: Counter[tuple[str, str]]) -> Requirement:
    required: list[str] = []
    optional: dict[str, str] = {}
    sources: set[str] = set()  # what decided each field: the table's word, or the examples
    for field in _unique(schema.fields):
        missing = owners - present[(schema.name, field.name)]
        sources.add(TABLE if field.required is not None else EXAMPLES)
        if field.required is not None:  # the table says so: that is the reference's own word
            if field.required:
                required.append(field.name)
            else:
                optional[field.name] = "the table says it is optional"
        elif missing:
            optional[field.name] = f"absent from {missing} of {owners} example objects"
        elif phrase := may_be_absent(field.description):
            optional[field.name] = f"the description says {phrase!r}"
        else:
            required.append(field.name)
    return Requirement(tuple(required), optional, owners, _evidence(sources))


def _evidence(sources: set[str]) -> str:
    """What decided a schema's fields: "table" (every field's own word), "examples" (none had one),
    or "table and examples"."""
    return " and ".join(source for source in (TABLE, EXAMPLES) if source in sources) or EXAMPLES


def _unique(fields: Iterable[Field]) -> list[Field]:
    """The first row of each name (the lint reports duplicate rows)."""
    return list({field.name: field for field in reversed(tuple(fields))}.values())[::-1]


def documented_required(api: Api, memo: EmitMemo | None = None) -> dict[str, Requirement]:
    """A Requirement for every schema whose table says of a field that it is required (request
    bodies, and response schemas no example shows)."""
    kept = keep(memo)
    found = {}
    for schema in api.schemas:
        named = kept((schema,), "required", functools.partial(_required_names, schema))
        if named:
            found[schema.name] = Requirement(named, {}, 0, TABLE)
    return found


def _required_names(schema: ObjectSchema) -> tuple[str, ...]:
    return tuple(f.name for f in _unique(schema.fields) if f.required)


def with_required(schemas: dict[str, Any], requirements: dict[str, Requirement]) -> dict[str, Any]:
    """``schemas`` (emitted component schemas) with ``required`` and its evidence mark added."""
    return {name: _marked(schema, requirements.get(name)) for name, schema in schemas.items()}


def _marked(schema: dict[str, Any], requirement: Requirement | None) -> dict[str, Any]:
    if requirement is None or not requirement.required:
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        result[key] = value
        if key == "properties":
            result["required"] = list(requirement.required)
            result[REQUIRED_FROM] = requirement.evidence
    return result
