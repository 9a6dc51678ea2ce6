"""Mojibake (UTF-8 read as Latin-1): repaired before parsing, reported line by line (RST118).

Lines are repaired one at a time, so line numbers stay put and the report can compare
each original line with its repair.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.rst.vocabulary import LOSSY_MOJIBAKE

__all__ = ["mojibake_lines", "repair_text"]


@functools.cache
def _fixer() -> Callable[[str], str]:
    """ftfy's repair of UTF-8 read as another encoding, nothing else; ftfy is imported on the first
    line that is not ASCII (an ASCII document never pays for it)."""
    with _wcwidth_on_first_use():
        import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return functools.partial(ftfy.fix_text, config=config)


@contextlib.contextmanager
def _wcwidth_on_first_use() -> Iterator[None]:
    """ftfy imports wcwidth (thirty modules of tables) for its terminal-width helpers, which the
    repair never calls: while ftfy is imported, ``wcwidth`` is a stand-in whose two functions
    import the real module when first called, and it is taken out of ``sys.modules`` afterwards, so
    every other import of wcwidth gets the real one. A third of ftfy's import time."""
    if "wcwidth" in sys.modules:
        yield
        return
    stand_in = types.ModuleType("wcwidth")
    for name in ("wcwidth", "wcswidth"):
        setattr(stand_in, name, _imported_when_called(name))
    sys.modules["wcwidth"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("wcwidth") is stand_in:
            del sys.modules["wcwidth"]


def _imported_when_called(name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        import wcwidth

        return getattr(wcwidth, name)(*args, **kwargs)

    return call


def repair_text(text: str) -> str:
    """Undo UTF-8-read-as-Latin-1 line by line, so line numbers stay put."""
    if text.isascii():  # no line to repair
        return text
    return "\n".join(_repair_line(line) for line in text.split("\n"))


def _repair_line(line: str) -> str:
    if line.isascii():
        return line
    line = _fixer()(line)
    for pattern, replacement in LOSSY_MOJIBAKE:
        line = pattern.sub(replacement, line)
    return line


def mojibake_lines(path: str, original: str, repaired: str) -> list[Diagnostic]:
    """One RST118 per line the repair changed, naming what should be read instead."""
    if original == repaired:
        return []
    found = []
    pairs_of_lines = zip(original.splitlines(), repaired.splitlines(), strict=False)
    for number, (before, after) in enumerate(pairs_of_lines, 1):
        if before == after:
            continue
        pairs = _changed_words(before, after)
        message = "mojibake: " + ", ".join(f"{a!r} should read {b!r}" for a, b in pairs[:3])
        found.append(Diagnostic("RST118", message, SourceLocation(path, number)))
    return found


def _changed_words(before: str, after: str) -> list[tuple[str, str]]:
    words_a, words_b = before.split(" "), after.split(" ")
    matcher = difflib.SequenceMatcher(a=words_a, b=words_b, autojunk=False)
    pairs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            pairs.append((" ".join(words_a[i1:i2])[:40], " ".join(words_b[j1:j2])[:40]))
    return pairs
