"""The doc's data-type column (plus the description's constraints) -> TypeSpec."""

from __future__ import annotations

import difflib
import functools
import json
import math
import operator
import re
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

import attrs

from rstapi.formats import decimal_among, decimal_outside, decimal_text, in_format
from rstapi.model import TypeSpec
from rstapi.rst import vocabulary as vocab
from rstapi.rst.evolved import evolved
from rstapi.rst.nodes import LITERAL

__all__ = [
    "cell_value",
    "described",
    "did_you_mean",
    "enum_values",
    "left_out",
    "listed_values",
    "numeral",
    "required_cell",
    "required_marked",
    "type_spec",
    "unfit",
]

_WORD_SPLIT = re.compile(r",\s*(?:and |or )?|\s+(?:and|or)\s+")


def enum_values(description: str) -> tuple[str, ...]:
    """The complete list of allowed values a description gives, if it gives one."""
    literals = "``" in description
    if not literals and not _may_name_values(description):
        return ()
    phrases = vocab.ENUM_PHRASES if literals else vocab.ENUM_PHRASES_WITHOUT_LITERALS
    for phrase in phrases:
        match = phrase.search(description)
        if not match:
            continue
        return listed_values(match["values"])
    return ()


def _may_name_values(description: str) -> bool:
    """Whether ``description`` holds the words one of ``ENUM_PHRASES_WITHOUT_LITERALS`` needs
    ("... values ...", "one of"): a cheap guard before them (most descriptions list no values;
    their letters have no other case than ASCII's, so the lower-cased text shows them)."""
    lower = description.lower()
    return "value" in lower or "one of" in lower


def parenthesised_values(description: str) -> tuple[str, ...]:
    """The literals a description lists in parentheses with commas alone, "The state (``open``,
    ``closed``)", not after an example's words ("such as (``a``, ``b``)"); a weaker cue than
    ``enum_values``' wordings, so its values count only when each is one of the field's type."""
    if "(``" not in description and "( ``" not in description:
        return ()
    for match in vocab.PARENTHESISED_LITERALS.finditer(description):
        before = description[: match.start()].rstrip().lower()
        if not before.endswith(vocab.PARENTHESISED_EXAMPLE_WORDS):
            return listed_values(match["values"])
    return ()


def listed_values(values: str) -> tuple[str, ...]:
    """The values a list names: its ``literals``, else its words split at commas, "and", "or"."""
    literals = LITERAL.findall(values)
    if literals:
        return tuple(dict.fromkeys(v.strip() for v in literals))
    words = [w.strip(" .\"'") for w in _WORD_SPLIT.split(values)]
    if len(words) == 1 and len(words[0].split()) > 1:  # "one of the keys /courses lists": prose
        return ()
    return tuple(dict.fromkeys(w for w in words if any(c.isalnum() for c in w)))  # not "One of:"


def cell_value(text: str, spec: TypeSpec) -> tuple[bool, Any]:
    """A default or example cell as a value of the field's type: (True, value), or (False, None)
    when the cell does not hold one ("20" for an integer gives 20; "twenty" gives nothing)."""
    written = text.strip().strip("`").strip()
    unquoted = (
        written[1:-1] if len(written) > 1 and written[0] == written[-1] and written[0] in "\"'" else written
    )
    if spec.json_type in (None, "string"):
        return (True, unquoted) if written else (False, None)
    try:
        value = json.loads(written)
    except ValueError:
        value = vocab.BOOLEAN_CELL.get(written.lower()) if spec.json_type == "boolean" else None
    if value is None and spec.nullable and written.lower() in ("null", "none"):
        return True, None
    fits = {
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
    }
    return (True, value) if fits.get(spec.json_type, False) else (False, None)


def _base(raw: str) -> TypeSpec | None:
    normal = " ".join(raw.lower().split())
    entry = vocab.DATA_TYPES.get(normal)
    if entry is not None:
        return TypeSpec(entry.json_type, raw=raw, format=entry.format)
    return _array(normal, raw) or _nullable(normal, raw) or _formatted(normal, raw) or _qualified(normal, raw)


def _array(normal: str, raw: str) -> TypeSpec | None:
    """ "array (obj)", "Array of strings", "list of objects", "list[string]", "string[]"."""
    match = vocab.ARRAY_OF.match(normal) or vocab.ARRAY_OF_WORDS.match(normal)
    brackets = None if match else vocab.ARRAY_BRACKETS.match(normal)
    if not match and not brackets:
        return None
    word = match["item"] if match else (brackets["item"] or brackets["suffix"]) if brackets else ""
    item = _base(word) or (_base(word[:-1]) if word.endswith("s") else None)
    return TypeSpec("array", raw=raw, items=item) if item else None


