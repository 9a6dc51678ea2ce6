"""docutils -> model: read, repair, parse and extract RST API references."""

from __future__ import annotations

import os
import posixpath
from collections.abc import Sequence
from pathlib import Path

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api
from rstapi.rst.extract import extract
from rstapi.rst.mojibake import mojibake_lines, repair_text
from rstapi.rst.parse import ParsedDocument, ReadError, parse, read_source
from rstapi.rst.project import label_finder

__all__ = ["ReadError", "load_api", "repair_text"]


def load_api(paths: Sequence[tuple[Path, str]]) -> tuple[Api | None, list[Diagnostic]]:
    """Read, repair and extract the sources ``(path, display name)``; ReadError for I/O failures.

    The sources are one Sphinx project: a ``:ref:`` may point into another of them, and one to a
    label of a project file that is not among them is a warning (RST156), not an error.
    """
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
    elsewhere = label_finder([path for path, _ in paths], lambda other: _shown(other, paths[0]))
    api, found = extract(docs, elsewhere)
    return api, diagnostics + found


def _shown(other: Path, source: tuple[Path, str]) -> str:
    """``other`` as diagnostics show paths: beside the first source's display name."""
    relative = os.path.relpath(other.resolve(), source[0].resolve().parent)
    return posixpath.normpath(posixpath.join(posixpath.dirname(source[1]), Path(relative).as_posix()))
