"""The files a source names besides itself, found and read: the documents its toctree entries
name, the files it includes, the files its directives name (a parameters.yaml).

Imported only for a source that names one (``rstapi.rst.load_api``): a one-document build
compiles none of it.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import os
import posixpath
from pathlib import Path

from rstapi.diagnostics import Diagnostic, SourceLocation, refuse_unbounded
from rstapi.inputs import DEFAULT_MAX_BYTES, read_bounded, resolved
from rstapi.rst import Bounds, shown_beside
from rstapi.rst.mojibake import mojibake_lines, repair_text
from rstapi.rst.parse import ReadError, read_source
from rstapi.rst.project import sphinx_root

__all__ = [
    "MAX_DOCUMENTS",
    "MAX_GLOB_MATCHES",
    "follow_toctree",
    "include_digest",
    "queue_targets",
    "read_include",
    "read_resource",
    "toctree_targets",
]


def follow_toctree(
    entries: list[tuple[str, int]],
    display: tuple[Path, str],
    walk: tuple[set[Path], list[tuple[Path, str]]],
    first: tuple[Path, str],
    bounds: Bounds,
) -> list[Diagnostic]:
    """Put the documents the toctree ``entries`` of the source ``display`` (path, display name)
    name on the queue of ``walk``; findings for the entries that cannot be followed."""
    path, shown = display
    found = []
    for entry, line in entries:
        where = SourceLocation(shown, line)
        targets, problem = toctree_targets(path, entry)
        if problem is not None:
            found.append(Diagnostic(problem[0], f"toctree entry {entry!r}: {problem[1]}", where))
        found += queue_targets(targets, entry, where, walk, first, bounds)
    return found


# Documents read through toctrees, all sources together: a project's whole documentation is a
# few hundred at most, and each is parsed whole.
MAX_DOCUMENTS = 500


def queue_targets(
    targets: list[Path],
    entry: str,
    where: SourceLocation,
    walk: tuple[set[Path], list[tuple[Path, str]]],
    first: tuple[Path, str],
    bounds: Bounds,
) -> list[Diagnostic]:
    """Put the readable documents of a toctree entry on the queue; findings for the others."""
    seen, queue = walk
    found = []
    for target in targets:
        if resolved(target) in seen or _given_as(target, seen):
            continue
        shown = shown_beside(target, first)
        problem = _unreadable(target, _as_written(target, first), bounds)
        if problem:
            problem += _other_suffix(target, first)
            found.append(Diagnostic("RST162", f"toctree entry {entry!r}: {problem}", where))
            continue
        if len(queue) >= MAX_DOCUMENTS:
            message = f"toctree entry {entry!r}: more than {MAX_DOCUMENTS} documents; {shown} and the rest are not read"
            return [*found, Diagnostic("RST170", message, where)]
        seen.add(resolved(target))
        queue.append((target, shown))
    return found


def _other_suffix(target: Path, first: tuple[Path, str]) -> str:
    """For a document that does not exist as ``.rst``: the file of another suffix a Sphinx project's
    ``source_suffix`` may read there (which the CLI does not learn: it never runs conf.py)."""
    for suffix in OTHER_SUFFIXES:
        other = target.with_suffix(suffix)
        if target.suffix == ".rst" and not target.exists() and other.is_file():
            shown = _as_written(other, first)
            return (
                f" ({shown} does: the CLI reads a toctree's .rst documents, not conf.py's "
                f"source_suffix; give {shown} with --source, or name it .rst)"
            )
    return ""


def _given_as(target: Path, seen: set[Path]) -> bool:
    """Whether the document ``target`` names is read already as a file of another suffix (a
    ``.txt`` source given with ``--source``)."""
    return target.suffix == ".rst" and any(
        resolved(target.with_suffix(suffix)) in seen for suffix in OTHER_SUFFIXES
    )


# Suffixes of documents a Sphinx project's ``source_suffix`` may add to ``.rst``.
OTHER_SUFFIXES = (".txt", ".rest")


# Paths a toctree glob may match before it is refused whole (sorted, so which are read never
# depends on the order the file system lists them in).
MAX_GLOB_MATCHES = 10_000


def read_include(
    target: Path, shown: str, bounds: Bounds, encoding: str | None = None
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
    bounds: Bounds,
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


def include_digest(target: Path, shown: str, bounds: Bounds, encoding: str | None = None) -> str:
    from rstapi.rst.cache import outcome_digest

    return outcome_digest(shown, *read_include(target, shown, bounds, encoding))


def read_resource(target: Path, shown: str, bounds: Bounds) -> tuple[str | None, str | None]:
    """A named file's text, or why it is not read."""
    problem = _unreadable(target, shown, bounds)
    if problem is not None:
        return None, problem
    return _decoded(target, shown, bounds, "UTF-8", ("a parameters file", "the file"))


def toctree_targets(source: Path, entry: str) -> tuple[list[Path], tuple[str, str] | None]:
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


def _unreadable(target: Path, shown: str, bounds: Bounds) -> str | None:
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
    """``other`` beside the first source's display name, a symlink named as itself (``shown_beside``
    names where it leads)."""
    relative = os.path.relpath(os.path.abspath(other), os.path.abspath(source[0].parent))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source[1]), Path(relative).as_posix()))