def _nullable(normal: str, raw: str) -> TypeSpec | None:
    """ "integer (Nullable)", "string, nullable", "nullable string", "string or null"."""
    for form in vocab.NULLABLE_FORMS:
        match = form.match(normal)
        base = _base(match["base"]) if match else None
        if base is not None:
            return attrs.evolve(base, raw=raw, nullable=True)
    return None


def _formatted(normal: str, raw: str) -> TypeSpec | None:
    """ "string <uuid>", "string (uuid)", "integer (int64)"."""
    match = vocab.WITH_FORMAT.match(normal)
    if not match:
        return None
    entry = vocab.DATA_TYPES.get(match["base"])
    form = vocab.TYPE_FORMATS.get(match["angle"] or match["paren"])
    if entry is None or form is None or entry.json_type not in {"string", "integer", "number"}:
        return None
    return TypeSpec(entry.json_type, raw=raw, format=form)


def _qualified(normal: str, raw: str) -> TypeSpec | None:
    """A type with a qualifier it can be read without: "string (ISO 8601 date)", "integer
    (read-only)", "string, max length 255", "boolean, default false" (see ``unread_qualifier``)."""
    match = vocab.QUALIFIED.match(normal)
    base = _base(match["base"]) if match else None
    if match is None or base is None:
        return None
    qualifier = match["paren"] or match["comma"]
    effect = vocab.TYPE_QUALIFIERS.get(qualifier)
    longest = vocab.MAX_LENGTH_QUALIFIER.match(qualifier)
    default = vocab.DEFAULT_QUALIFIER.match(qualifier)
    if effect == "read-only":
        return attrs.evolve(base, raw=raw, read_only=True)
    if effect == "write-only":
        return attrs.evolve(base, raw=raw, write_only=True)
    if effect:
        return (
            attrs.evolve(base, raw=raw, format=effect)
            if base.json_type == "string"
            else attrs.evolve(base, raw=raw)
        )
    if longest and base.json_type == "string":
        return attrs.evolve(base, raw=raw, max_length=int(longest["n"]))
    if default:
        fits, value = cell_value(default["value"], base)
        return attrs.evolve(base, raw=raw, default=value if fits else None)
    return attrs.evolve(_bounded_by(base, qualifier) or base, raw=raw)


def _bounded_by(base: TypeSpec, qualifier: str) -> TypeSpec | None:
    """``base`` with the values a type cell's qualifier bounds, read as a description's are
    ("integer (1-100)", "integer, min 1", "array of strings (max 5)", "string (2-8 chars)"); None
    when it bounds none of them."""
    said = described(base, f"({qualifier})")
    return said if _bounds_of(said) != _bounds_of(base) else None


def _bounds_of(spec: TypeSpec) -> tuple[Any, ...]:  # the bounds a qualifier may set
    return (
        spec.minimum,
        spec.maximum,
        spec.exclusive_minimum,
        spec.exclusive_maximum,
        spec.min_length,
        spec.max_length,
        spec.min_items,
        spec.max_items,
        spec.pattern,
    )


def unread_qualifier(raw: str) -> str | None:
    """The qualifier of a type cell that says nothing the spec can hold ("string (whatever)"), if
    any: the field keeps the type, and the qualifier is reported."""
    normal = " ".join(raw.lower().split())
    if (
        vocab.DATA_TYPES.get(normal)
        or _array(normal, raw)
        or _nullable(normal, raw)
        or _formatted(normal, raw)
    ):
        return None
    match = vocab.QUALIFIED.match(normal)
    base = _base(match["base"]) if match is not None else None
    if match is None or base is None:
        return None
    qualifier = match["paren"] or match["comma"]
    known = (
        qualifier in vocab.TYPE_QUALIFIERS
        or (vocab.MAX_LENGTH_QUALIFIER.match(qualifier) and base.json_type == "string")
        or vocab.DEFAULT_QUALIFIER.match(qualifier)
        or _bounded_by(base, qualifier) is not None
    )
    return None if known else qualifier


def did_you_mean(raw: str) -> str | None:
    """The known data type a misspelt cell most likely means ("interger" -> "integer"), if any."""
    normal = " ".join(raw.lower().split())
    known = sorted({w for key in vocab.DATA_TYPES for w in key.split()} | set(vocab.TYPE_FORMATS))
    for word in re.findall(r"[a-z][a-z-]*", normal):
        if word in known or word in vocab.TYPE_GRAMMAR or word.rstrip("s") in known:
            continue
        for close in difflib.get_close_matches(word, known, n=3, cutoff=0.75):
            guess = re.sub(rf"\b{re.escape(word)}\b", close, normal, count=1)
            if _base(guess) is not None:
                return guess
    return None


