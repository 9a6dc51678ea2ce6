"""docutils -> model: read, repair, parse and extract RST API references."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import ftfy

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api
from rstapi.rst.extract import extract, mojibake_lines
from rstapi.rst.parse import ParsedDocument, ReadError, parse, read_source
from rstapi.rst.vocabulary import LOSSY_MOJIBAKE

__all__ = ["ReadError", "load_api", "repair_text"]

_REPAIR = ftfy.TextFixerConfig(
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


def repair_text(text: str) -> str:
    """Undo UTF-8-read-as-Latin-1 line by line, so line numbers stay put."""
    return "\n".join(_repair_line(line) for line in text.split("\n"))


def _repair_line(line: str) -> str:
    if line.isascii():
        return line
    line = ftfy.fix_text(line, _REPAIR)
    for pattern, replacement in LOSSY_MOJIBAKE:
        line = pattern.sub(replacement, line)
    return line


def load_api(paths: Sequence[tuple[Path, str]]) -> tuple[Api | None, list[Diagnostic]]:
    """Read, repair and extract the sources ``(path, display name)``; ReadError for I/O failures."""
    diagnostics: list[Diagnostic] = []
    docs: list[ParsedDocument] = []
    for path, display in paths:
        text, problems = read_source(path, display)
        diagnostics += problems
        if text is None:
            continue
        repaired = repair_text(text)
        docs.append(parse(repaired, display))
        diagnostics += mojibake_lines(ParsedDocument(display, text, docs[-1].doctree, ()), repaired)
    if not docs:
        return None, diagnostics
    api, found = extract(docs)
    return api, diagnostics + found
