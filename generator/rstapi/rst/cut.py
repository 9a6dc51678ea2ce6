"""What the options of an ``.. include::`` or a ``.. literalinclude::`` pick of a file, each line
with its line in that file.

The semantics are docutils' ``Include`` (``docutils/parsers/rst/directives/misc.py``: ``:start-line:``
and ``:end-line:`` slice the file's lines, then ``:start-after:`` and ``:end-before:`` cut at the
first occurrence of their text, anywhere in a line) and Sphinx's ``LiteralIncludeReader``
(``sphinx/directives/code.py``: ``:start-after:``/``:start-at:`` and ``:end-before:``/``:end-at:``
pick whole lines by the first line holding their text, then ``:lines:`` picks from what is left,
then ``:dedent:``, ``:prepend:`` and ``:append:``). Each option's value is checked as those
directives convert it (``OPTIONS``); what makes them refuse the directive is an ``OptionError``,
what they only warn about is returned as a warning and the lines are kept.
"""

from __future__ import annotations

import codecs
import textwrap
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "INCLUDE_OPTIONS",
    "LITERAL_OPTIONS",
    "RST_PARSERS",
    "Line",
    "OptionError",
    "checked_options",
    "expanded",
    "include_cut",
    "literal_cut",
    "parse_line_spec",
]

Line = tuple[str, int]  # a line's text and its line in the file (0: not in the file, :prepend:/:append:)


class OptionError(ValueError):
    """An option whose value makes docutils or Sphinx refuse the directive (nothing is included)."""


def _flag(value: str | None) -> None:
    if value:
        raise OptionError(f"takes no value ({value!r} given)")


def _required(value: str | None) -> str:
    if value is None:
        raise OptionError("needs a value")
    return value


def _unchanged(value: str | None) -> str:
    return value or ""


def _integer(value: str | None) -> int:
    try:
        return int(_required(value))
    except ValueError:
        raise OptionError(f"{value!r} is not an integer") from None


def _optional_integer(value: str | None) -> int | None:
    """docutils' ``value_or((None,), int)``: no value, or an integer."""
    return None if value is None else _integer(value)


def _dedent(value: str | None) -> int | None:
    """Sphinx's ``optional_int``: no value (the common indentation), or a count of characters."""
    number = _optional_integer(value)
    if number is not None and number < 0:
        raise OptionError(f"{value!r} is negative")
    return number


def _encoding(value: str | None) -> str:
    try:
        codecs.lookup(_required(value))
    except LookupError:
        raise OptionError(f"{value!r} is not an encoding Python knows") from None
    return str(value)


# docutils' parser names that name its reStructuredText parser (docutils.parsers.PARSER_ALIASES)
RST_PARSERS = frozenset({"rst", "restructuredtext", "rest", "restx", "rtxt", "docutils.parsers.rst"})

_Convert = Callable[[str | None], Any]
# docutils' Include.option_spec, as its conversion functions check the values
INCLUDE_OPTIONS: dict[str, _Convert] = {
    "literal": _flag,
    "code": _unchanged,
    "encoding": _encoding,
    "parser": _unchanged,
    "tab-width": _integer,
    "start-line": _integer,
    "end-line": _integer,
    "start-after": _required,
    "end-before": _required,
    "number-lines": _optional_integer,
    "class": _required,
    "name": _unchanged,
}
# Sphinx's LiteralInclude.option_spec
LITERAL_OPTIONS: dict[str, _Convert] = {
    "dedent": _dedent,
    "linenos": _flag,
    "lineno-start": _integer,
    "lineno-match": _flag,
    "tab-width": _integer,
    "language": _required,
    "force": _flag,
    "encoding": _encoding,
    "pyobject": _required,
    "lines": _required,
    "start-after": _required,
    "end-before": _required,
    "start-at": _required,
    "end-at": _required,
    "prepend": _required,
    "append": _required,
    "emphasize-lines": _required,
    "caption": _unchanged,
    "class": _required,
    "name": _unchanged,
    "diff": _required,
}
# LiteralIncludeReader.INVALID_OPTIONS_PAIR
_EXCLUSIVE = (
    ("lineno-match", "lineno-start"),
    ("lineno-match", "append"),
    ("lineno-match", "prepend"),
    ("start-after", "start-at"),
    ("end-before", "end-at"),
    ("diff", "pyobject"),
    ("diff", "lineno-start"),
    ("diff", "lineno-match"),
    ("diff", "lines"),
    ("diff", "start-after"),
    ("diff", "end-before"),
    ("diff", "start-at"),
    ("diff", "end-at"),
)


def checked_options(
    written: list[tuple[str, str | None]], table: Mapping[str, _Convert], directive: str
) -> dict[str, Any]:
    """The options as ``table`` converts them; OptionError for one the directive does not have, a
    repeated one or a value it refuses (the directive is then not run)."""
    found: dict[str, Any] = {}
    for name, value in written:
        if name not in table:
            raise OptionError(f":{name}: is not an option of {directive}")
        if name in found:
            raise OptionError(f":{name}: is given twice")
        try:
            found[name] = table[name](value)
        except OptionError as error:
            raise OptionError(f"its :{name}: {error}") from None
    for first, second in _EXCLUSIVE if directive == "literalinclude" else ():
        if first in found and second in found:
            raise OptionError(f":{first}: and :{second}: cannot be used together")
    return found