def type_spec(raw: str, description: str = "") -> TypeSpec | None:
    """The TypeSpec for a data-type cell, or None when the type is unknown."""
    spec = _base(raw)
    if spec is None:
        return None
    normal = " ".join(raw.lower().split())
    # "string (Nullable)": the entry of its base (only a type that ends in a parenthesis can say so)
    unsuffixed = vocab.NULLABLE_SUFFIX.sub(r"\g<base>", normal) if normal.endswith(")") else normal
    entry = vocab.DATA_TYPES.get(unsuffixed)
    return described(spec, description, wants_enum=bool(entry and entry.enum), raw=raw)


def described(spec: TypeSpec, description: str, wants_enum: bool = False, raw: str | None = None) -> TypeSpec:
    """``spec`` (written ``raw``, when given) with what its description says of its values, in any
    dialect: the values it lists (a string's, or those of a type that asks for them), a minimum
    and a maximum, a string's length (unless its type cell gave it), an array's bounds, a default."""
    enum = _listed(description, spec, wants_enum)[0]
    values = (
        _number_bounds(description, spec.json_type) if spec.json_type in {"integer", "number"} else _NO_BOUNDS
    )
    short, long, _ = _lengths(description) if spec.json_type == "string" else (None, None, None)
    fewest, most, _ = _counts(description) if spec.json_type == "array" else (None, None, None)
    pattern = (
        _pattern(description)[0] if spec.json_type == "string" and spec.pattern is None else spec.pattern
    )
    made = evolved(  # most descriptions say nothing of the values: the spec as it is
        spec,
        raw=spec.raw if raw is None else raw,
        enum=enum,
        minimum=_either(values.minimum, spec.minimum),
        maximum=_either(values.maximum, spec.maximum),
        exclusive_minimum=_either(values.exclusive_minimum, spec.exclusive_minimum),
        exclusive_maximum=_either(values.exclusive_maximum, spec.exclusive_maximum),
        min_length=spec.min_length if spec.min_length is not None else short,
        max_length=spec.max_length if spec.max_length is not None else long,
        max_items=spec.max_items if spec.max_items is not None else most,
        min_items=spec.min_items if spec.min_items is not None else fewest,
        pattern=pattern,
    )
    if not made.nullable and "null" in description.lower() and vocab.NULLABLE_SAID.search(description):
        made = attrs.evolve(made, nullable=True)  # "Nullable.", "may be null", "or null if none"
    if not made.read_only and _may_say_read_only(description) and vocab.READ_ONLY_SAID.search(description):
        made = attrs.evolve(made, read_only=True)  # "Read-only.", "Set by the server."
    if not made.write_only and _may_say_write_only(description) and vocab.WRITE_ONLY_SAID.search(description):
        made = attrs.evolve(made, write_only=True)  # "Write-only.", "Never returned."
    items = spec.items if spec.items is not None or spec.json_type != "array" else _items_said(description)
    if items is not spec.items:
        made = attrs.evolve(made, items=items)
    if spec.json_type == "array" and items is not None and not items.enum and items.json_type in _ITEM_VALUES:
        listed = _listed(description, items, False)[0]  # "Possible values are ``admin``, ``staff``"
        made = attrs.evolve(made, items=attrs.evolve(items, enum=listed)) if listed else made
    if made.default is not None:
        return made
    default = _said_default(description, made)[0]
    return made if default is None else attrs.evolve(made, default=default)


def _items_said(description: str) -> TypeSpec | None:
    """The type an array's description gives its items ("each a decimal", "a list of strings"), as
    the data type the word names; None when it names none."""
    lower = description.lower()
    if not any(word in lower for word in vocab.ITEMS_SAID_WORDS):
        return None
    for match in vocab.ITEMS_SAID.finditer(description):
        word = match["word"]
        found = _base(word) or (_base(word[:-1]) if word.lower().endswith("s") else None)
        if found is not None and found.json_type != "array":
            return found
    return None


def _may_say_read_only(description: str) -> bool:
    """Whether ``description`` holds a word one of ``READ_ONLY_SAID``'s wordings needs ("read-only",
    "output only", "set by the server", "system-generated", "cannot be set", "ignored if sent"): a
    cheap guard before it. Its case-insensitive match may take a non-ASCII letter for an "s" or
    an "i" (the long s, the dotless i), so a text that is not ASCII is always searched."""
    if not description.isascii():
        return True
    lower = description.lower()
    return any(word in lower for word in _READ_ONLY_WORDS)


_READ_ONLY_WORDS = ("only", "by", "server", "system", "be", "ignored")


def _may_say_write_only(description: str) -> bool:
    """Whether ``description`` holds a word every write-only wording has (a cheap guard before
    ``WRITE_ONLY_SAID``)."""
    lower = description.lower()
    return "only" in lower or "never" in lower or "not " in lower


