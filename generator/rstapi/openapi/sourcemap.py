"""Where each part of the spec was documented: JSON pointer -> "file:line".

The one reader of source information for every consumer (lint, contract, mock hints, diff).
During the build the in-memory spec carries an inline ``x-rst-source`` on every documented node
(validation and the overlay's resolution read it there). ``rstapi build`` splits them out: the
written spec has none, so an edit that moves lines but changes no API fact leaves it byte-identical,
and the map is written beside it (``spec/openapi.sourcemap.json`` for ``spec/openapi.yaml``).
When there is no such file, the map is read off a spec's inline ``x-rst-source`` keys.

What an overlay action adds or changes is the overlay's, not the reference's: the in-memory spec
carries those places at its root (``x-rst-overlay``: the overlay file and, per JSON pointer, its
action's "file:line"), since a value such as ``minItems: 1`` has no mapping to carry a key. The map
gets those entries too, and names the overlay file under ``#overlay`` (no pointer starts with "#"),
so a consumer tells an overlay rule from a reference line (``overlay_source``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from rstapi.diagnostics import ReadError
from rstapi.inputs import read_bounded
from rstapi.naming import pointer_token

__all__ = [
    "INLINE_KEYS",
    "OVERLAY_KEY",
    "SOURCE_KEY",
    "dump_sourcemap",
    "load_sourcemap",
    "overlay_source",
    "source_for",
    "source_places",
    "sourcemap_from_spec",
    "sourcemap_path",
    "split_sources",
    "without_sources",
]

SOURCE_KEY = "x-rst-source"
OVERLAY_KEY = "x-rst-overlay"  # at the in-memory spec's root: {"file": ..., "sources": {pointer: source}}
_MAP_OVERLAY = "#overlay"  # in a source map: the overlay file


# On a parameter of the in-memory spec: where its example is written (a curl's URL), when that is
# not the parameter's own line; the overlay's literal example cites it (literal.py). Not in the map.
EXAMPLE_SOURCE_KEY = "x-rst-example-source"
# the in-memory spec's keys, never written
INLINE_KEYS = frozenset({SOURCE_KEY, OVERLAY_KEY, EXAMPLE_SOURCE_KEY})


def sourcemap_path(spec_path: Path) -> Path:
    """``spec/openapi.yaml`` -> ``spec/openapi.sourcemap.json``."""
    return spec_path.with_name(f"{spec_path.stem}.sourcemap.json")


def sourcemap_from_spec(spec: Any) -> dict[str, str]:
    """Every inline ``x-rst-source`` of ``spec``, keyed by the JSON pointer of the node carrying it."""
    found: dict[str, str] = {}
    stack: list[tuple[str, Any]] = [("", spec)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            source = node.get(SOURCE_KEY)
            if isinstance(source, str):
                found[pointer] = source
            stack.extend((f"{pointer}/{pointer_token(str(key))}", value) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((f"{pointer}/{index}", value) for index, value in enumerate(node))
    return dict(sorted(_with_overlay(found, spec).items()))


def _with_overlay(found: dict[str, str], spec: Any) -> dict[str, str]:
    """``found`` with the overlay's places of ``spec`` (its root ``x-rst-overlay``) where the
    reference has none, and the overlay file under ``#overlay``."""
    overlay = spec.get(OVERLAY_KEY) if isinstance(spec, dict) else None
    if not isinstance(overlay, dict) or not isinstance(overlay.get("sources"), dict):
        return found
    for pointer, source in overlay["sources"].items():
        found.setdefault(str(pointer), str(source))
    found[_MAP_OVERLAY] = str(overlay.get("file", ""))
    return found


def overlay_source(sourcemap: Mapping[str, str], source: str | None) -> bool:
    """``source`` ("file:line") is a line of the overlay, not of the reference."""
    overlay = sourcemap.get(_MAP_OVERLAY)
    return bool(overlay) and source is not None and source.rpartition(":")[0] == overlay


