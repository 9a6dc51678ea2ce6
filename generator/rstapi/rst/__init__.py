"""docutils -> model: read, repair, parse and extract RST API references."""

from __future__ import annotations

import codecs
import functools
import itertools
import os
import posixpath
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import attrs

from rstapi.diagnostics import Diagnostic, SourceLocation, refuse_unbounded
from rstapi.inputs import DEFAULT_MAX_BYTES, read_bounded, resolved, resolving_once
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

__all__ = ["ReadError", "load_api", "read_document", "repair_text", "with_resources"]


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
        bounds = _Bounds(project_root(path, root), max_bytes)
        reading, identity = _reading(text, (path, display), paths[0], bounds, cache)
        identities.append(identity)
        diagnostics += reading.diagnostics
        seen.update(resolved(path.parent / p) for p in reading.included)
        parsed = reading.doc
        docs.append(attrs.evolve(parsed, resources=_resources(parsed, path, paths[0], bounds, read)))
        for entry, line in toctree_entries(parsed.doctree):
            where = SourceLocation(display, line)
            targets, problem = _toctree_targets(path, entry)
            if problem is not None:
                diagnostics.append(Diagnostic(problem[0], f"toctree entry {entry!r}: {problem[1]}", where))
            diagnostics += _queue_targets(targets, entry, where, (seen, queue), paths[0], bounds)
    if not docs:
        return None, diagnostics
    unread: list[Diagnostic] = []
    elsewhere = label_finder(
        [path for path, _ in queue], lambda other: _shown(other, paths[0]), max_bytes, unread
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
    bounds = _Bounds(project_root(path, root), max_bytes)
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
    if next(iter(parsed.doctree.findall(file_use)), None) is None:
        return parsed
    bounds = _Bounds(project_root(path, root), max_bytes)
    cache = {} if read is None else read
    return attrs.evolve(parsed, resources=_resources(parsed, path, (path, parsed.path), bounds, cache))


# Documents read through toctrees, all sources together: a project's whole documentation is a
# few hundred at most, and each is parsed whole.
MAX_DOCUMENTS = 500


def _queue_targets(
    targets: list[Path],
    entry: str,
    where: SourceLocation,
    walk: tuple[set[Path], list[tuple[Path, str]]],
    first: tuple[Path, str],
    bounds: _Bounds,
) -> list[Diagnostic]:
    """Put the readable documents of a toctree entry on the queue; findings for the others."""
    seen, queue = walk
    found = []
    for target in targets:
        if resolved(target) in seen:
            continue
        shown = _shown(target, first)
        problem = _unreadable(target, _as_written(target, first), bounds)
        if problem:
            found.append(Diagnostic("RST162", f"toctree entry {entry!r}: {problem}", where))
            continue
        if len(queue) >= MAX_DOCUMENTS:
            message = f"toctree entry {entry!r}: more than {MAX_DOCUMENTS} documents; {shown} and the rest are not read"
            return [*found, Diagnostic("RST170", message, where)]
        seen.add(resolved(target))
        queue.append((target, shown))
    return found


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


class _Bounds(NamedTuple):
    """What a source may read: files inside ``root``, of at most ``max_bytes``."""

    root: Path
    max_bytes: int | None


def _reading(
    text: str, source: tuple[Path, str], first: tuple[Path, str], bounds: _Bounds, cache: ParseCache | None
) -> tuple[Reading, str]:
    """``text`` (of ``source``) repaired and parsed with its includes: kept in ``cache`` by its key
    and the outcomes of reading its includes, which must read the same for the entry to count.
    With it, the reading's identity: its key and those outcomes (the same for the same reading)."""
    path, display = source
    if cache is None:
        return _fresh_reading(text, source, first, bounds, None), ""
    from rstapi.rst.cache import key_of, outcome_digest

    folder = path.parent
    starts = os.path.relpath(sphinx_root(path), folder)  # where "/x" includes start
    key = key_of(text, display, starts, os.path.relpath(bounds.root, folder), bounds.max_bytes)

    def unchanged(dependency: Dependency) -> bool:
        target = folder / dependency.written
        return (
            _include_digest(target, _shown(target, first), bounds, dependency.encoding) == dependency.outcome
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
    bounds: _Bounds,
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
    bounds: _Bounds,
    dependencies: list[Dependency] | None = None,
) -> tuple[ParsedDocument, list[Diagnostic], tuple[Path, ...]]:
    """The document parsed with its plain ``.. include::`` files spliced in (``rstapi.rst.include``);
    each file read for it is added to ``dependencies`` with the digest of what reading it gave."""
    path, display = source
    if "include::" not in text:  # include or literalinclude
        return parse(text, display), [], ()
    problems: list[Diagnostic] = []

    def read(target: Path, shown: str, encoding: str | None) -> tuple[str | None, str | None]:
        text, reason, found = _read_include(target, shown, bounds, encoding)
        problems.extend(found)
        if dependencies is not None:
            from rstapi.rst.cache import Dependency, outcome_digest

            written = Path(os.path.relpath(target, path.parent)).as_posix()
            dependencies.append(Dependency(written, outcome_digest(shown, text, reason, found), encoding))
        return text, reason

    @functools.cache  # asked for each file when it is read and when its lines are traced
    def shown(other: Path) -> str:
        return _shown(other, first)

    from rstapi.rst.include import splice_includes  # only for a text that has an include (and cut.py)

    spliced, found = splice_includes(text, path, display, read, shown, sphinx_root(path), bounds.max_bytes)
    return parse(spliced.text, display, spliced.origins), problems + found, spliced.included


def _read_include(
    target: Path, shown: str, bounds: _Bounds, encoding: str | None = None
) -> tuple[str | None, str | None, list[Diagnostic]]:
    """An included file's repaired text, or why it is not read; and its mojibake findings. With
    ``encoding`` (an include's ``:encoding:``), the file decoded so, as it is (not repaired)."""
    reason = _unreadable(target, shown, bounds)
    if reason is not None:
        return None, reason, []
    if encoding is not None and codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig"):
        text, reason = _decoded(target, shown, bounds, encoding)
        return text, reason, []
    try:
        written, found = read_source(target, shown, bounds.max_bytes)
    except ReadError as error:
        return None, str(error), []
    if written is None:
        return None, "; ".join(d.message for d in found) or "it cannot be read", []
    repaired = repair_text(written)
    return repaired, None, mojibake_lines(shown, written, repaired)


def _decoded(
    target: Path,
    shown: str,
    bounds: _Bounds,
    encoding: str,
    what: tuple[str, str] = ("a document", "the document"),
) -> tuple[str | None, str | None]:
    """The file's text in ``encoding`` (checked by ``rst.cut``), or why it is not read; ``what``
    names the file in read_bounded's messages."""
    try:
        data = read_bounded(target, shown, bounds.max_bytes or DEFAULT_MAX_BYTES, *what)
    except ReadError as error:
        return None, str(error)
    try:
        return data.decode(encoding).removeprefix("\ufeff"), None
    except UnicodeDecodeError as error:
        return None, f"{shown} is not {encoding} (byte 0x{data[error.start]:02x} at offset {error.start})"


def _include_digest(target: Path, shown: str, bounds: _Bounds, encoding: str | None = None) -> str:
    from rstapi.rst.cache import outcome_digest

    return outcome_digest(shown, *_read_include(target, shown, bounds, encoding))


# Paths a toctree glob may match before it is refused whole (sorted, so which are read never
# depends on the order the file system lists them in).
MAX_GLOB_MATCHES = 10_000


def _resources(
    parsed: ParsedDocument,
    path: Path,
    first: tuple[Path, str],
    bounds: _Bounds,
    read: dict[Path, tuple[str | None, str | None]],
) -> tuple[Resource, ...]:
    """The files the document's directives name (relative to it, "/x" from Sphinx's folder, as
    Sphinx resolves a directive's file), each read once per build (``read`` remembers them)."""
    found = []
    for written in files_named(parsed.of_class(file_use)):
        target = sphinx_root(path) / written.lstrip("/") if written.startswith("/") else path.parent / written
        shown = _shown(target, first)
        key = resolved(target)
        if key not in read:
            read[key] = _read_resource(target, shown, bounds)
        text, problem = read[key]
        found.append(Resource(written, shown, text, problem))
    return tuple(found)


def _read_resource(target: Path, shown: str, bounds: _Bounds) -> tuple[str | None, str | None]:
    """A named file's text, or why it is not read."""
    problem = _unreadable(target, shown, bounds)
    if problem is not None:
        return None, problem
    return _decoded(target, shown, bounds, "UTF-8", ("a parameters file", "the file"))


def _toctree_targets(source: Path, entry: str) -> tuple[list[Path], tuple[str, str] | None]:
    """The files a toctree entry of ``source`` names: "widgets" is widgets.rst beside it, "/api/x"
    is under Sphinx's source folder, "api/*" every match; "self" and URLs name no file. With them,
    (code, why) when the entry cannot be followed (a glob that is not one, or matches too much)."""
    if entry == "self" or "://" in entry or entry.startswith("mailto:"):
        return [], None
    base = sphinx_root(source) if entry.startswith("/") else source.parent
    name = entry.lstrip("/")
    if any(c in name for c in "*?["):
        pattern = name if name.endswith(".rst") else f"{name}.rst"
        try:
            matches = list(itertools.islice(base.glob(pattern), MAX_GLOB_MATCHES + 1))
        except (ValueError, NotImplementedError) as error:  # "**" not a whole component, "/" ...
            return [], ("RST162", f"not a glob Sphinx can follow ({error})")
        except OSError as error:
            return [], ("RST162", f"the glob cannot be followed ({error.strerror})")
        if len(matches) > MAX_GLOB_MATCHES:
            return [], ("RST170", f"the glob matches more than {MAX_GLOB_MATCHES:,} paths; none is read")
        return sorted(p for p in matches if not p.is_dir()), None
    return [base / (name if name.endswith(".rst") else f"{name}.rst")], None


def _unreadable(target: Path, shown: str, bounds: _Bounds) -> str | None:
    """Why the build does not read ``target`` (None when it does)."""
    root, max_bytes = bounds.root, bounds.max_bytes  # the root is resolved (project_root)
    if not _under(resolved(target), root):
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


def _under(path: Path, root: Path) -> bool:
    """``path.is_relative_to(root)`` for resolved paths, on their text (pathlib compares lists of
    their parts, made again for each of several hundred samples)."""
    return path == root or str(path).startswith(str(root).rstrip("/") + "/")


@functools.lru_cache(maxsize=8192)  # a display name only: the same for every include of a file
def _as_written(other: Path, source: tuple[Path, str]) -> str:
    """``other`` beside the first source's display name, a symlink named as itself (``_shown``
    names where it leads)."""
    relative = os.path.relpath(os.path.abspath(other), os.path.abspath(source[0].parent))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source[1]), Path(relative).as_posix()))


def _shown(other: Path, source: tuple[Path, str]) -> str:
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