def include_cut(text: str, options: Mapping[str, Any]) -> tuple[str, int]:
    """The part of ``text`` docutils' ``include`` reads, and the line of the file it begins on."""
    first = 1
    start, end = options.get("start-line"), options.get("end-line")
    if start or end is not None:
        lines = text.splitlines()
        kept = range(len(lines))[start:end]
        text, first = "\n".join(lines[start:end]), (kept[0] + 1 if kept else 1)
    after = options.get("start-after", "")
    if after:
        found = text.find(after)
        if found < 0:
            raise OptionError(f"its :start-after: text {after!r} is not found")
        first += text.count("\n", 0, found + len(after))
        text = text[found + len(after) :]
    before = options.get("end-before", "")
    if before:
        found = text.find(before)
        if found < 0:
            raise OptionError(f"its :end-before: text {before!r} is not found")
        text = text[:found]
    return text, first


def expanded(text: str, width: int) -> str:
    """``text`` with its tabs expanded to ``width`` columns; OptionError when that would grow it
    past ``MAX_EXPANDED`` characters (a tab width of a billion is a gigabyte a tab)."""
    if text.count("\t") * max(width, 0) > MAX_EXPANDED:
        raise OptionError(f"its :tab-width: {width} would grow the text past {MAX_EXPANDED:,} characters")
    return text.expandtabs(width)


MAX_EXPANDED = 50_000_000


def literal_cut(text: str, options: Mapping[str, Any]) -> tuple[list[Line], list[str]]:
    """The lines Sphinx's ``literalinclude`` shows of ``text`` (each with its line in the file),
    and what Sphinx warns about while keeping them; OptionError where it shows nothing."""
    warnings: list[str] = []
    if options.get("tab-width") is not None:
        text = expanded(text, options["tab-width"])
    lines: list[Line] = [(line, number) for number, line in enumerate(text.splitlines(), 1)]
    lines = _end_filter(_start_filter(lines, options), options)
    lines = _lines_filter(lines, options, warnings)
    lines = _dedent_filter(lines, options, warnings)
    if options.get("prepend"):
        lines = [(line, 0) for line in str(options["prepend"]).split("\n")] + lines
    if options.get("append"):
        lines = lines + [(line, 0) for line in str(options["append"]).split("\n")]
    if "emphasize-lines" in options:
        emphasized = parse_line_spec(options["emphasize-lines"], len(lines), "emphasize-lines")
        if any(n >= len(lines) for n in emphasized):
            warnings.append(
                f"its :emphasize-lines: {options['emphasize-lines']!r} is out of the {_lines(lines)}"
            )
    return lines, warnings


def _lines(lines: list[Line]) -> str:
    return f"{len(lines)} line{'s' * (len(lines) != 1)} shown"


def _start_filter(lines: list[Line], options: Mapping[str, Any]) -> list[Line]:
    name = "start-at" if "start-at" in options else "start-after"
    start = options.get(name)
    if not start:
        return lines
    for index, (line, _) in enumerate(lines):
        if start in line:
            return lines[index + (name == "start-after") :]
    raise OptionError(f"its :{name}: text {start!r} is not found")


def _end_filter(lines: list[Line], options: Mapping[str, Any]) -> list[Line]:
    name = "end-at" if "end-at" in options else "end-before"
    end = options.get(name)
    if not end:
        return lines
    for index, (line, _) in enumerate(lines):
        if end in line and (name == "end-at" or index > 0):  # end-before ignores the first line
            return lines[: index + (name == "end-at")]
    raise OptionError(f"its :{name}: text {end!r} is not found")


def _lines_filter(lines: list[Line], options: Mapping[str, Any], warnings: list[str]) -> list[Line]:
    spec = options.get("lines")
    if not spec:
        return lines
    picked = parse_line_spec(spec, len(lines), "lines")
    if any(n >= len(lines) for n in picked):
        cut = any(name in options for name in ("start-after", "start-at", "end-before", "end-at"))
        where = "lines are left after its start and end options" if cut else "lines in the file"
        warnings.append(f"its :lines: {spec!r} is out of range: {len(lines)} {where}")
    if "lineno-match" in options and any(picked[0] + i != n for i, n in enumerate(picked)):
        raise OptionError(f"its :lines: {spec!r} are not one range, as :lineno-match: needs")
    kept = [lines[n] for n in picked if n < len(lines)]
    if not kept:
        raise OptionError(f"its :lines: {spec!r} pick no line of the file")
    return kept


def _dedent_filter(lines: list[Line], options: Mapping[str, Any], warnings: list[str]) -> list[Line]:
    if "dedent" not in options:
        return lines
    width = options["dedent"]
    if width is None:
        dedented = textwrap.dedent("\n".join(line for line, _ in lines)).split("\n")
        return [(text, number) for text, (_, number) in zip(dedented, lines, strict=True)]
    if any(line[:width].strip() for line, _ in lines):
        warnings.append(f"its :dedent: {width} strips characters that are not whitespace")
    return [(line[width:], number) for line, number in lines]


def parse_line_spec(spec: str, total: int, name: str) -> list[int]:
    """Sphinx's ``parse_line_num_spec``: "1,3,5-10,20-" as 0-based line indexes (``total`` lines:
    an open range ends there); OptionError for a spec that is not one."""
    picked: list[int] = []
    for part in spec.split(","):
        ends = part.strip().split("-")
        try:
            if ends == ["", ""] or len(ends) > 2:
                raise ValueError(part)
            if len(ends) == 1:
                picked.append(int(ends[0]) - 1)
                continue
            start = int(ends[0] or 1)
            end = int(ends[1] or max(start, total))
            if start > end:
                raise ValueError(part)
        except ValueError:
            raise OptionError(f"its :{name}: {spec!r} is not a line spec (as 1,3,5-10,20-)") from None
        # past the last line only the first index counts (it is out of range): "1-10**12" is not
        # a trillion indexes
        picked.extend(range(start - 1, max(min(end, total + 1), start)))
    return picked