_NUMBERS = frozenset({"integer", "number"})  # the types whose listed values are numbers
_ITEM_VALUES = frozenset(
    {"string", "integer", "number"}
)  # an array of these: its description lists the items' values


def _listed(description: str, spec: TypeSpec, wants_enum: bool) -> tuple[tuple[Any, ...], str | None]:
    """The values a description lists, as values of ``spec``'s type (a string's as written, a
    number's as numbers: "One of ``1``, ``2``, ``5``"); none, and why, when one of them is not a
    value of the type."""
    if not (wants_enum or spec.json_type == "string" or spec.json_type in _NUMBERS):
        return (), None
    values = enum_values(description)
    if not values:  # "The state (``open``, ``closed``)": its values if each is one of its type
        typed = typed_values(parenthesised_values(description), spec)
        return typed or (), None
    typed = typed_values(values, spec)
    if typed is not None:
        return typed, None
    if not LITERAL.search(description) and not any(cell_value(value, spec)[0] for value in values):
        return (), None  # "one of its pages, or all": words, no number among them
    listed = ", ".join(values)
    return (), f"the values the description lists ({listed}) are not all {spec.raw or spec.json_type} values"


def typed_values(values: tuple[str, ...], spec: TypeSpec) -> tuple[Any, ...] | None:
    """Listed ``values`` as an enum of ``spec``'s type: a string's as written, a number's as
    numbers, a decimal's as the decimal text written ("0.50"); None when one of them is not a number."""
    if spec.json_type not in _NUMBERS:
        return values
    typed = [cell_value(value, spec) for value in values]
    if not all(fits for fits, _ in typed):
        return None
    if spec.format == _DECIMAL:  # as written ("0.50"): decimals.py makes them numbers if it is sent so
        return tuple(dict.fromkeys(decimal_text(value.strip().strip("`").strip()) for value in values))
    return tuple(dict.fromkeys(value for _, value in typed))


_DECIMAL = "decimal"


def _among(spec: TypeSpec, value: object) -> bool:
    """Whether ``value`` is one of ``spec``'s listed values (a decimal's compared as decimals)."""
    return decimal_among(value, spec.enum) if spec.format == _DECIMAL else value in spec.enum


