"""docutils -> model: read, repair, parse and extract RST API references."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api
from rstapi.rst.extract import extract
from rstapi.rst.mojibake import mojibake_lines, repair_text
from rstapi.rst.parse import ParsedDocument, ReadError, parse, read_source

__all__ = ["ReadError", "load_api", "repair_text"]


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
        diagnostics += mojibake_lines(display, text, repaired)
    if not docs:
        return None, diagnostics
    api, found = extract(docs)
    return api, diagnostics + found
