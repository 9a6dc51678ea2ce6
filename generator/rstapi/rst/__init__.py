"""docutils -> model: read, repair, parse and extract RST API references."""

from __future__ import annotations

import functools
import os
import posixpath
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.inputs import resolved, resolving_once
from rstapi.microversions import Version
from rstapi.model import Api
from rstapi.rst.extract import extract
from rstapi.rst.kept import Kept
from rstapi.rst.mojibake import mojibake_lines, repair_text
from rstapi.rst.options import DEFAULT_OPTIONS, ReadOptions
from rstapi.rst.parse import ParsedDocument, ReadError, Reading, parse, read_source
from rstapi.rst.project import label_finder, project_root, sphinx_root
from rstapi.rst.resources import Resource, file_use, files_named
from rstapi.rst.sphinx import toctree_entries

if TYPE_CHECKING:  # the cache's module is imported only by a build that is given a cache
    from rstapi.rst.cache import Dependency, ParseCache

__all__ = [
    "Bounds",
    "ReadError",
    "load_api",
    "read_document",
    "repair_text",
    "shown_beside",
    "with_resources",
]


@resolving_once()  # the project's tree as it is when the build starts
def load_api(
    paths: Sequence[tuple[Path, str]],
    max_bytes: int | None = None,
    root: Path | None = None,
    microversion: Version | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
    cache: ParseCache | None = None,
) -> tuple[Api | None, list[Diagnostic]]:
    """Read, repair and extract the sources ``(path, display name)``; ReadError for I/O failures.

    The sources are one Sphinx project: a ``:ref:`` may point into another of them, and one to a
    label of a project file that is not among them is a warning (RST156), not an error. The
    documents a source's ``toctree`` names are read too (Sphinx builds them as part of the same
    project), and the files a plain ``.. include::`` names are spliced in with their lines traced;
    a toctree entry or an include that names no readable file of the project is RST162. The
    project is ``root`` (``--project-root``), else each source's own (``rst.project.project_root``).
    With ``microversion``, the API as of that version (``rstapi.microversions``); ``options`` are
    the settings the readers follow (``rstapi.rst.options``). With ``cache``, a file whose reading
    is kept there (``rstapi.rst.cache``) is not parsed again; extraction runs over every file.
    """
    diagnostics: list[Diagnostic] = []
    docs: list[ParsedDocument] = []
    identities: list[str] = []  # each document's reading, by content (``_reading``)
    read: dict[Path, tuple[str | None, str | None]] = {}  # files directives name, read once per build
    queue = list(paths)
    seen = {resolved(path) for path, _ in paths}
    for index, (path, display) in enumerate(queue):  # grows while it is walked: toctree entries join
        text, problems = _read(path, display, max_bytes, named=index < len(paths))
        diagnostics += problems
        if text is None:
            continue
        bounds = Bounds(project_root(path, root), max_bytes)
        reading, identity = _reading(text, (path, display), paths[0], bounds, cache)
        identities.append(identity)
        diagnostics += reading.diagnostics
        seen.update(resolved(path.parent / p) for p in reading.included)
        parsed = reading.doc
        docs.append(attrs.evolve(parsed, resources=_resources(parsed, path, paths[0], bounds, read)))
        entries = toctree_entries(parsed.doctree)
        if entries:
            from rstapi.rst.named import follow_toctree  # only for a source that has a toctree

            diagnostics += follow_toctree(entries, (path, display), (seen, queue), paths[0], bounds)
    if not docs:
        return None, diagnostics
    unread: list[Diagnostic] = []
    elsewhere = label_finder(
        [path for path, _ in queue], lambda other: shown_beside(other, paths[0]), max_bytes, unread
    )
    kept = Kept(cache, tuple(identities)) if cache is not None else None
    api, found = extract(docs, elsewhere, microversion, options, kept)
    return api, diagnostics + found + unread


@resolving_once()
def read_document(
    path: Path, display: str, max_bytes: int | None = None, root: Path | None = None
) -> tuple[ParsedDocument | None, list[Diagnostic]]:
    """One document as ``load_api`` reads a source: repaired, its plain includes spliced in, the
    files its directives name (a parameters.yaml) read; its toctree is not followed. For a caller
    that has the document's place but reads the rest of the project itself (``rstapi.sphinx``)."""
    text, diagnostics = _read(path, display, max_bytes, named=False)
    if text is None:
        return None, diagnostics
    repaired = repair_text(text)
    diagnostics += mojibake_lines(display, text, repaired)
    bounds = Bounds(project_root(path, root), max_bytes)
    parsed, problems, _ = _parse_with_includes(repaired, (path, display), (path, display), bounds)
    resources = _resources(parsed, path, (path, display), bounds, {})
    return attrs.evolve(parsed, resources=resources), diagnostics + problems


def with_resources(
    parsed: ParsedDocument,
    path: Path,
    max_bytes: int | None = None,
    root: Path | None = None,
    read: dict[Path, tuple[str | None, str | None]] | None = None,
) -> ParsedDocument:
    """``parsed`` (the document ``path``, parsed elsewhere: ``rstapi.sphinx``) with the files its
    directives name read as ``load_api`` reads them; ``read`` remembers them across documents."""
    if not parsed.of_class(file_use):  # the elements the readers list anyway, not another walk
        return parsed
    bounds = Bounds(project_root(path, root), max_bytes)
    cache = {} if read is None else read
    return attrs.evolve(parsed, resources=_resources(parsed, path, (path, parsed.path), bounds, cache))


def _read(
    path: Path, display: str, max_bytes: int | None, named: bool
) -> tuple[str | None, list[Diagnostic]]:
    """A source's text; a toctree document that cannot be read after all is RST162, not exit 2."""
    try:
        return read_source(path, display, max_bytes)
    except ReadError as error:
        if named:
            raise
        return None, [Diagnostic("RST162", f"{error}; it is not read", SourceLocation(display, 1))]


