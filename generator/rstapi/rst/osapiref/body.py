"""Body parameters -> a tree of fields: the items' order and where the samples nest each key.

os-api-ref lists a body's parameters flat (``- server: server``, ``- id: server_id_body``,
``- name: server_name``); which key lives inside which object is what the samples show. A key the
samples show inside a container listed before it goes there (the most recently listed such
container, when several could hold it); a key no sample shows goes inside the object listed just
before it, else beside the item before it, except a key whose name says it belongs to an array it
follows the items of (``servers_links`` after ``servers``' item keys: ``vocabulary.LIST_KEYS``),
which goes beside that array. Each key no sample shows that goes inside an object is a guess
(RST196). A dotted name whose parts before the last are objects listed before it is OpenStack's
nesting path (``flavor.original_name`` after ``flavor``: the key ``original_name`` inside
``flavor``), unless a sample shows the dotted key itself; other names are
kept as written (``OS-EXT-SRV-ATTR:host``). The same key twice in one object is listed again (the
first is kept); in two objects (``id`` of the body and ``id`` of an object in it) it is two keys.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from rstapi import naming
from rstapi.model import Field, ObjectSchema, TypeSpec
from rstapi.records import Record
from rstapi.rst.osapiref.vocabulary import LIST_KEYS

__all__ = ["Chain", "Guess", "Tree", "body_tree", "sample_chains"]

MAX_DEPTH = 32  # objects within objects a body is nested to; deeper keys stay where they are listed
Chain = tuple[str, ...]  # the names of the enclosing keys, outermost first (arrays are transparent)
# A key no sample shows, the object it was placed inside by its order, and the key it was placed
# beside in that object ("" when it is the first key placed there: the object is listed just before it).
Guess = tuple[Field, str, str]


def sample_chains(values: Iterable[Any]) -> dict[str, list[Chain]]:
    """Every key of the samples with the chains of keys that enclose it, in sample order."""
    found: dict[str, list[Chain]] = {}
    pending: deque[tuple[Any, Chain]] = deque((value, ()) for value in values)
    while pending:
        value, chain = pending.popleft()
        if len(chain) > MAX_DEPTH:
            continue
        if isinstance(value, list):
            pending += [(item, chain) for item in value]
        elif isinstance(value, dict):
            for key, inner in value.items():
                seen = found.setdefault(str(key), [])
                if chain not in seen:
                    seen.append(chain)
                pending.append((inner, (*chain, str(key))))
    return found


@attrs.frozen(repr=False)
class Tree(Record):
    """A body's top-level fields (nested objects become schemas), the keys put inside an object only
    because they are listed after it (no sample shows them), and the items listed again at the
    same place (each with the first one, which is kept)."""

    fields: tuple[Field, ...]
    guesses: list[Guess]
    repeated: list[tuple[Field, Field]]
    # An array no item documents the keys of (``servers_links``), with the keys its items show in
    # the samples, which its items' schema is read from.
    shown: list[tuple[Field, tuple[str, ...]]] = attrs.field(factory=list)


def body_tree(
    fields: Sequence[Field],
    chains: dict[str, list[Chain]],
    stem: str,
    schemas: dict[str, ObjectSchema],
    samples: Sequence[Any] = (),
) -> Tree:
    """The body's tree; nested objects become schemas added to ``schemas``. An array whose items'
    keys no parameter lists has the items the ``samples`` show (objects: their keys, typed by
    their values), listed in ``Tree.shown``."""
    named, placed, guesses = _place(fields, chains)
    kept, where, repeated = _once(named, placed)
    shown: list[tuple[Field, tuple[str, ...]]] = []
    top = _level((), kept, where, stem, schemas, _Shown(samples, shown))
    return Tree(top, guesses, repeated, shown)


@attrs.frozen
class _Shown:
    """The samples, and the arrays whose items' keys were read from them."""

    samples: Sequence[Any]
    found: list[tuple[Field, tuple[str, ...]]]


_JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


def _items_shown(samples: Sequence[Any], chain: Chain) -> list[dict[str, Any]] | None:
    """The items of the arrays the samples show at ``chain`` (arrays transparent), when there are
    some and every one is an object; else None."""
    values: list[Any] = list(samples)
    for key in chain:
        found: list[Any] = []
        pending = values
        while pending:
            value = pending.pop()
            if isinstance(value, list):
                pending = pending + value
            elif isinstance(value, dict) and key in value:
                found.append(value[key])
        values = found
    items = [item for value in values if isinstance(value, list) for item in value]
    if not items or not all(isinstance(item, dict) for item in items):
        return None
    return items


def _item_fields(items: list[dict[str, Any]], where: Field) -> tuple[Field, ...]:
    """The keys the items show, in the order first shown, each typed by its first value that is
    not null (nullable when an item shows null)."""
    keys: dict[str, list[Any]] = {}
    for item in items:
        for key, value in item.items():
            keys.setdefault(str(key), []).append(value)
    found = []
    for key, values in keys.items():
        given = next((v for v in values if v is not None), None)
        spec = TypeSpec(_JSON_TYPES.get(type(given)), nullable=any(v is None for v in values))
        found.append(Field(key, spec, "", where.location, required=False))  # shown, not said required
    return tuple(found)


