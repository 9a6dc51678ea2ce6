"""docutils -> model: read, repair, parse and extract RST API references."""

from __future__ import annotations

import os
import posixpath
from collections.abc import Sequence
from pathlib import Path

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation, refuse_unbounded
from rstapi.model import Api
from rstapi.rst.extract import extract
from rstapi.rst.include import splice_includes
from rstapi.rst.mojibake import mojibake_lines, repair_text
from rstapi.rst.parse import ParsedDocument, ReadError, parse, read_source
from rstapi.rst.project import label_finder, project_root, sphinx_root
from rstapi.rst.sphinx import toctree_entries

__all__ = ["ReadError", "load_api", "repair_text"]


def load_api(
    paths: Sequence[tuple[Path, str]], max_bytes: int | None = None, root: Path | None = None
) -> tuple[Api | None, list[Diagnostic]]:
    """Read, repair and extract the sources ``(path, display name)``; ReadError for I/O failures.

    The sources are one Sphinx project: a ``:ref:`` may point into another of them, and one to a
    label of a project file that is not among them is a warning (RST156), not an error. The
    documents a source's ``toctree`` names are read too (Sphinx builds them as part of the same
    project), and the files a plain ``.. include::`` names are spliced in with their lines traced;
    a toctree entry or an include that names no readable file of the project is RST162. The
    project is ``root`` (``--project-root``), else each source's own (``rst.project.project_root``).
    """
    diagnostics: list[Diagnostic] = []
    docs: list[ParsedDocument] = []
    queue = list(paths)
    seen = {path.resolve() for path, _ in paths}
    for path, display in queue:  # grows while it is walked: toctree entries join the queue
        text, problems = read_source(path, display)
        diagnostics += problems
        if text is None:
            continue
        repaired = repair_text(text)
        diagnostics += mojibake_lines(display, text, repaired)
        bounds = _Bounds(project_root(path, root), max_bytes)
        parsed, problems, included = _parse_with_includes(repaired, path, display, paths[0], bounds)
        diagnostics += problems
        seen.update(p.resolve() for p in included)
        docs.append(parsed)
        for entry, line in toctree_entries(parsed.doctree):
            for target in _toctree_targets(path, entry):
                if target.resolve() in seen:
                    continue
                shown = _shown(target, paths[0])
                problem = _unreadable(target, shown, bounds)
                if problem:
                    message = f"toctree entry {entry!r}: {problem}"
                    diagnostics.append(Diagnostic("RST162", message, SourceLocation(display, line)))
                    continue
                seen.add(target.resolve())
                queue.append((target, shown))
    if not docs:
        return None, diagnostics
    elsewhere = label_finder([path for path, _ in queue], lambda other: _shown(other, paths[0]))
    api, found = extract(docs, elsewhere)
    return api, diagnostics + found


@attrs.frozen
class _Bounds:
    """What a source may read: files inside ``root``, of at most ``max_bytes``."""

    root: Path
    max_bytes: int | None


def _parse_with_includes(
    text: str, path: Path, display: str, first: tuple[Path, str], bounds: _Bounds
) -> tuple[ParsedDocument, list[Diagnostic], tuple[Path, ...]]:
    """The document parsed with its plain ``.. include::`` files spliced in (``rstapi.rst.include``)."""
    if "include::" not in text:  # include or literalinclude
        return parse(text, display), [], ()
    problems: list[Diagnostic] = []

    def read(target: Path, shown: str) -> tuple[str | None, str | None]:
        reason = _unreadable(target, shown, bounds)
        if reason is not None:
            return None, reason
        written, found = read_source(target, shown)
        if written is None:
            return None, "; ".join(d.message for d in found) or "it cannot be read"
        repaired = repair_text(written)
        problems.extend(mojibake_lines(shown, written, repaired))
        return repaired, None

    def shown(other: Path) -> str:
        return _shown(other, first)

    spliced, found = splice_includes(text, path, display, read, shown, sphinx_root(path))
    return parse(spliced.text, display, spliced.origins), problems + found, spliced.included


def _toctree_targets(source: Path, entry: str) -> list[Path]:
    """The files a toctree entry of ``source`` names: "widgets" is widgets.rst beside it, "/api/x"
    is under Sphinx's source folder, "api/*" every match; "self" and URLs name no file."""
    if entry == "self" or "://" in entry or entry.startswith("mailto:"):
        return []
    base = sphinx_root(source) if entry.startswith("/") else source.parent
    name = entry.lstrip("/")
    if any(c in name for c in "*?["):
        return sorted(p for p in base.glob(name if name.endswith(".rst") else f"{name}.rst") if p.is_file())
    return [base / (name if name.endswith(".rst") else f"{name}.rst")]


def _unreadable(target: Path, shown: str, bounds: _Bounds) -> str | None:
    """Why the build does not read ``target`` (None when it does)."""
    root, max_bytes = bounds.root, bounds.max_bytes
    if not target.resolve().is_relative_to(root):
        return f"{shown} is outside the project root ({root.name}/; --project-root widens it)"
    try:
        status = target.stat()
    except OSError:
        return f"{shown} does not exist"
    try:
        refuse_unbounded(status, shown, max_bytes or _NO_LIMIT, "a document", "the document")
    except ReadError as error:
        return str(error)
    return None


_NO_LIMIT = 2**62


def _shown(other: Path, source: tuple[Path, str]) -> str:
    """``other`` as diagnostics show paths: beside the first source's display name."""
    relative = os.path.relpath(other.resolve(), source[0].resolve().parent)
    return posixpath.normpath(posixpath.join(posixpath.dirname(source[1]), Path(relative).as_posix()))