class _Bounds(NamedTuple):
    """A number's ends as its description gives them (None: not given), and why none is kept."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    why: str | None = None


_NO_BOUNDS = _Bounds()


def _signs(description: str) -> tuple[bool, bool, bool]:
    """Whether the description says the number is positive (above 0), never negative (0 or
    more), never positive (0 or less). "Zero or positive" and "positive or negative" are no
    "positive": the phrases of the last two, and of either sign, are taken out first."""
    rest = vocab.EITHER_SIGN.sub(" ", description)
    non_negative = vocab.NON_NEGATIVE_WORD.search(rest) is not None
    rest = vocab.NON_NEGATIVE_WORD.sub(" ", rest)
    non_positive = vocab.NON_POSITIVE_WORD.search(rest) is not None
    rest = vocab.NON_POSITIVE_WORD.sub(" ", rest)
    return vocab.POSITIVE_WORD.search(rest) is not None, non_negative, non_positive


def _either(said: float | None, kept: float | None) -> float | None:
    return said if said is not None else kept


@functools.lru_cache(maxsize=4096)  # a description is read by described and left_out, an entry by each use
def _bounds(description: str) -> _Bounds:
    """The ends a number's description gives: the least and the greatest value ("must be at least
    1", "maximum 100", "must be between 1 and 100": ``vocab.MINIMUM_PHRASES``, ``MAXIMUM_PHRASES``,
    ``RANGE_PHRASES``; "non-negative") and the values just outside ("greater than 0", "less than
    100": ``vocab.EXCLUSIVE_MINIMUM_PHRASES``, ``EXCLUSIVE_MAXIMUM_PHRASES``; "positive"). Ends
    that no value fits are none of them taken, and ``why`` says so."""
    lower = description.lower()
    positive, non_negative, non_positive = _signs(description) if "tive" in lower else (False, False, False)
    if (
        vocab.NUMBER_WRITTEN.search(description) is None
        or _cue(vocab.NUMBER_BOUND_CUES).search(lower) is None
    ):
        # every other bound is a number (in digits or words) written after one of the tables' words
        return _Bounds(
            0.0 if non_negative else None, 0.0 if non_positive else None, 0.0 if positive else None
        )
    ranged = _first(vocab.RANGE_PHRASES, description, lower)
    low, high, said = _ends(description, lower, ranged, vocab.MINIMUM_PHRASES, vocab.MAXIMUM_PHRASES, float)
    above = _first(vocab.EXCLUSIVE_MINIMUM_PHRASES, description, lower, _negated)
    below = _first(vocab.EXCLUSIVE_MAXIMUM_PHRASES, description, lower, _negated)
    if above and below and _outside(lower, above, below):
        said = f"less than {below['n']} or greater than {above['n']}"
        return _Bounds(
            why=f"the description gives the values outside a range ({said}), which one least and one greatest value cannot say"
        )
    found = _Bounds(
        low if low is not None or not non_negative else 0.0,
        high if high is not None or not non_positive else 0.0,
        float(numeral(above["n"])) if above else (0.0 if positive else None),
        float(numeral(below["n"])) if below else None,
    )
    if low is not None and high is not None and low > high:
        return _Bounds(why=f"the range the description gives ({said}) holds no value")
    if not _holds(found, integers=False):
        return _Bounds(why=f"the range the description gives ({_shown(found)}) holds no value")
    return found


def _number_bounds(description: str, json_type: str | None) -> _Bounds:
    """``_bounds`` for a value of ``json_type``: an integer's ends that hold no integer (greater
    than 0 and less than 1) are none of them taken either."""
    found = _bounds(description)
    if json_type != "integer" or found.why is not None or _holds(found, integers=True):
        return found
    return _Bounds(why=f"the range the description gives ({_shown(found)}) holds no integer")


def _holds(bounds: _Bounds, integers: bool) -> bool:
    """Whether some number (an integer, with ``integers``) lies within every end of ``bounds``."""
    lowest = [(v, False) for v in (bounds.minimum,) if v is not None]
    lowest += [(v, True) for v in (bounds.exclusive_minimum,) if v is not None]
    highest = [(v, False) for v in (bounds.maximum,) if v is not None]
    highest += [(v, True) for v in (bounds.exclusive_maximum,) if v is not None]
    if not lowest or not highest:
        return True
    if integers:  # each end as the integer it lets through first
        least = max(math.floor(v) + 1 if open_end else math.ceil(v) for v, open_end in lowest)
        most = min(math.ceil(v) - 1 if open_end else math.floor(v) for v, open_end in highest)
        return least <= most
    low, low_open = max(lowest)  # at the same value, the open end is the stricter
    high, high_open = min(highest, key=lambda end: (end[0], not end[1]))
    return low < high or (low == high and not low_open and not high_open)


def _outside(lower: str, above: re.Match[str], below: re.Match[str]) -> bool:
    """Whether two excluded ends are joined by "or" ("less than 2 or greater than 9")."""
    first, second = sorted((above, below), key=lambda match: match.start())
    return vocab.OUTSIDE_JOIN.fullmatch(lower, first.end(), second.start()) is not None


def _shown(bounds: _Bounds) -> str:
    """The ends of ``bounds`` as a description says them ("greater than 10 and less than 5")."""
    said = [
        f"{words} {value:g}"
        for words, value in (
            ("at least", bounds.minimum),
            ("greater than", bounds.exclusive_minimum),
            ("at most", bounds.maximum),
            ("less than", bounds.exclusive_maximum),
        )
        if value is not None
    ]
    return " and ".join(said)


@functools.lru_cache(maxsize=4096)  # a description is read by described and left_out, an entry by each use
def _lengths(description: str) -> tuple[int | None, int | None, str | None]:
    """The least and the greatest length a string's description allows ("at most 64 characters",
    "between 2 and 8 characters": ``vocab.MAX_LENGTH_PHRASES``, ``MIN_LENGTH_PHRASES``,
    ``LENGTH_RANGE_PHRASES``), as ``_bounds`` reads a number's."""
    lower = description.lower()
    if _cue(vocab.LENGTH_CUES).search(lower) is None or vocab.NUMBER_WRITTEN.search(description) is None:
        return (
            None,
            None,
            None,
        )  # every length is a number (digits or words) written with one of the tables' words
    ranged = _first(vocab.LENGTH_RANGE_PHRASES, description, lower)
    low, high, said = _ends(
        description, lower, ranged, vocab.MIN_LENGTH_PHRASES, vocab.MAX_LENGTH_PHRASES, int
    )
    if low is not None and high is not None and low > high:
        return None, None, f"the length the description gives ({said} characters) fits no string"
    if high is not None and high < 0:  # "shorter than 0 characters"
        return None, None, f"the length the description gives (at most {high} characters) fits no string"
    return low, high, None