class Bounds(NamedTuple):
    """What a source may read: files inside ``root``, of at most ``max_bytes``."""

    root: Path
    max_bytes: int | None


def _reading(
    text: str, source: tuple[Path, str], first: tuple[Path, str], bounds: Bounds, cache: ParseCache | None
) -> tuple[Reading, str]:
    """``text`` (of ``source``) repaired and parsed with its includes: kept in ``cache`` by its key
    and the outcomes of reading its includes, which must read the same for the entry to count.
    With it, the reading's identity: its key and those outcomes (the same for the same reading)."""
    path, display = source
    if cache is None:
        return _fresh_reading(text, source, first, bounds, None), ""
    from rstapi.rst.cache import key_of, outcome_digest
    from rstapi.rst.named import include_digest

    folder = path.parent
    starts = os.path.relpath(sphinx_root(path), folder)  # where "/x" includes start
    key = key_of(text, display, starts, os.path.relpath(bounds.root, folder), bounds.max_bytes)

    def unchanged(dependency: Dependency) -> bool:
        target = folder / dependency.written
        return (
            include_digest(target, shown_beside(target, first), bounds, dependency.encoding)
            == dependency.outcome
        )

    kept = cache.get(key, unchanged)
    if kept is not None:
        return kept[0], outcome_digest(key, [d.outcome for d in kept[1]])
    dependencies: list[Dependency] = []
    reading = _fresh_reading(text, source, first, bounds, dependencies)
    cache.put(key, reading, dependencies)
    return reading, outcome_digest(key, [d.outcome for d in dependencies])


def _fresh_reading(
    text: str,
    source: tuple[Path, str],
    first: tuple[Path, str],
    bounds: Bounds,
    dependencies: list[Dependency] | None,
) -> Reading:
    """The reading of ``text``; each file read for it added to ``dependencies`` (for a cache)."""
    path, display = source
    repaired = repair_text(text)
    found = mojibake_lines(display, text, repaired)
    parsed, problems, included = _parse_with_includes(repaired, source, first, bounds, dependencies)
    spliced = tuple(Path(os.path.relpath(p, path.parent)).as_posix() for p in included)
    return Reading(parsed, tuple(found + problems), spliced)


def _parse_with_includes(
    text: str,
    source: tuple[Path, str],
    first: tuple[Path, str],
    bounds: Bounds,
    dependencies: list[Dependency] | None = None,
) -> tuple[ParsedDocument, list[Diagnostic], tuple[Path, ...]]:
    """The document parsed with its plain ``.. include::`` files spliced in (``rstapi.rst.include``);
    each file read for it is added to ``dependencies`` with the digest of what reading it gave."""
    path, display = source
    if "include::" not in text:  # include or literalinclude
        return parse(text, display), [], ()
    problems: list[Diagnostic] = []

    def read(target: Path, shown: str, encoding: str | None) -> tuple[str | None, str | None]:
        text, reason, found = read_include(target, shown, bounds, encoding)
        problems.extend(found)
        if dependencies is not None:
            from rstapi.rst.cache import Dependency, outcome_digest

            written = Path(os.path.relpath(target, path.parent)).as_posix()
            dependencies.append(Dependency(written, outcome_digest(shown, text, reason, found), encoding))
        return text, reason

    @functools.cache  # asked for each file when it is read and when its lines are traced
    def shown(other: Path) -> str:
        return shown_beside(other, first)

    from rstapi.rst.include import splice_includes  # only for a text that has an include (and cut.py)
    from rstapi.rst.named import read_include

    spliced, found = splice_includes(text, path, display, read, shown, sphinx_root(path), bounds.max_bytes)
    return parse(spliced.text, display, spliced.origins), problems + found, spliced.included


def _resources(
    parsed: ParsedDocument,
    path: Path,
    first: tuple[Path, str],
    bounds: Bounds,
    read: dict[Path, tuple[str | None, str | None]],
) -> tuple[Resource, ...]:
    """The files the document's directives name (relative to it, "/x" from Sphinx's folder, as
    Sphinx resolves a directive's file), each read once per build (``read`` remembers them)."""
    found = []
    for written in files_named(parsed.of_class(file_use)):
        target = sphinx_root(path) / written.lstrip("/") if written.startswith("/") else path.parent / written
        shown = shown_beside(target, first)
        key = resolved(target)
        if key not in read:
            from rstapi.rst.named import read_resource  # only for a document that names a file

            read[key] = read_resource(target, shown, bounds)
        text, problem = read[key]
        found.append(Resource(written, shown, text, problem))
    return tuple(found)


def shown_beside(other: Path, source: tuple[Path, str]) -> str:
    """``other`` as diagnostics show paths: beside the first source's display name.

    The files of a folder are shown as the folder is, then their name (a folder of several
    hundred samples: its relative path worked out once), except a path the source lies inside
    (``..``), whose relative path is not its folder's and its name."""
    target, base = resolved(other), resolved(source[0]).parent
    above = str(target)
    if str(base) == above or str(base).startswith(above.rstrip("/") + "/"):
        return _beside(target, base, source[1])
    folder = _beside(target.parent, base, source[1])
    return target.name if folder == "." else posixpath.join(folder, target.name)


@functools.lru_cache(maxsize=1024)  # a display name only: the same for every file of a folder
def _beside(path: Path, base: Path, display: str) -> str:
    """``path`` (resolved) relative to ``base``, beside the display name ``display``."""
    relative = os.path.relpath(path, base)
    return posixpath.normpath(posixpath.join(posixpath.dirname(display), Path(relative).as_posix()))
