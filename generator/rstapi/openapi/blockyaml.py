"""The spec's YAML in block style, its layout written here and its scalars by libyaml.

PyYAML's dump walks the spec in Python to build a node per value (a spec of 250 operations has
about 70,000), and libyaml's emitter asks Python twice per scalar for its implicit tag. Most of a
spec is the same few thousand keys and words repeated; the layout of block mappings and
sequences (two spaces a level, a sequence under a key not indented, ``- `` opening the first line
of an item) is simple. So the spec's distinct scalars are dumped by libyaml once, as the items of
one list, and each occurrence takes the text libyaml gave it. A scalar's text does not depend on
where it stands as long as no line nears the width limit, it is not a key libyaml would write in
the ``? `` form (empty, multi-line or long), and a literal block's lines are indented by their
container's column (the batch wrote them at 2). ``write.dump_spec`` compares both ways on the
tests (tests/unit/test_write_fast.py) and falls back for anything else.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MAX_DEPTH", "Scalars", "gather", "plain_key", "scalar_key", "split_items", "write_block"]

MAX_DEPTH = 100  # deeper nesting (or a wider line) is left to PyYAML
_WIDTH_LEFT = 3500  # the longest one-line scalar text: the indent, a key and the margin fit in 4,096
_LONG_KEY = 120  # a key this long (in characters or bytes) may be written in the "? " form
_SCALARS = (str, int, float, bool, type(None))


class Scalars:
    """The distinct keys and values of a spec, in the order first met, each under its
    ``scalar_key`` (so that 1, 1.0 and True, or 0.0 and -0.0, stay apart)."""

    def __init__(self) -> None:
        self.keys: dict[Any, Any] = {}
        self.values: dict[Any, Any] = {}


def scalar_key(value: Any) -> Any:
    """How a scalar is known in the renderings: a text as itself, anything else by type and repr."""
    return value if type(value) is str else (type(value), repr(value))


def gather(spec: Any) -> Scalars | None:
    """Every distinct scalar of ``spec``; None when its shape is not plain mappings, lists and
    scalars of the JSON types, or it nests deeper than MAX_DEPTH."""
    found = Scalars()
    keys, values = found.keys, found.values
    stack: list[tuple[Any, int]] = [(spec, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return None
        if type(node) is dict:
            for key, value in node.items():
                if type(key) is str:
                    keys[key] = key
                elif type(key) in _SCALARS:
                    keys[scalar_key(key)] = key
                else:
                    return None
                if type(value) is str:
                    values[value] = value
                elif type(value) is dict or type(value) is list:
                    stack.append((value, depth + 1))
                elif type(value) in _SCALARS:
                    values[scalar_key(value)] = value
                else:
                    return None
        elif type(node) is list:
            for item in node:
                if type(item) is str:
                    values[item] = item
                elif type(item) is dict or type(item) is list:
                    stack.append((item, depth + 1))
                elif type(item) in _SCALARS:
                    values[scalar_key(item)] = item
                else:
                    return None
        else:
            return None
    return found


def plain_key(key: Any) -> bool:
    """A key libyaml writes as ``key:`` (a simple key), so as it writes the same scalar as a value."""
    if type(key) is not str:
        return True
    return key != "" and "\n" not in key and len(key) < _LONG_KEY and len(key.encode("utf-8")) < _LONG_KEY


def split_items(text: str, count: int) -> list[str] | None:
    """The ``count`` item texts of a block sequence of scalars as libyaml wrote it at column 0
    (``- `` stripped; a literal block's further lines kept, indented by two); None when an item
    is not one line or a literal block, or a line is too long to be written alike elsewhere."""
    items: list[list[str]] = []
    for line in text.split("\n")[:-1]:
        if line.startswith("- "):
            items.append([line[2:]])
        elif items and (line.startswith("  ") or line == ""):
            items[-1].append(line)
        else:
            return None
    if len(items) != count:
        return None
    found = []
    for lines in items:
        if len(lines) > 1 and not lines[0].startswith("|"):
            return None  # a quoted or plain scalar broken at the width limit
        if len(lines) == 1 and len(lines[0]) > _WIDTH_LEFT:
            return None
        found.append("\n".join(lines))
    return found


def write_block(spec: dict[str, Any] | list[Any], texts: dict[Any, str]) -> str:
    """The block-style YAML of a non-empty mapping or list, each scalar's text in ``texts`` by
    its ``scalar_key`` (a literal block with its further lines indented by two)."""
    out: list[str] = []
    _block(spec, 0, out, texts)
    out.append("")
    return "\n".join(out)


def _block(node: Any, indent: int, out: list[str], texts: dict[Any, str]) -> None:
    """Append the lines of a non-empty mapping or list whose lines start at column ``indent``."""
    pad = " " * indent
    if type(node) is dict:
        for key, value in node.items():
            head = f"{pad}{texts[key] if type(key) is str else texts[scalar_key(key)]}:"
            kind = type(value)
            if kind is str:
                text = texts[value]
                if pad and "\n" in text:
                    text = _indented(text, pad)
                out.append(f"{head} {text}")
            elif kind is dict or kind is list:
                if not value:
                    out.append(f"{head} {{}}" if kind is dict else f"{head} []")
                else:
                    out.append(head)
                    _block(value, indent + 2 if kind is dict else indent, out, texts)
            else:
                out.append(f"{head} {texts[scalar_key(value)]}")
        return
    for item in node:
        kind = type(item)
        if kind is str:
            text = texts[item]
            if pad and "\n" in text:
                text = _indented(text, pad)
            out.append(f"{pad}- {text}")
        elif kind is dict or kind is list:
            if not item:
                out.append(f"{pad}- {{}}" if kind is dict else f"{pad}- []")
            else:
                start = len(out)
                _block(item, indent + 2, out, texts)
                out[start] = f"{pad}- {out[start][indent + 2 :]}"
        else:
            out.append(f"{pad}- {texts[scalar_key(item)]}")


def _indented(text: str, pad: str) -> str:
    """A literal block's text with its further lines moved right by ``pad`` (empty lines stay empty)."""
    first, *rest = text.split("\n")
    return "\n".join([first, *(f"{pad}{line}" if line else line for line in rest)])
