"""``.. include::`` as Sphinx reads it: the file's text in place of the directive, lines traced.

docutils' own include is off (file insertion is disabled: an input must not read any file it
names). Here a plain ``.. include:: file`` of a file inside the project is spliced into the text
before parsing, and every line of the result remembers the file and line it came from
(``Spliced.origins``), so findings in included text point into the included file. An include with
options (``:literal:``, ``:start-after:`` ...) is left to docutils, which reports it (RST102);
one that names no readable file of the project, or includes itself, is RST162.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation

__all__ = ["MAX_DEPTH", "Spliced", "splice_includes"]

MAX_DEPTH = 8  # includes within includes
_INCLUDE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+include::[ \t]+(?P<target>\S.*?)[ \t]*$")
_OPTION = re.compile(r"^[ \t]+:[\w-]+:")


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
) -> tuple[Spliced, list[Diagnostic]]:
    """``text`` (of ``path``) with its plain includes spliced in; ``read(path, display)`` gives a
    file's text or why it cannot be read, ``shown(path)`` its display name."""
    state = _State(read, shown, root)
    lines, origins = state.expand(text, path, display, [path.resolve()])
    return Spliced("\n".join(lines), tuple(origins), tuple(state.included)), state.diagnostics


@attrs.define
class _State:
    read: Callable[[Path, str], tuple[str | None, str | None]]
    shown: Callable[[Path], str]
    root: Path
    diagnostics: list[Diagnostic] = attrs.field(factory=list)
    included: list[Path] = attrs.field(factory=list)

    def expand(
        self, text: str, path: Path, display: str, stack: list[Path]
    ) -> tuple[list[str], list[tuple[str, int]]]:
        lines = text.split("\n")
        out: list[str] = []
        origins: list[tuple[str, int]] = []
        for number, line in enumerate(lines, 1):
            match = _INCLUDE.match(line)
            if match is None or _has_options(lines, number) or match["target"].startswith("<"):
                out.append(line)
                origins.append((display, number))
                continue
            target = self._target(path, match["target"])
            problem = self._problem(target, stack)
            inner: str | None = None
            if problem is None:
                inner, problem = self.read(target, self.shown(target))
            if inner is None:
                message = f"include {match['target']!r}: {problem}"
                self.diagnostics.append(Diagnostic("RST162", message, SourceLocation(display, number)))
                out.append(match["indent"] + "..")  # an empty comment: the line stays, says nothing
                origins.append((display, number))
                continue
            self.included.append(target)
            inner_lines, inner_origins = self.expand(
                inner, target, self.shown(target), [*stack, target.resolve()]
            )
            out += [match["indent"] + text_line if text_line.strip() else "" for text_line in inner_lines]
            origins += inner_origins
            out.append("")  # the included text ends where the directive did
            origins.append((display, number))
        return out, origins

    def _target(self, path: Path, written: str) -> Path:
        """Relative to the including file; "/x" from the project root (as Sphinx reads it)."""
        return self.root / written.lstrip("/") if written.startswith("/") else path.parent / written

    def _problem(self, target: Path, stack: list[Path]) -> str | None:
        resolved = target.resolve()
        if not resolved.is_relative_to(self.root.resolve()):
            return f"{self.shown(target)} is outside the project ({self.root.name}/)"
        if resolved in stack:
            return f"{self.shown(target)} includes itself"
        if len(stack) > MAX_DEPTH:
            return f"includes nest more than {MAX_DEPTH} deep"
        return None


def _has_options(lines: list[str], number: int) -> bool:
    """The directive on line ``number`` (1-based) has an option block (``:literal:`` ...)."""
    return number < len(lines) and bool(_OPTION.match(lines[number]))