@functools.lru_cache(maxsize=4096)  # a description is read by described and left_out, an entry by each use
def _pattern(description: str) -> tuple[str | None, str | None]:
    """The regular expression a string's description says its values match (``vocab.PATTERN_PHRASES``),
    and why none is kept: one that JSON Schema's engine (ECMA-262, as jsonschema-rs reads it, which
    the mock validates with) or Python's (which the contract tests generate values with) cannot read."""
    if "``" not in description:
        return None, None
    found = _first(vocab.PATTERN_PHRASES, description, description.lower())
    if found is None:
        return None, None
    pattern = found["p"]
    word = found.groupdict().get("word")
    if word and word.lower() == "pattern" and not vocab.REGEX_SIGNS.intersection(pattern):
        return None, None  # "the pattern ``YYYY-MM-DD``": a format written out
    unread = _unread_pattern(pattern)
    if unread is not None:
        return None, f"the regular expression the description gives (``{pattern}``) cannot be used: {unread}"
    return pattern, None


def _unread_pattern(pattern: str) -> str | None:
    """Why ``pattern`` is not a regular expression both engines read (None: it is)."""
    try:
        re.compile(pattern)
    except re.error as error:
        return f"Python's re reads no such expression ({error})"
    import jsonschema_rs  # only for a description that gives a pattern

    try:
        jsonschema_rs.validator_for({"type": "string", "pattern": pattern})
    except jsonschema_rs.ValidationError:
        return "it is not an ECMA-262 regular expression, as JSON Schema's pattern must be"
    return None


@functools.lru_cache(maxsize=4096)  # a description is read by described and left_out, an entry by each use
def _counts(description: str) -> tuple[int | None, int | None, str | None]:
    """The fewest and the most items a list's description allows ("at least one email", "up to 5
    tags", "between 1 and 3 items": ``vocab.MIN_ITEMS_PHRASE``, ``LIMIT_PHRASE``,
    ``COUNT_RANGE_PHRASE``), as ``_bounds`` reads a number's."""
    lower = description.lower()
    ranged = _first(((vocab.COUNT_RANGE_PHRASE, vocab.COUNT_RANGE_CUES),), description, lower)
    if ranged:  # "between 1 and 3 items"
        low, high = _count(ranged["low"]), _count(ranged["high"])
        return (
            (low, high, None)
            if low <= high
            else (
                None,
                None,
                f"the number of items the description gives (from {low} to {high}) fits no list",
            )
        )
    least = _first(((vocab.MIN_ITEMS_PHRASE, ("least",)),), description, lower)
    limit = _first(((vocab.LIMIT_PHRASE, vocab.LIMIT_CUES),), description, lower)
    fewest, most = (_count(least["n"]) if least else None), (int(numeral(limit["n"])) if limit else None)
    if fewest is not None and most is not None and fewest > most:
        said = f"at least {least['n'] if least else ''} and at most {most}"
        return None, None, f"the number of items the description gives ({said}) fits no list"
    return fewest, most, None


Phrases = tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
N = TypeVar("N", int, float)


def _ends(
    text: str,
    lower: str,
    ranged: re.Match[str] | None,
    least: Phrases,
    most: Phrases,
    number: Callable[[str], N],
) -> tuple[N | None, N | None, str]:
    """The two ends ``text`` (``lower`` in lower case) gives: a range's (``ranged``), else the
    first of ``least``'s and of ``most``'s phrases; and how the description says them, when it
    gives both."""
    if ranged:
        said = f"from {ranged['low']} to {ranged['high']}"
        return number(numeral(ranged["low"])), number(numeral(ranged["high"])), said
    low, high = _first(least, text, lower, _negated), _first(most, text, lower, _negated)
    least_end, most_end = (_end(low, number) if low else None), (_end(high, number) if high else None)
    said = f"at least {_written(least_end)} and at most {_written(most_end)}" if low and high else ""
    return least_end, most_end, said


def _written(value: float | None) -> str:
    """A number as a description writes it: 2, not 2.0."""
    return str(int(value)) if value is not None and float(value).is_integer() else str(value)


def _end(match: re.Match[str], number: Callable[[str], N]) -> N:
    """The end a wording's match gives: its number (``n``), or the one just inside a number it
    excludes (``below``: "shorter than 65 characters" is 64; ``above``)."""
    found = match.groupdict()
    if found.get("n") is not None:
        return number(numeral(found["n"]))
    if found.get("below") is not None:
        return number(str(int(numeral(found["below"])) - 1))
    return number(str(int(numeral(found["above"])) + 1))


