"""``.. include::`` and ``.. literalinclude::`` as Sphinx reads them: the file's text in place of
the directive, lines traced.

docutils' own include is off (file insertion is disabled: an input must not read any file it
names). Here an ``.. include:: file`` of a file inside the project is spliced into the text
before parsing, and every line of the result remembers the file and line it came from
(``Spliced.origins``), so findings in included text point into the included file. Its options
pick and shape the text as docutils' ``Include`` does (``rstapi.rst.cut``: ``:start-line:``,
``:end-line:``, ``:start-after:``, ``:end-before:``, ``:encoding:``, ``:tab-width:``; with
``:literal:`` or ``:code:`` the text is a literal block), each line still traced to its real line.
A ``literalinclude`` becomes the ``code-block`` of the lines Sphinx's ``LiteralIncludeReader``
picks (``:lines:``, ``:start-after:``/``:start-at:``, ``:end-before:``/``:end-at:``, ``:dedent:``,
``:prepend:``, ``:append:``): its JSON is an example like any other, its findings pointing into
the file. Either one that names no readable file of the project, or an include that includes
itself, is RST162; an option this reader does not apply (``:parser:`` other than
reStructuredText, ``:diff:``, ``:pyobject:``) is RST166 and the file is not included; a value
docutils or Sphinx refuses (a text not found, a line spec that picks nothing, two options that
exclude each other) is RST167 and the file is not included, one they only warn about (a line
range past the end) RST167 with the lines kept.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.inputs import resolved
from rstapi.records import Record
from rstapi.rst.cut import (
    INCLUDE_OPTIONS,
    LITERAL_OPTIONS,
    RST_PARSERS,
    Line,
    OptionError,
    checked_options,
    expanded,
    include_cut,
    literal_cut,
)

__all__ = [
    "MAX_DEPTH",
    "MAX_INCLUDED_FILES",
    "MAX_LINE",
    "MAX_SPLICED_LINES",
    "Spliced",
    "literalinclude_lines",
    "splice_includes",
]

MAX_DEPTH = 8  # includes within includes
MAX_LINE = 10_000  # docutils' line_length_limit: one longer line and it refuses the whole document
# The fan-out: depth alone does not bound the total (a file that includes the next one 20 times,
# five deep, is 3.2 million lines from 2.8 KB). docutils reads some 20,000 lines a second.
MAX_SPLICED_LINES = 100_000  # lines of a document with its includes spliced in
# includes and literalincludes spliced into one document: an os-api-ref index.rst splices some 70
# .inc files and several hundred JSON samples (the lines bound keeps the total in check)
MAX_INCLUDED_FILES = 5_000
_DIRECTIVE = re.compile(
    r"^(?P<indent>[ \t]*)\.\.[ \t]+(?P<name>include|literalinclude)::[ \t]+(?P<target>\S.*?)[ \t]*$"
)
_OPTION_LINE = re.compile(r"^(?P<indent>[ \t]+):(?P<name>[\w-]+):(?P<value>.*)$")
_NO_CLIP = (None, None, "", "")  # an include's clip options when it has none (docutils' include_log)
# options these readers do not apply, and why
_NOT_READ = {
    "diff": "a diff of two files is not read",
    "pyobject": "the lines of a Python object are not picked",
}
Read = Callable[[Path, str, str | None], tuple[str | None, str | None]]


@attrs.frozen(repr=False)
class Spliced(Record):
    text: str
    origins: tuple[tuple[str, int], ...]  # for each line of ``text``: (display name, line)
    included: tuple[Path, ...] = ()  # the files spliced in


def splice_includes(
    text: str,
    path: Path,
    display: str,
    read: Read,
    shown: Callable[[Path], str],
    root: Path,
    max_bytes: int | None = None,
) -> tuple[Spliced, list[Diagnostic]]:
    """``text`` (of ``path``) with its includes spliced in; ``read(path, display, encoding)`` gives
    a file's text (None: the default encoding) or why it cannot be read, ``shown(path)`` its
    display name. Past a bound (the
    spliced text's lines or ``max_bytes``, the number of files) no further file is spliced: RST170
    at the include that crosses it."""
    state = _State(read, shown, root, _Budget(len(text.split("\n")), len(text), max_bytes), path)
    out = state.expand(text, path, display, [(resolved(path), _NO_CLIP)])
    return Spliced("\n".join(out.lines), tuple(out.origins), tuple(state.included)), state.diagnostics


@attrs.define(repr=False)
class _Budget(Record):
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


@attrs.define(repr=False)
class _Out(Record):
    """Lines of the spliced text and, for each, the file and line it was written at."""

    lines: list[str] = attrs.field(factory=list)
    origins: list[tuple[str, int]] = attrs.field(factory=list)

    def add(self, line: str, origin: tuple[str, int]) -> None:
        self.lines.append(line)
        self.origins.append(origin)

    def copy(self, lines: list[str], start: int, end: int, file: tuple[str, int]) -> None:
        """``lines[start:end]`` of ``file`` (its display name, the line number of ``lines[0]``)."""
        self.lines += lines[start:end]
        self.origins += zip(
            itertools.repeat(file[0], end - start), range(start + file[1], end + file[1]), strict=True
        )


@attrs.frozen(repr=False)
class _Directive(Record):
    """An include or a literalinclude as written: its target, options and place."""

    name: str
    indent: str
    target: str
    options: list[tuple[str, str | None]]
    path: Path  # the file it is written in
    display: str
    number: int  # its line in that file

    @property
    def where(self) -> str:
        return f"{self.name} {self.target!r}"

    @property
    def origin(self) -> tuple[str, int]:
        return self.display, self.number


class _NotSpliced(Exception):
    """The directive is not spliced in: ``code`` says why (None: said already, at a bound)."""

    def __init__(self, code: str | None, message: str = "") -> None:
        super().__init__(message)
        self.code = code


@attrs.define(repr=False)
class _State(Record):
    read: Read
    shown: Callable[[Path], str]
    root: Path
    budget: _Budget
    document: Path  # what every relative name is resolved against, in an included file too
    diagnostics: list[Diagnostic] = attrs.field(factory=list)
    included: list[Path] = attrs.field(factory=list)

    def expand(
        self, text: str, path: Path, display: str, stack: list[tuple[Path, tuple[Any, ...]]], first: int = 1
    ) -> _Out:
        """``text`` (of ``path``, beginning at its line ``first``) with its includes spliced in;
        ``stack``: the files (and their clip options) being spliced, outermost first."""
        lines = text.split("\n")
        out = _Out()
        done = 0  # the lines before it are in ``out``
        for index in [n for n, line in enumerate(lines) if "include::" in line]:  # maybe a directive
            match = _DIRECTIVE.match(lines[index]) if index >= done else None
            if match is None or match["target"].startswith("<"):  # <isonum.txt>: docutils' own
                continue
            out.copy(lines, done, index, (display, first))
            options, done = _option_block(lines, index + 1)
            directive = _Directive(
                match["name"], match["indent"], match["target"], options, path, display, index + first
            )
            if not self._splice(directive, stack, out):
                out.add(directive.indent + "..", directive.origin)  # a comment: the lines stay, say nothing
                out.copy(lines, index + 1, done, (display, first))
        out.copy(lines, done, len(lines), (display, first))
        return out

    def _splice(self, directive: _Directive, stack: list[tuple[Path, tuple[Any, ...]]], out: _Out) -> bool:
        """Splice the directive's file in; False (reported) when it is not."""
        try:
            if directive.name == "literalinclude":
                self._literal(directive, out)
            else:
                self._include(directive, stack, out)
        except _NotSpliced as refused:
            if refused.code is not None:
                message = f"{directive.where}: {refused}"
                self.diagnostics.append(Diagnostic(refused.code, message, SourceLocation(*directive.origin)))
            return False
        return True

    def _include(self, directive: _Directive, stack: list[tuple[Path, tuple[Any, ...]]], out: _Out) -> None:
        """docutils' ``include``: the (cut) text parsed in place, or a literal block of it."""
        options = _options(directive, INCLUDE_OPTIONS)
        parser = options.get("parser") or "rst"
        if parser.lower() not in RST_PARSERS:
            raise _NotSpliced("RST166", f"its :parser: {parser!r} is not read (only reStructuredText is)")
        target = self._target(directive)
        clip = tuple(options.get(name, empty) for name, empty in zip(_CLIP_OPTIONS, _NO_CLIP, strict=True))
        problem = self._problem(target, clip, stack)
        if problem is not None:
            raise _NotSpliced("RST162", problem)
        text, shown = self._text(target, options.get("encoding"), directive)
        cut, first = _cut(lambda: include_cut(text, options), shown)
        tab = options.get("tab-width")
        if "literal" in options or "code" in options:
            if tab is not None and tab >= 0:
                cut = _cut(lambda: expanded(cut, tab), shown)
            lines = [(line, first + n) for n, line in enumerate(cut.removesuffix("\n").split("\n"))]
            header = "::" if "literal" in options else f".. code-block:: {options['code']}".rstrip()
            self._block(directive, header, lines, (target, shown), out)
            return
        if tab is not None:
            cut = _cut(lambda: expanded(cut, tab), shown)
        long = _long_line(cut)
        self._admit(cut, shown, None if long is None else first + long - 1)
        self.included.append(target)
        inner = self.expand(cut, target, shown, [*stack, (resolved(target), clip)], first)
        out.lines += [directive.indent + line if line.strip() else "" for line in inner.lines]
        out.origins += inner.origins
        out.add("", directive.origin)  # the included text ends where the directive did

    def _literal(self, directive: _Directive, out: _Out) -> None:
        """Sphinx's ``literalinclude``: the ``code-block`` of the lines its options pick."""
        options = _options(directive, LITERAL_OPTIONS)
        unread = next((name for name in _NOT_READ if name in options), None)
        if unread is not None:
            raise _NotSpliced("RST166", f"its :{unread}: option is not read ({_NOT_READ[unread]})")
        target = self._target(directive)
        text, shown = self._text(target, options.get("encoding"), directive)
        lines, warnings = _cut(lambda: literal_cut(text, options), shown)
        for warning in warnings:
            message = f"{directive.where}: {warning} ({shown}); the lines in range are shown"
            self.diagnostics.append(Diagnostic("RST167", message, SourceLocation(*directive.origin)))
        header = f".. code-block:: {options.get('language', 'none')}"
        self._block(directive, header, lines, (target, shown), out)

    def _block(
        self, directive: _Directive, header: str, lines: list[Line], file: tuple[Path, str], out: _Out
    ) -> None:
        """A literal block (``header``: ``::`` or a ``code-block``) of ``lines`` of ``file``."""
        long = next((number or directive.number for line, number in lines if len(line) > MAX_LINE), None)
        self._admit("\n".join(line for line, _ in lines), file[1], long)
        self.included.append(file[0])
        indent = directive.indent
        if not any(line.strip() for line, _ in lines):  # an empty block shows nothing
            out.add(indent + "..", directive.origin)
            return
        out.add(indent + header, directive.origin)
        out.add("", directive.origin)
        for line, number in lines:
            out.add(
                indent + "   " + line if line.strip() else "",
                (file[1], number) if number else directive.origin,
            )
        out.add("", directive.origin)

    def _text(self, target: Path, encoding: str | None, directive: _Directive) -> tuple[str, str]:
        """An included file's text and display name; _NotSpliced (RST162) when it is not read."""
        if self.budget.spent:
            raise _NotSpliced(None)  # said once, at the include that crossed the bound
        shown = self.shown(target)
        text, problem = self.read(target, shown, encoding)
        if text is None:
            raise _NotSpliced("RST162", str(problem) + self._beside(target, directive))
        return text, shown

    def _beside(self, target: Path, directive: _Directive) -> str:
        """A hint for a name that is a file only relative to the included file it is written in."""
        there = directive.path.parent / directive.target
        if directive.target.startswith("/") or there == target:
            return ""
        if not resolved(there).is_relative_to(resolved(self.root)) or not there.is_file():
            return ""  # a hint names no file outside Sphinx's folder
        return (
            f" (Sphinx reads a name in an included file relative to the document, "
            f"{self.shown(self.document)}; relative to {directive.display} it is {self.shown(there)})"
        )

    def _admit(self, text: str, shown: str, long: int | None) -> None:
        """Count ``text`` in the document's bounds; _NotSpliced when it crosses one or its line
        ``long`` (of ``shown``) is longer than docutils reads."""
        if long is not None:
            raise _NotSpliced(
                "RST162",
                f"line {long} of {shown} is longer than {MAX_LINE:,} characters "
                "(docutils would refuse the whole document)",
            )
        bound = self.budget.crossed(text)
        if bound is not None:
            self.budget.spent = True
            raise _NotSpliced(
                "RST170", f"the document would have {bound}; this include and the ones after it are not read"
            )

    def _target(self, directive: _Directive) -> Path:
        """As Sphinx reads it (``env.relfn2path``, for an include and a literalinclude): relative to
        the document, also in a file it includes (docutils alone would read it relative to that
        file); "/x" from Sphinx's source folder."""
        written = directive.target
        return self.root / written.lstrip("/") if written.startswith("/") else self.document.parent / written

    def _problem(
        self, target: Path, clip: tuple[Any, ...], stack: list[tuple[Path, tuple[Any, ...]]]
    ) -> str | None:
        """Why an include would loop (as docutils: the same file with the same clip options)."""
        if (resolved(target), clip) in stack:
            return f"{self.shown(target)} includes itself"
        if len(stack) > MAX_DEPTH:
            return f"includes nest more than {MAX_DEPTH} deep"
        return None


_CLIP_OPTIONS = ("start-line", "end-line", "start-after", "end-before")


def _options(directive: _Directive, table: dict[str, Any]) -> dict[str, Any]:
    try:
        return checked_options(directive.options, table, directive.name)
    except OptionError as error:
        raise _NotSpliced("RST167", f"{error}; the file is not included") from None


_T = TypeVar("_T")


def _cut(cut: Callable[[], _T], shown: str) -> _T:
    """What ``cut`` picks of ``shown``'s text; _NotSpliced (RST167) when docutils or Sphinx refuse it."""
    try:
        return cut()
    except OptionError as error:
        raise _NotSpliced("RST167", f"{error} in {shown}; the file is not included") from None


def _option_block(lines: list[str], index: int) -> tuple[list[tuple[str, str | None]], int]:
    """The options written from ``lines[index]`` on (a value may go on over deeper-indented
    lines, joined by newlines as docutils does), and the index of the line after them."""
    options: list[tuple[str, str | None]] = []
    while index < len(lines) and (option := _OPTION_LINE.match(lines[index])):
        value, depth = option["value"].strip(), len(option["indent"])
        index += 1
        while index < len(lines) and lines[index].strip() and _depth(lines[index]) > depth:
            value = f"{value}\n{lines[index].strip()}" if value else lines[index].strip()
            index += 1
        options.append((option["name"], value or None))
    return options, index


def _depth(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def literalinclude_lines(text: str, line: int, included: str) -> list[Line] | None:
    """The lines of ``included`` (a file's text) that the ``literalinclude`` at line ``line`` of
    ``text`` shows, each with its line in that file (0: a ``:prepend:``/``:append:`` line), as
    the splicing traces them; None when no such directive is there or its options are refused.
    For a reader of Sphinx's doctree (``rstapi.sphinx.places``), whose block knows its directive."""
    lines = text.split("\n")
    match = _DIRECTIVE.match(lines[line - 1]) if 0 < line <= len(lines) else None
    if match is None or match["name"] != "literalinclude":
        return None
    written, _ = _option_block(lines, line)
    try:
        return literal_cut(included, checked_options(written, LITERAL_OPTIONS, "literalinclude"))[0]
    except OptionError:
        return None


def _long_line(text: str) -> int | None:
    """The first line of ``text`` longer than docutils reads (its ``line_length_limit``), if any."""
    if len(text) <= MAX_LINE:
        return None
    return next((n for n, line in enumerate(text.split("\n"), 1) if len(line) > MAX_LINE), None)
