"""Mojibake (UTF-8 read as Latin-1): repaired before parsing, reported line by line (RST118).

Lines are repaired one at a time, so line numbers stay put and the report can compare
each original line with its repair.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import re
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.rst.vocabulary import LOSSY_MOJIBAKE

__all__ = ["SUSPECT", "mojibake_lines", "repair_text"]

# The characters a line must hold for the repair to change it. ftfy (as ``_fixer`` configures it)
# changes a line only where its mojibake test (``ftfy.badness.BADNESS_RE``) matches, or where it
# holds a C1 control character (its ``fix_c1_controls``); each alternative of that test matches
# only text holding one character of a class of its own, and this is one such class for each
# (classes chosen so that together they are few: none of ’ – — é ü ñ ç is, “ ” are), with the C1
# controls and the characters of LOSSY_MOJIBAKE's patterns. So a line with none of them is left
# as it is, and a document with none of them never imports ftfy (some 25 ms of a build). Derived
# from ftfy's own regex, and held to the installed ftfy by tests/unit/test_mojibake_suspects.py;
# runs of characters are written "a-b".
_SUSPECT_RANGES = (
    "\x80-\x9f\xa1-\xa6\xa8-\xac\xae-\xb3\xb5\xb8-\xd1\xd7-\xd9\xdc-\xdd\xf7\u0100\u0102\u0104"
    "\u0106\u010c\u010e\u0110\u0112\u0116\u0118\u011a\u011e\u0122\u012a\u0130\u0136\u0139\u013b"
    "\u013d\u0141\u0143\u0145\u0147\u0152-\u0153\u0158\u015a\u015e\u0160\u0162\u0164\u016e\u0170"
    "\u0178-\u0179\u017b\u017d\u0192\u02c6-\u02c7\u02d8\u02db-\u02dd\u0384-\u0385\u0413\u0432"
    "\u0490\u2018\u201a\u201c-\u201e\u2020-\u2022\u2030\u2039-\u203a\u2044\u20a7\u20ac\u2116"
    "\u2122\u2202\u2206\u220f\u2211\u221a\u221e\u2229\u222b\u2248\u2260-\u2261\u2264-\u2265\u2310"
    "\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c\u2550-\u256c\u2580\u2584\u2588\u258c"
    "\u2590-\u2593\u25ca\uf8ff\ufffd"
)


def _expanded(ranges: str) -> frozenset[str]:
    """The characters of ``ranges``: single characters and "a-b" runs."""
    found: set[str] = set()
    for run in re.finditer(r"(.)(?:-(.))?", ranges, re.S):
        first, last = run.group(1), run.group(2) or run.group(1)
        found.update(map(chr, range(ord(first), ord(last) + 1)))
    return frozenset(found)


SUSPECT: frozenset[str] = _expanded(_SUSPECT_RANGES) | {
    character for pattern, _ in LOSSY_MOJIBAKE for character in pattern.pattern if not character.isascii()
}


@functools.cache
def _fixer() -> Callable[[str], str]:
    """ftfy's repair of UTF-8 read as another encoding, nothing else; ftfy is imported on the first
    line that holds a SUSPECT character (a document without mojibake rarely pays for it)."""
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
    if line.isascii() or SUSPECT.isdisjoint(line):
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