@functools.cache
def _cue(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` (one search of the text instead of one per word)."""
    return re.compile("|".join(map(re.escape, words)))


def _first(
    phrases: Phrases, text: str, lower: str, unless: Callable[[str, int], bool] | None = None
) -> re.Match[str] | None:
    """The match of ``phrases`` (``lower`` is ``text`` in lower case: a pattern none of whose words
    it holds is not searched) that starts first in ``text``, of those that are no condition (nor
    ``unless`` the text before them)."""
    found = [
        match
        for pattern, words in phrases
        if _cue(words).search(lower) is not None
        for match in pattern.finditer(text)
        if not _conditional(lower, match.start()) and not (unless and unless(lower, match.start()))
    ]
    return min(found, key=lambda match: match.start()) if found else None


def _negated(lower: str, start: int) -> bool:
    """Whether a negation stands just before ``start`` ("must not be | greater than 10"), or before
    the comparison "or" joins to it ("not less than 2 or | greater than 9")."""
    return vocab.NEGATED_BEFORE.search(lower, max(0, start - 64), start) is not None


def _conditional(lower: str, start: int) -> bool:
    """Whether the words before ``start`` in its clause make it a condition ("if more than 100,
    only 100 are returned": what is done with a value, not what it may be); "if set, must be at
    least 1" is a bound (the condition is another clause)."""
    opened = max(lower.rfind(mark, 0, start) for mark in vocab.CLAUSE_MARKS) + 1
    return not vocab.CONDITION_WORDS.isdisjoint(lower[opened:start].split())


def left_out(description: str, spec: TypeSpec) -> tuple[str, ...]:
    """Why what ``description`` says of the values is not ``spec``'s, in any dialect: a default not
    of its type or none of its listed values, a range no value fits, a length no string fits, a
    number of items no list fits (each reported as RST160)."""
    said = (
        _listed(description, spec, False)[1],
        _default_left_out(description, spec),
        _bounds_left_out(description, spec),
        _lengths_left_out(description, spec),
        _counts_left_out(description, spec),
        _pattern_left_out(description, spec),
    )
    return tuple(problem for problem in said if problem)


def _bounds_left_out(description: str, spec: TypeSpec) -> str | None:
    """Why the bounds a number's description gives are not ``spec``'s (no value fits them); None
    when it gives none or they were taken."""
    ends = (spec.minimum, spec.maximum, spec.exclusive_minimum, spec.exclusive_maximum)
    if spec.json_type not in {"integer", "number"} or any(end is not None for end in ends):
        return None
    return _number_bounds(description, spec.json_type).why


def _lengths_left_out(description: str, spec: TypeSpec) -> str | None:
    """Why the length a string's description gives is not ``spec``'s (no string fits it)."""
    if spec.json_type != "string" or spec.min_length is not None or spec.max_length is not None:
        return None
    return _lengths(description)[2]


def _pattern_left_out(description: str, spec: TypeSpec) -> str | None:
    """Why the regular expression a string's description gives is not ``spec``'s pattern."""
    if spec.json_type != "string" or spec.pattern is not None:
        return None
    return _pattern(description)[1]


def _counts_left_out(description: str, spec: TypeSpec) -> str | None:
    """Why the number of items a list's description gives is not ``spec``'s (no list fits it)."""
    if spec.json_type != "array" or spec.min_items is not None or spec.max_items is not None:
        return None
    return _counts(description)[2]


def _said_default(description: str, spec: TypeSpec) -> tuple[Any, str | None]:
    """The default a description's "Default: ..." gives: (its value, None) when it is a value of
    the field's type and among its listed values; (None, why not) when it is not; (None, None)
    when the description gives none (a null default is the field's nullability, which the type
    cell says)."""
    said = vocab.DEFAULT_IN_DESCRIPTION.search(description) if "default" in description.lower() else None
    if said is None or spec.json_type in {"object", "array"} or (said["word"] or "").lower() == "null":
        return None, None
    word = said["word"] or said["marked_word"] or ""
    written = str(said["literal"] or said["marked"] or numeral(word) or said["double"] or said["single"])
    fits, value = cell_value(written, spec)
    if not fits:
        return (
            None,
            f"the default {written!r} the description gives is not a {spec.raw or spec.json_type} value",
        )
    if spec.enum and not _among(spec, value):
        return (
            None,
            f"the default {written!r} the description gives is none of its values ({', '.join(map(str, spec.enum))})",
        )
    why = unfit(spec, value)  # its bounds, its length
    if why is not None:
        return (
            None,
            f"the default {written!r} the description gives is none of the values the field allows ({why})",
        )
    return value, None


def unfit(spec: TypeSpec, value: object, formats: bool = False) -> str | None:
    """Why a value of ``spec``'s type is none of the values it allows ("its maximum is 50", "its
    values are name, size"; with ``formats``, "it is no date value" too: a table's Default and
    Example cells, which nothing later checks); None when it is one of them."""
    if spec.enum and not _among(spec, value):
        return f"its values are {', '.join(map(str, spec.enum))}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        for bound, outside, words in _NUMBER_BOUNDS:
            end = getattr(spec, bound)
            if end is not None and outside(value, end):
                return f"its {words} is {end:g}"
    if isinstance(value, str):
        if spec.min_length is not None and len(value) < spec.min_length:
            return f"its length is at least {spec.min_length}"
        if spec.max_length is not None and len(value) > spec.max_length:
            return f"its length is at most {spec.max_length}"
        if spec.pattern is not None and _unmatched(spec.pattern, value):
            return f"it must match {spec.pattern}"
        if formats and spec.format is not None and not in_format(value, spec.format):
            return f"it is no {spec.format} value"
        if spec.format == "decimal":  # decimal text ("9.99") within the bounds its description gives
            return decimal_outside(value, attrs.asdict(spec, recurse=False))
    if isinstance(value, list):
        return _unfit_items(spec, value, formats)
    return None


def _unmatched(pattern: str, value: str) -> bool:
    """Whether ``value`` fails ``pattern`` as JSON Schema reads it (a search, not a whole match);
    a pattern Python cannot read judges nothing (``_unread_pattern`` keeps such out of the spec)."""
    try:
        return re.search(pattern, value) is None
    except re.error:
        return False


def _unfit_items(spec: TypeSpec, value: list[Any], formats: bool) -> str | None:
    """Why a list is none of the lists ``spec`` allows: too few or too many items, or an item its
    items' schema refuses."""
    if spec.min_items is not None and len(value) < spec.min_items:
        return f"it has at least {spec.min_items} items"
    if spec.max_items is not None and len(value) > spec.max_items:
        return f"it has at most {spec.max_items} items"
    items = spec.items
    for item in value if items is not None else ():
        if items is None:
            break
        if not _of_type(items, item):
            return f"its items are {items.raw or items.json_type} values, not {item!r}"
        why = unfit(items, item, formats)
        if why is not None:
            return f"of its item {item!r}, {why}"
    return None


_OF_TYPE: dict[str, Callable[[object], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
    "array": lambda value: isinstance(value, list),
    "object": lambda value: isinstance(value, dict),
}


def _of_type(spec: TypeSpec, value: object) -> bool:
    """Whether ``value`` is of ``spec``'s JSON type (any value is, for a spec of none; null for a nullable one)."""
    if value is None:
        return spec.nullable
    check = _OF_TYPE.get(spec.json_type or "")
    return check is None or check(value)


_NUMBER_BOUNDS: tuple[tuple[str, Callable[[float, float], bool], str], ...] = (
    ("minimum", operator.lt, "minimum"),
    ("maximum", operator.gt, "maximum"),
    ("exclusive_minimum", operator.le, "exclusive minimum"),
    ("exclusive_maximum", operator.ge, "exclusive maximum"),
)


def _default_left_out(description: str, spec: TypeSpec) -> str | None:
    """Why the default a description gives is not ``spec``'s (not of the field's type, or not among
    its listed values), when it gives one that ``type_spec`` did not take; None otherwise."""
    return None if spec.default is not None else _said_default(description, spec)[1]


def _count(text: str) -> int:
    """ "2" or "two" as a number."""
    return vocab.COUNT_WORDS.get(text.lower()) or int(numeral(text))


def numeral(text: str) -> str:
    """A number as the vocabulary's patterns read it ("1,000", "zero"), as Python reads it ("1000", "0")."""
    return vocab.NUMBER_WORDS.get(text.lower(), text.replace(",", ""))


def required_marked(raw_type: str, description: str) -> tuple[str, bool | None]:
    """The type cell without a required/optional word, and what the word (in the type cell, else
    leading or ending the description) says: "string (required)" -> ("string", True)."""
    for pattern in vocab.REQUIRED_IN_TYPE:
        match = pattern.match(raw_type.strip())
        if match and _base(match["type"]) is not None:
            return match["type"], vocab.REQUIRED_WORDS[match["word"].lower()]
    match = vocab.REQUIRED_IN_DESCRIPTION.match(description.strip())
    # ... or ending it: that pattern is compiled, and tried, only for a description with the word
    if match is None and any(word in description.lower() for word in vocab.REQUIRED_WORDS):
        stripped = description.strip()
        match = vocab.REQUIRED_AT_END.search(stripped) or vocab.REQUIRED_SENTENCE.search(stripped)
    said = match.groupdict() if match else {}
    word = said.get("word") or said.get("said") or said.get("closing")
    return raw_type, vocab.REQUIRED_WORDS[word.lower()] if word else None


def required_cell(text: str, inverted: bool) -> bool | None:
    """A "Required" column's cell as True/False (an "Optional" column's, ``inverted``); None when
    the cell says neither (empty, or words like "conditional")."""
    said = vocab.REQUIRED_CELL.get(" ".join(text.lower().strip(" .`*").split()))
    return None if said is None else said != inverted