def _place(
    fields: Sequence[Field], chains: dict[str, list[Chain]]
) -> tuple[list[Field], list[Chain], list[Guess]]:
    """Each field (a dotted one named by its last part when it is nested) and its chain."""
    containers: dict[str, tuple[int, Chain]] = {}  # name -> (order listed, its chain)
    named: list[Field] = []
    result: list[Chain] = []
    guesses: list[Guess] = []
    following: Chain = ()  # where a key no sample shows goes after the item before it
    for index, field in enumerate(fields):
        dotted = _dotted(field, chains, containers)
        valid = [c for c in chains.get(field.name, []) if _open(c, containers) and len(c) < MAX_DEPTH]
        if dotted is not None:
            field, chain = dotted
        elif valid:
            chain = max(valid, key=lambda c: containers[c[-1]][0] if c else -1)
        else:
            chain = following if len(following) < MAX_DEPTH else result[-1]
            chain = _listed(field.name, chain, containers, fields)
            if chain:  # inside an object by the order alone
                beside = next(
                    (named[i].name for i in range(len(result) - 1, -1, -1) if result[i] == chain), ""
                )
                guesses.append((field, chain[-1], beside))
        named.append(field)
        result.append(chain)
        following = containers[fields[index].name.split(".", 1)[0]][1] if dotted else _next(field, chain)
        if field.type.json_type in {"object", "array"}:
            containers[field.name] = (index, chain)
    return named, result, guesses


def _dotted(
    field: Field, chains: dict[str, list[Chain]], containers: dict[str, tuple[int, Chain]]
) -> tuple[Field, Chain] | None:
    """OpenStack's way of writing a nested key: ``owner.email`` after the object ``owner`` is the
    key ``email`` inside it (``a.b.c``: ``c`` inside ``b`` inside ``a``, each listed before it, ``b``
    inside ``a``). None when the name is to be read as written: a sample shows the dotted key
    itself, or a part before the last is no object or array listed before it at that place."""
    if "." not in field.name or field.name in chains:
        return None
    *path, last = field.name.split(".")
    if not last or not all(path) or path[0] not in containers:
        return None
    chain: Chain = (*containers[path[0]][1], path[0])
    for part in path[1:]:
        if part not in containers or containers[part][1] != chain:
            return None
        chain = (*chain, part)
    if len(chain) >= MAX_DEPTH:
        return None
    return attrs.evolve(field, name=last), chain


def _next(previous: Field, chain: Chain) -> Chain:
    """Where a key no sample shows goes: inside the object listed just before it, else beside
    the item before it."""
    return (*chain, previous.name) if previous.type.json_type == "object" else chain


def _listed(
    name: str, chain: Chain, containers: dict[str, tuple[int, Chain]], fields: Sequence[Field]
) -> Chain:
    """``chain``, or the place of the innermost array of it whose key the name ``name`` says it
    belongs beside (``vocabulary.LIST_KEYS``: ``servers_links`` beside ``servers``)."""
    for depth in range(len(chain), 0, -1):
        array = chain[depth - 1]
        listed = containers.get(array)
        if listed is None or listed[1] != chain[: depth - 1] or fields[listed[0]].type.json_type != "array":
            continue
        if any(name == form.format(list=array) for form in LIST_KEYS):
            return chain[: depth - 1]
    return chain


def _open(chain: Chain, containers: dict[str, tuple[int, Chain]]) -> bool:
    """``chain`` ends in a container listed so far, itself placed at the rest of the chain."""
    return not chain or (chain[-1] in containers and containers[chain[-1]][1] == chain[:-1])


def _once(
    fields: list[Field], placed: list[Chain]
) -> tuple[list[Field], list[Chain], list[tuple[Field, Field]]]:
    """The fields with an item listed again at the same place (the same key in the same object)
    left out; the same key in another object is another key."""
    first: dict[tuple[Chain, str], Field] = {}
    kept: list[Field] = []
    where: list[Chain] = []
    repeated: list[tuple[Field, Field]] = []
    for field, chain in zip(fields, placed, strict=True):
        known = first.setdefault((chain, field.name), field)
        if known is not field:
            repeated.append((field, known))
            continue
        kept.append(field)
        where.append(chain)
    return kept, where, repeated


def _level(
    chain: Chain,
    fields: Sequence[Field],
    placed: list[Chain],
    stem: str,
    schemas: dict[str, ObjectSchema],
    shown: _Shown,
) -> tuple[Field, ...]:
    result = []
    for field, where in zip(fields, placed, strict=True):
        if where != chain:
            continue
        inner = (*chain, field.name)
        if field.type.json_type in {"object", "array"} and inner in placed:
            children = _level(inner, fields, placed, stem, schemas, shown)
            field = _with_schema(field, children, stem, schemas)
        elif field.type.json_type == "array" and _untyped_items(field.type):
            items = _items_shown(shown.samples, inner)
            if items is not None:
                keys = _item_fields(items, field)
                shown.found.append((field, tuple(key.name for key in keys)))
                field = _with_schema(field, keys, stem, schemas, _SHOWN)
        result.append(field)
    return tuple(result)


def _untyped_items(spec: TypeSpec) -> bool:
    """An array whose items are not said (any, or an object with no keys)."""
    items = spec.items
    return items is None or (
        items.ref is None and items.json_type in {None, "object"} and items.items is None
    )


_SHOWN = "Read from the samples: no parameter lists the keys of these items."


def _with_schema(
    field: Field,
    children: tuple[Field, ...],
    stem: str,
    schemas: dict[str, ObjectSchema],
    description: str = "",
) -> Field:
    is_array = field.type.json_type == "array"
    base = f"{stem}{naming.pascal(field.name)}{'Item' if is_array else ''}"
    name, number = base, 2
    while name in schemas:
        name, number = f"{base}{number}", number + 1
    schemas[name] = ObjectSchema(name, children, field.location, description=description)
    target = TypeSpec("object", ref=name)
    spec = attrs.evolve(field.type, items=target) if is_array else attrs.evolve(field.type, ref=name)
    return attrs.evolve(field, type=spec)
