"""``.. include::`` and ``.. literalinclude::`` as Sphinx reads them: the file's text in place of
the directive, lines traced.

docutils' own include is off (file insertion is disabled: an input must not read any file it
names). Here a plain ``.. include:: file`` of a file inside the project is spliced into the text
before parsing, and every line of the result remembers the file and line it came from
(``Spliced.origins``), so findings in included text point into the included file. An include with
options (``:literal:``, ``:start-after:`` ...) is left to docutils, which reports it (RST102). A
``literalinclude`` becomes the ``code-block`` of the file's lines (its JSON is an example like any
other, its findings pointing into the file); one with options that pick or change lines
(``:lines:``, ``:start-after:``, ``:dedent:`` ...) is not read. Either one that names no readable
file of the project, or includes itself, is RST162.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.inputs import resolved

__all__ = ["MAX_DEPTH", "MAX_INCLUDED_FILES", "MAX_LINE", "MAX_SPLICED_LINES", "Spliced", "splice_includes"]

MAX_DEPTH = 8  # includes within includes
MAX_LINE = 10_000  # docutils' line_length_limit: one longer line and it refuses the whole document
# The fan-out: depth alone does not bound the total (a file that includes the next one 20 times,
# five deep, is 3.2 million lines from 2.8 KB). docutils reads some 20,000 lines a second.
MAX_SPLICED_LINES = 100_000  # lines of a document with its includes spliced in
# includes and literalincludes spliced into one document: an os-api-ref index.rst splices some 70
# .inc files and several hundred JSON samples (the lines bound keeps the total in check)
MAX_INCLUDED_FILES = 5_000
_INCLUDE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+include::[ \t]+(?P<target>\S.*?)[ \t]*$")
_OPTION = re.compile(r"^[ \t]+:[\w-]+:")
_OPTION_LINE = re.compile(r"^[ \t]+:(?P<name>[\w-]+):(?P<value>.*)$")
_LITERAL_INCLUDE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+literalinclude::[ \t]+(?P<target>\S.*?)[ \t]*$")
# literalinclude options that only style the block (anything else selects or changes its lines)
_LITERAL_OPTIONS = frozenset(
    {
        "language",
        "caption",
        "linenos",
        "lineno-start",
        "emphasize-lines",
        "name",
        "class",
        "force",
        "encoding",
    }
)


@attrs.frozen
class Spliced:
    text: str
    origins: tuple[tuple[str, int], ...]  # for each line of ``text``: (display name, line)
    included: tuple[Path, ...] = ()  # the files spliced in


def splice_includes(
    text: str,
    path: Path,
    display: str,
    read: Callable[[Path, str], tuple[str | None, str | None]],
    shown: Callable[[Path], str],
    root: Path,
    max_bytes: int | None = None,
) -> tuple[Spliced, list[Diagnostic]]:
    """``text`` (of ``path``) with its plain includes spliced in; ``read(path, display)`` gives a
    file's text or why it cannot be read, ``shown(path)`` its display name. Past a bound (the
    spliced text's lines or ``max_bytes``, the number of files) no further file is spliced: RST170
    at the include that crosses it."""
    state = _State(read, shown, root, _Budget(len(text.split("\n")), len(text), max_bytes))
    lines, origins = state.expand(text, path, display, [resolved(path)])
    return Spliced("\n".join(lines), tuple(origins), tuple(state.included)), state.diagnostics


@attrs.define
class _Budget:
    """What a document with its includes may still grow by."""

    lines: int
    size: int
    max_bytes: int | None
    files: int = 0
    spent: bool = False

    def crossed(self, text: str) -> str | None:
        """The bound splicing ``text`` in would cross (None: it is counted in)."""
        lines, size = self.lines + text.count("\n") + 2, self.size + len(text) + 1
        if self.files + 1 > MAX_INCLUDED_FILES:
            return f"more than {MAX_INCLUDED_FILES:,} included files"
        if lines > MAX_SPLICED_LINES:
            return f"more than {MAX_SPLICED_LINES:,} lines with its includes"
        if self.max_bytes is not None and size > self.max_bytes:
            return f"over the {self.max_bytes / 2**20:g} MB input limit with its includes (max-input-mb)"
        self.lines, self.size, self.files = lines, size, self.files + 1
        return None


@attrs.define
class _State:
    read: Callable[[Path, str], tuple[str | None, str | None]]
    shown: Callable[[Path], str]
    root: Path
    budget: _Budget
    diagnostics: list[Diagnostic] = attrs.field(factory=list)
    included: list[Path] = attrs.field(factory=list)

    def expand(
        self, text: str, path: Path, display: str, stack: list[Path]
    ) -> tuple[list[str], list[tuple[str, int]]]:
        lines = text.split("\n")
        out: list[str] = []
        origins: list[tuple[str, int]] = []
        number = 0
        while number < len(lines):
            line = lines[number]
            number += 1
            literal = _LITERAL_INCLUDE.match(line)
            if literal is not None:
                number = self._literal(lines, number, literal, (path, stack[-1]), display, out, origins)
                continue
            match = _INCLUDE.match(line)
            if match is None or _has_options(lines, number) or match["target"].startswith("<"):
                out.append(line)
                origins.append((display, number))
                continue
            target = self._target(path, match["target"])
            inner = self._text(target, stack, f"include {match['target']!r}", display, number)
            if inner is None:
                out.append(match["indent"] + "..")  # an empty comment: the line stays, says nothing
                origins.append((display, number))
                continue
            self.included.append(target)
            inner_lines, inner_origins = self.expand(
                inner, target, self.shown(target), [*stack, resolved(target)]
            )
            out += [match["indent"] + text_line if text_line.strip() else "" for text_line in inner_lines]
            origins += inner_origins
            out.append("")  # the included text ends where the directive did
            origins.append((display, number))
        return out, origins

    def _literal(
        self,
        lines: list[str],
        number: int,
        match: re.Match[str],
        paths: tuple[Path, Path],
        display: str,
        out: list[str],
        origins: list[tuple[str, int]],
    ) -> int:
        """``.. literalinclude:: file`` as the ``code-block`` of the file's lines, each traced to
        its line in that file; returns the line after the directive's options. ``paths``: the
        including file as written and resolved."""
        path, resolved_path = paths
        options: dict[str, str] = {}
        while number < len(lines) and (option := _OPTION_LINE.match(lines[number])):
            options[option["name"]] = option["value"].strip()
            number += 1
        indent, directive = match["indent"], number - len(options)
        unread = sorted(set(options) - _LITERAL_OPTIONS)
        where = f"literalinclude {match['target']!r}"
        target = self._target(path, match["target"])
        if unread:
            message = f"{where}: its option(s) {', '.join(':' + o + ':' for o in unread)} are not read"
            self.diagnostics.append(Diagnostic("RST162", message, SourceLocation(display, directive)))
            inner = None
        else:
            inner = self._text(target, [resolved_path], where, display, directive)
        out.append(
            indent + ("..  " if inner is None else f".. code-block:: {options.get('language', 'none')}")
        )
        out.append("")
        origins += [(display, directive), (display, directive)]
        if inner is not None:
            self.included.append(target)
            shown = self.shown(target)
            for offset, text_line in enumerate(inner.split("\n"), 1):
                out.append(indent + "   " + text_line if text_line.strip() else "")
                origins.append((shown, offset))
            out.append("")
            origins.append((display, directive))
        return number

    def _text(self, target: Path, stack: list[Path], where: str, display: str, number: int) -> str | None:
        """The text of an included file, or None after reporting why it is not read (RST162)."""
        if self.budget.spent:
            return None  # said once, at the include that crossed the bound
        problem = self._problem(target, stack)
        inner: str | None = None
        if problem is None:
            inner, problem = self.read(target, self.shown(target))
        if inner is not None and (long := _long_line(inner)) is not None:
            inner, problem = (
                None,
                f"line {long} of {self.shown(target)} is longer than {MAX_LINE:,} characters (docutils would refuse the whole document)",
            )
        if inner is None:
            self.diagnostics.append(
                Diagnostic("RST162", f"{where}: {problem}", SourceLocation(display, number))
            )
            return None
        bound = self.budget.crossed(inner)
        if bound is not None:
            self.budget.spent = True
            message = (
                f"{where}: the document would have {bound}; this include and the ones after it are not read"
            )
            self.diagnostics.append(Diagnostic("RST170", message, SourceLocation(display, number)))
            return None
        return inner

    def _target(self, path: Path, written: str) -> Path:
        """Relative to the including file; "/x" from the project root (as Sphinx reads it)."""
        return self.root / written.lstrip("/") if written.startswith("/") else path.parent / written

    def _problem(self, target: Path, stack: list[Path]) -> str | None:
        """Why an include would loop (the reader refuses what is outside the project or unreadable)."""
        if resolved(target) in stack:
            return f"{self.shown(target)} includes itself"
        if len(stack) > MAX_DEPTH:
            return f"includes nest more than {MAX_DEPTH} deep"
        return None


def _long_line(text: str) -> int | None:
    """The first line of ``text`` longer than docutils reads (its ``line_length_limit``), if any."""
    if len(text) <= MAX_LINE:
        return None
    return next((n for n, line in enumerate(text.split("\n"), 1) if len(line) > MAX_LINE), None)


def _has_options(lines: list[str], number: int) -> bool:
    """The directive on line ``number`` (1-based) has an option block (``:literal:`` ...)."""
    return number < len(lines) and bool(_OPTION.match(lines[number]))
