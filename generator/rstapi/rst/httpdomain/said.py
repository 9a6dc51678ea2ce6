"""What an untyped field's description says of its values, for ``:query``, ``:form`` and JSON
fields alike: the type it names or implies, then its values as a typed field's are read
(``types.described``)."""

from __future__ import annotations

import json

import attrs

from rstapi.model import TypeSpec
from rstapi.rst.httpdomain.fields import Entry
from rstapi.rst.httpdomain.vocabulary import (
    COUNTED,
    SAID_FIXED,
    SAID_FIXED_CUES,
    SAID_FIXED_NOT,
    SAID_LIST,
    SAID_TYPE,
    SAID_TYPES,
)
from rstapi.rst.types import described, left_out
from rstapi.rst.walk import Walk

__all__ = ["fixed", "said", "untyped"]


def said(walk: Walk, entry: Entry, known: TypeSpec, what: str) -> TypeSpec:
    """What an untyped field's description says of the values of the type it is ``known`` to have
    (a ``:param``'s converter's: "must be at least 1" under ``(int:id)``; a header's string: "exactly
    36 characters"), as a typed field's is read; what it says that no value fits is RST160."""
    spec = described(
        TypeSpec(known.json_type, raw=known.raw, format=known.format, items=known.items), entry.description
    )
    for problem in left_out(entry.description, spec):
        walk.report("RST160", f"{what} {entry.name!r}: {problem}; it is left out", entry.line)
    return fixed(spec, entry.description)


def fixed(spec: TypeSpec, description: str) -> TypeSpec:
    """A string (or untyped) field whose description says it has one value ("always
    ``client_credentials``"): a string of that value alone (an enum of one: ``SAID_FIXED``)."""
    if spec.enum or spec.json_type not in (None, "string") or "``" not in description:
        return spec
    lowered = description.lower()
    if not any(cue in lowered for cue in SAID_FIXED_CUES):
        return spec
    match = SAID_FIXED.search(description)
    value = match["value"] if match else ""
    if not value or value.lower() in SAID_FIXED_NOT or value == value.upper():
        return spec
    return attrs.evolve(spec, json_type="string", enum=(value,))


def untyped(walk: Walk, entry: Entry, what: str, at_least: str | None = None) -> TypeSpec:
    """An untyped field's type as its description says it (``said``): the type it names ("Must be
    an integer between 1 and 100", "a list of strings"), else a string's when it lists values or bounds a length, else a
    number's when it bounds one, else its default's ("default is 0", "10 by default": an integer);
    else ``at_least`` (a form field's string), else any (what the description says of it kept:
    "Read-only.", "may be null")."""
    listed = SAID_LIST.search(entry.description)
    if listed:  # "a list of strings": its items' type as the word's
        item = SAID_TYPES[listed["word"].lower()]
        items = TypeSpec(item.json_type, format=item.format)
        return said(walk, entry, TypeSpec("array", items=items), what)
    named = SAID_TYPE.search(entry.description)
    word = SAID_TYPES[named["word"].lower()] if named else None
    json_type = (word.json_type if word else _shown_type(entry.description)) or at_least
    form = word.format if word else None  # "a decimal": the data type "decimal"
    return said(
        walk, entry, TypeSpec(json_type, format=form), what
    )  # any value: still read-only, nullable ...


def _shown_type(description: str) -> str | None:
    """The JSON type of the values an untyped field's description says something of (None: none,
    or the size of a list: its items' type is not said)."""
    text = described(TypeSpec("string"), description)
    if text.enum or text.pattern or text.min_length is not None or text.max_length is not None:
        return "string"
    number = described(TypeSpec("number"), description)
    ends = [number.minimum, number.maximum, number.exclusive_minimum, number.exclusive_maximum]
    listed = described(TypeSpec("array"), description)
    if (listed.min_items is not None or listed.max_items is not None) and COUNTED.search(description):
        return None  # "up to 10 tags" may count a list's items as well as bound a number
    if any(end is not None for end in ends):
        return "integer" if all(float(end).is_integer() for end in ends if end is not None) else "number"
    default = described(TypeSpec(None), description).default
    if default is None:
        return None
    try:
        value = json.loads(str(default))
    except ValueError:
        return "string"
    names = {bool: "boolean", int: "integer", float: "number"}
    return names.get(type(value), "string")
