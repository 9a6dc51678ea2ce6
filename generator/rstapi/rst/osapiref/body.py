"""Body parameters -> a tree of fields: the items' order and where the samples nest each key.

os-api-ref lists a body's parameters flat (``- server: server``, ``- id: server_id_body``,
``- name: server_name``); which key lives inside which object is what the samples show. A key the
samples show inside a container listed before it goes there (the most recently listed such
container, when several could hold it); a key no sample shows goes inside the object listed just
before it, else beside the item before it.
Names are kept as written (``OS-EXT-SRV-ATTR:host``, ``flavor.original_name``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from rstapi import naming
from rstapi.model import Field, ObjectSchema, TypeSpec

__all__ = ["Chain", "Guess", "body_tree", "sample_chains"]

MAX_DEPTH = 32  # objects within objects a body is nested to; deeper keys stay where they are listed
Chain = tuple[str, ...]  # the names of the enclosing keys, outermost first (arrays are transparent)
Guess = tuple[Field, str]  # a key no sample shows, and the object it was placed inside by its order


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


def body_tree(
    fields: Sequence[Field], chains: dict[str, list[Chain]], stem: str, schemas: dict[str, ObjectSchema]
) -> tuple[tuple[Field, ...], list[Guess]]:
    """The top-level fields of a body (nested objects become schemas added to ``schemas``), and
    the keys put inside an object only because they are listed after it (no sample shows them)."""
    placed, guesses = _place(fields, chains)
    return _level((), fields, placed, stem, schemas), guesses


def _place(fields: Sequence[Field], chains: dict[str, list[Chain]]) -> tuple[list[Chain], list[Guess]]:
    containers: dict[str, tuple[int, Chain]] = {}  # name -> (order listed, its chain)
    result: list[Chain] = []
    guesses: list[Guess] = []
    for index, field in enumerate(fields):
        valid = [c for c in chains.get(field.name, []) if _open(c, containers) and len(c) < MAX_DEPTH]
        if valid:
            chain = max(valid, key=lambda c: containers[c[-1]][0] if c else -1)
        else:
            chain = _beside_or_inside(fields[index - 1], result[-1]) if result else ()
            chain = chain if len(chain) < MAX_DEPTH else result[-1]
            if result and len(chain) > len(result[-1]):
                guesses.append((field, chain[-1]))
        result.append(chain)
        if field.type.json_type in {"object", "array"}:
            containers[field.name] = (index, chain)
    return result, guesses


def _beside_or_inside(previous: Field, chain: Chain) -> Chain:
    """Where a key no sample shows goes: inside the object listed just before it, else beside
    the item before it."""
    return (*chain, previous.name) if previous.type.json_type == "object" else chain


def _open(chain: Chain, containers: dict[str, tuple[int, Chain]]) -> bool:
    """``chain`` ends in a container listed so far, itself placed at the rest of the chain."""
    return not chain or (chain[-1] in containers and containers[chain[-1]][1] == chain[:-1])


def _level(
    chain: Chain,
    fields: Sequence[Field],
    placed: list[Chain],
    stem: str,
    schemas: dict[str, ObjectSchema],
) -> tuple[Field, ...]:
    result = []
    for field, where in zip(fields, placed, strict=True):
        if where != chain:
            continue
        inner = (*chain, field.name)
        if field.type.json_type in {"object", "array"} and inner in placed:
            field = _with_schema(field, _level(inner, fields, placed, stem, schemas), stem, schemas)
        result.append(field)
    return tuple(result)


def _with_schema(
    field: Field, children: tuple[Field, ...], stem: str, schemas: dict[str, ObjectSchema]
) -> Field:
    is_array = field.type.json_type == "array"
    base = f"{stem}{naming.pascal(field.name)}{'Item' if is_array else ''}"
    name, number = base, 2
    while name in schemas:
        name, number = f"{base}{number}", number + 1
    schemas[name] = ObjectSchema(name, children, field.location)
    target = TypeSpec("object", ref=name)
    spec = attrs.evolve(field.type, items=target) if is_array else attrs.evolve(field.type, ref=name)
    return attrs.evolve(field, type=spec)
