"""JSON examples with their source place; a parse error points at the RST line and column.

Authors paste JSON as their tools printed it or as they trimmed it: tabs inside strings,
URLs wrapped across lines, trailing commas, ``...`` for "and so on", comments. An example
that does not parse is repaired where the repair is unambiguous (``repair_json``), with a
coded diagnostic naming each repair; every repair keeps the line numbers of the text.
A block that stops before its last closing brackets has one completion only, the missing
closers at its end in the order the open brackets ask for; they are added (literal blocks only:
a curl body that does not parse is what the command sends).
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections.abc import Callable
from typing import Any, NamedTuple

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.model import Example
from rstapi.records import Record

__all__ = ["Repair", "json_example", "looks_like_json", "repair_json"]

_LEADING_COMMENTS = re.compile(r"^(?:\s*(?://|#)[^\n]*\n)*\s*")
_STRUCTURE = frozenset("{}[],:")
_WHITESPACE = frozenset(" \t\r\n")
_PLACEHOLDERS = ("...", "\u2026")

# What each repair is called in its diagnostic, by code.
_REPAIRS: dict[str, str] = {
    "RST131": "a control character inside a string, read escaped",
    "RST132": "a string wrapped across lines, read joined",
    "RST133": "a trailing or doubled comma, read without it",
    "RST134": "a '...' placeholder, read without the elided part",
    "RST135": "a comment, read without it",
    "RST137": "its last closing brackets missing, read with them added at the end",
}
_CLOSER = {"{": "}", "[": "]"}


def looks_like_json(text: str) -> bool:
    """Starts with an object or array, after any comment lines (a block that starts with one, most
    of them, is not matched against the comment lines' pattern)."""
    if text[:1] in ("{", "["):
        return True
    leading = _LEADING_COMMENTS.match(text)
    return text[leading.end() if leading else 0 :][:1] in {"{", "["}


@attrs.frozen(repr=False)
class Repair(Record):
    """One kind of repair made to a JSON text: its code, how often, the first place (1-based)."""

    code: str
    count: int
    line: int
    column: int
    detail: str = ""  # what was added, for a repair that adds (RST137: the closers)


def _max_digits() -> int:
    return sys.get_int_max_str_digits() or 4300


def _load(text: str) -> tuple[Any, tuple[str, int, int] | None]:
    """The value, or (message, line, column) of why it is not JSON."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as error:
        return None, (error.msg, error.lineno, error.colno)
    except RecursionError:
        return None, ("nested too deeply to read", 1, 1)
    except ValueError:  # an integer longer than Python's limit on int() digits
        match = re.search(rf"\d{{{_max_digits()},}}", text)
        start = match.start() if match else 0
        line = text.count("\n", 0, start) + 1
        message = f"a number has more than {_max_digits()} digits"
        return None, (message, line, start - text.rfind("\n", 0, start))


def json_example(
    name: str,
    raw: str,
    location: SourceLocation,
    column: int = 0,
    *,
    close: bool = True,
    lines: Lines | None = None,
) -> tuple[Example, list[Diagnostic]]:
    """Parse ``raw`` (written at ``location``), repairing what can be; on failure ``parsed=False``.

    ``close``: a text that stops before its last closing brackets gets them (RST137). ``lines``:
    where each line of ``raw`` (1-based) was written, when its lines are not one run of the file
    at ``location`` (a literalinclude's ``:lines: 1-3,5-`` or ``:prepend:``).
    """
    place = _Place(location, column, lines)
    text = textwrap.dedent(raw)
    value, error = _load(text)
    if error is None:
        return Example(name, raw, location, value), []
    repaired, repairs = repair_json(text, close=close)
    if repairs:
        value, after = _load(repaired)
        if after is None:
            return Example(name, raw, location, value), [_repair_diagnostic(r, raw, place) for r in repairs]
        error = (f"{after[0]} (after repairing {_repair_list(repairs)})", after[1], after[2])
    message, line, col = error
    where = _where(raw, place, line, col)
    text_place = f" (line {line}, column {col} of the JSON)"
    return Example(name, raw, location, None, parsed=False), [
        Diagnostic("RST117", f"JSON example does not parse: {message}{text_place}", where)
    ]


def _repair_list(repairs: list[Repair]) -> str:
    return ", ".join(_REPAIRS[r.code].split(",")[0] for r in repairs)


Lines = Callable[[int], SourceLocation]


class _Place(NamedTuple):
    """Where a JSON text was written: its first line (and column), and each line's place."""

    location: SourceLocation
    column: int
    lines: Lines | None

    def line(self, number: int) -> SourceLocation:
        """The place of the text's line ``number`` (1-based)."""
        if self.lines is not None:
            return self.lines(number)
        return self.location.shifted(number - 1)


def _where(raw: str, place: _Place, line: int, col: int) -> SourceLocation:
    """An RST place for (line, col) of the dedented JSON written at ``place``."""
    if line == 1:
        first = place.line(1)
        return SourceLocation(first.path, first.line, place.column + col)
    lines = raw.split("\n")  # as json counts lines (str.splitlines also splits at \x1c, \u2028 ...)
    written = lines[min(line, len(lines)) - 1]
    dedented = textwrap.dedent(raw).split("\n")[min(line, len(lines)) - 1]
    at = place.line(line)
    return SourceLocation(at.path, at.line, len(written) - len(dedented) + col)


def _repair_diagnostic(repair: Repair, raw: str, place: _Place) -> Diagnostic:
    times = f" ({repair.count} places)" if repair.count > 1 else ""
    message = f"JSON example has {_REPAIRS[repair.code]}{times}{repair.detail}"
    return Diagnostic(repair.code, message, _where(raw, place, repair.line, repair.column))


# ---------------------------------------------------------------- repairs


@attrs.define(repr=False)
class _Scan(Record):
    """One pass over a JSON text; ``out`` keeps one entry per kept or replaced character."""

    text: str
    out: list[str] = attrs.field(factory=list)
    origin: list[int] = attrs.field(factory=list)  # the offset in ``text`` each entry of ``out`` stands for
    elided: set[int] = attrs.field(factory=set)  # positions in ``out`` a placeholder removed
    found: dict[str, list[int]] = attrs.field(factory=dict)  # code -> [first offset in text, count]
    details: dict[str, str] = attrs.field(factory=dict)  # code -> what was added
    i: int = 0
    key_start: int = -1  # where the last string outside a value began in ``out``
    member_start: int = -1  # where the key of the member being read began

    def put(self, char: str, at: int) -> None:
        self.out.append(char)
        self.origin.append(at)

    def note(self, code: str, at: int) -> None:
        self.found.setdefault(code, [at, 0])[1] += 1

    def repairs(self) -> list[Repair]:
        """One Repair per code: how often, and the line and column of the first place."""
        found = []
        for code, (at, count) in sorted(self.found.items()):
            line = self.text.count("\n", 0, at) + 1
            column = at - self.text.rfind("\n", 0, at)
            found.append(Repair(code, count, line, column, self.details.get(code, "")))
        return found


def repair_json(text: str, *, close: bool = False) -> tuple[str, list[Repair]]:
    """``text`` with the pasting slips repaired, and which repairs were made (line numbers kept).

    ``close``: a text that stops before its last closing brackets gets them at its end.
    """
    scan = _Scan(text)
    while scan.i < len(text):
        _step(scan)
    if close:
        _close_truncated(scan)
    _drop_stray_commas(scan)
    return "".join(scan.out), scan.repairs()


def _step(scan: _Scan) -> None:
    text, i = scan.text, scan.i
    char = text[i]
    if char == '"':
        scan.key_start = len(scan.out)
        _string(scan)
    elif text.startswith("//", i) or char == "#":
        end = text.find("\n", i)
        scan.note("RST135", i)
        scan.i = len(text) if end < 0 else end
    elif text.startswith("/*", i):
        end = text.find("*/", i + 2)
        stop = len(text) if end < 0 else end + 2
        scan.note("RST135", i)
        for offset in range(i, stop):
            if text[offset] == "\n":
                scan.put("\n", offset)
        scan.i = stop
    elif any(text.startswith(p, i) for p in _PLACEHOLDERS):
        _placeholder(scan)
    else:
        if char == ":":
            scan.member_start = scan.key_start
        elif char in "{[,":
            scan.member_start = -1
        scan.put(char, i)
        scan.i += 1


def _string(scan: _Scan) -> None:
    """Copy one string literal: control characters escaped, line breaks joined (moved after it)."""
    text = scan.text
    scan.put('"', scan.i)
    scan.i += 1
    moved: list[int] = []
    while scan.i < len(text):
        at, char = scan.i, text[scan.i]
        if char == "\\":
            scan.put(text[at : at + 2], at)
            scan.i += 2
            continue
        scan.i += 1
        if char == '"':
            scan.put('"', at)
            break
        if char == "\n":
            scan.note("RST132", at)
            moved.append(at)
            while scan.i < len(text) and text[scan.i] in " \t":
                scan.i += 1
        elif ord(char) < 0x20:
            scan.note("RST131", at)
            scan.put(json.dumps(char)[1:-1], at)
        else:
            scan.put(char, at)
    for at in moved:
        scan.put("\n", at)


def _placeholder(scan: _Scan) -> None:
    """Drop ``...`` (and a ``"key": ...`` member whole); stray commas are dropped afterwards."""
    scan.note("RST134", scan.i)
    while scan.i < len(scan.text) and scan.text[scan.i] in ".\u2026":
        scan.i += 1
    if scan.member_start >= 0 and _last_structure(scan.out) == ":":
        for index in range(scan.member_start, len(scan.out)):
            if scan.out[index] != "\n":
                scan.out[index] = " "
                scan.elided.add(index)
        scan.member_start = -1
    scan.elided.add(len(scan.out))
    scan.put(" ", scan.i - 1)


def _close_truncated(scan: _Scan) -> None:
    """Add the closers a text that stops early needs, innermost first, after its last character.

    Only when that is the one completion: every closer written pairs with its opener and the text
    does not stop inside a string (a value cut short is not guessed at).
    """
    closers = _missing_closers(scan.out)
    if not closers:
        return
    last = len(scan.text.rstrip()) - 1
    scan.note("RST137", max(last, 0))
    scan.details["RST137"] = f" ({closers!r} added)"
    for char in closers:
        scan.put(char, len(scan.text))


def _missing_closers(out: list[str]) -> str:
    """The closers the open brackets of ``out`` still ask for; "" if none or if they do not pair up."""
    stack: list[str] = []
    in_string = False
    for char in out:
        if in_string:
            in_string = char != '"'
        elif char == '"':
            in_string = True
        elif char in _CLOSER:
            stack.append(_CLOSER[char])
        elif char in "]}" and (not stack or stack.pop() != char):
            return ""
    return "" if in_string else "".join(reversed(stack))


def _last_structure(out: list[str]) -> str:
    for char in reversed(out):
        if char not in _WHITESPACE:
            return char
    return ""


def _tokens(out: list[str]) -> list[tuple[int, str]]:
    """(position, kind) of what stands outside strings: a structural character, or 'v' for a value."""
    found: list[tuple[int, str]] = []
    in_string, previous = False, " "
    for index, char in enumerate(out):
        if in_string:
            in_string = char != '"'
        elif char == '"':
            in_string = True
            found.append((index, "v"))
        elif char in _STRUCTURE:
            found.append((index, char))
        elif char not in _WHITESPACE and (previous in _WHITESPACE or previous in _STRUCTURE):
            found.append((index, "v"))
        previous = char if not in_string else '"'
    return found


def _drop_stray_commas(scan: _Scan) -> None:
    """Drop a comma before a closing bracket, after an opening one, or after another comma."""
    tokens = _tokens(scan.out)
    kept: tuple[int, str] = (-1, "[")
    for index, (position, kind) in enumerate(tokens):
        if kind != ",":
            kept = (position, kind)
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else (len(scan.out), "]")
        if kept[1] in "[{," or after[1] in "]},":
            scan.out[position] = " "
            gap = range(kept[0] + 1, after[0])
            if not any(p in scan.elided for p in gap):
                scan.note("RST133", scan.origin[position])
        else:
            kept = (position, kind)
