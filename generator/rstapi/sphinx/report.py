"""Findings -> Sphinx's own warnings, at ``docname:line``, with their code.

Each unresolved finding at or above ``rstapi_report_level`` is a warning of type ``rstapi`` and
subtype its code, so ``sphinx-build -W`` fails on it, ``-q`` still shows it, ``--keep-going``
goes on, and ``suppress_warnings = ["rstapi.RST150"]`` silences a code. Findings the overlay,
a ``[[tool.rstapi.suppress]]`` entry or the baseline resolved, and those below the level, are
logged only with ``-v``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.util import logging

from rstapi.diagnostics import Diagnostic, Level
from rstapi.pipeline import BuildResult

__all__ = ["report"]

logger = logging.getLogger("rstapi")


def report(result: BuildResult, api: str | None, docnames: dict[str, str], config: Any, root: Path) -> None:
    """Log every finding of ``result``; ``docnames`` maps a displayed path to its document, ``root``
    is the folder displayed paths are relative to."""
    level = _level(config.rstapi_report_level)
    for diagnostic in result.diagnostics:
        text = _text(diagnostic, api)
        where = _location(diagnostic, docnames, root)
        if diagnostic.resolved or diagnostic.level < level:
            logger.verbose(f"{where or ''}: {text}" if where else text)
            continue
        logger.warning(text, type="rstapi", subtype=diagnostic.code, location=where)


def _level(name: Any) -> Level:
    try:
        return Level[str(name).upper()]
    except KeyError:
        logger.warning(f"rstapi_report_level must be one of error, warning, info, not {name!r}")
        return Level.WARNING


def _text(diagnostic: Diagnostic, api: str | None) -> str:
    where = f" (at {diagnostic.pointer})" if diagnostic.location is None and diagnostic.pointer else ""
    named = f" [{api}]" if api else ""
    error = " (error)" if diagnostic.level is Level.ERROR else ""
    return f"{diagnostic.code}{error}{named} {diagnostic.message}{where}"


def _location(diagnostic: Diagnostic, docnames: dict[str, str], root: Path) -> Any:
    """(docname, line) for a document of the project, else ``path:line`` (an included file, the
    overlay, pyproject.toml), its path absolute as Sphinx shows a document's."""
    place = diagnostic.location
    if place is None:
        return None
    docname = docnames.get(place.path)
    if docname is not None:
        return (docname, place.line or None)
    path = root / place.path
    shown = str(path.resolve()) if path.is_file() else place.path
    return f"{shown}:{place.line}" if place.line else shown