def without_sources(node: Any) -> Any:
    """A copy of ``node`` with every ``x-rst-source`` key removed (the rest shared, not copied)."""
    if isinstance(node, dict):
        return {key: without_sources(value) for key, value in node.items() if key not in INLINE_KEYS}
    if isinstance(node, list):
        return [without_sources(value) for value in node]
    return node


def split_sources(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The spec as written (no ``x-rst-source``) and its source map (pointers into that spec), in
    one walk.

    Removing a key changes no other key's pointer, so the map's pointers are valid in both.
    """
    found: dict[str, str] = {}
    stripped = _split_mapping(spec, "", found)
    return stripped, dict(sorted(_with_overlay(found, spec).items()))


def _split_mapping(node: dict[Any, Any], pointer: str, found: dict[str, str]) -> dict[Any, Any]:
    """``node`` without its inline sources, which go to ``found``, and so each mapping and list
    below it (a scalar is itself: only they are given a pointer). A loop per entry, the two kinds
    of container each split by its own function, not a comprehension asking each value twice."""
    source = node.get(SOURCE_KEY)
    if isinstance(source, str):
        found[pointer] = source
    stripped = {}
    for key, value in node.items():
        if key in INLINE_KEYS:
            continue
        if isinstance(value, dict):
            value = _split_mapping(value, f"{pointer}/{pointer_token(str(key))}", found)
        elif isinstance(value, list):
            value = _split_list(value, f"{pointer}/{pointer_token(str(key))}", found)
        stripped[key] = value
    return stripped


def _split_list(node: list[Any], pointer: str, found: dict[str, str]) -> list[Any]:
    stripped = []
    for index, value in enumerate(node):
        if isinstance(value, dict):
            value = _split_mapping(value, f"{pointer}/{index}", found)
        elif isinstance(value, list):
            value = _split_list(value, f"{pointer}/{index}", found)
        stripped.append(value)
    return stripped


def source_places(spec: Any) -> set[str]:
    """Every ``x-rst-source`` value of ``spec`` (no pointers: what the coverage figure needs)."""
    found: set[str] = set()
    stack = [spec]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            source = node.get(SOURCE_KEY)
            if isinstance(source, str):
                found.add(source)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def dump_sourcemap(sourcemap: Mapping[str, str]) -> str:
    """Deterministic text: sorted keys, one entry a line (``json.dumps(indent=1)``'s layout).

    ``json.dumps`` indents in Python; orjson writes the same text at two spaces a level, in C,
    and a flat map of strings (no line break inside a JSON string) is moved to one space by
    taking one from each entry's line. A map orjson refuses (a lone surrogate) takes json."""
    ordered = dict(sorted(sourcemap.items()))
    try:
        text = orjson.dumps(ordered, option=orjson.OPT_INDENT_2).decode().replace("\n  ", "\n ")
    except TypeError:  # orjson.JSONEncodeError
        text = json.dumps(ordered, indent=1, ensure_ascii=False)
    return text + "\n"


def load_sourcemap(spec_path: Path, spec: Any = None) -> dict[str, str]:
    """The map written beside ``spec_path``; else the inline sources of ``spec``; else empty."""
    path = sourcemap_path(spec_path)
    try:
        loaded = json.loads(read_bounded(path, str(path), role="a source map", subject="the source map"))
    except (ReadError, ValueError, RecursionError):  # a FIFO or device named so is not read either
        loaded = None
    if isinstance(loaded, dict):
        return {str(key): str(value) for key, value in loaded.items()}
    return sourcemap_from_spec(spec) if spec is not None else {}


def source_for(sourcemap: Mapping[str, str], pointer: str) -> str | None:
    """The source of ``pointer`` or of its nearest documented ancestor."""
    while True:
        if pointer in sourcemap:
            return sourcemap[pointer]
        if not pointer:
            return None
        pointer = pointer.rpartition("/")[0]
