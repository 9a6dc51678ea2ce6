"""The project around the given sources: where a build may read, and labels of files not given.

Two folders matter. Sphinx's source folder (``sphinx_root``: the folder holding ``conf.py``, else
the source's own) is where "/x" in a toctree or an include starts and where labels live. The
project root (``project_root``) bounds what a build reads: an include, a literalinclude sample or
a parameters file outside it is refused (RST162). It is the ``--project-root`` given, else the
top level of the git work tree holding the source (samples often sit beside the Sphinx folder,
as in ``../../doc/api_samples/``), else Sphinx's source folder.

A ``:ref:`` may point into another file of the same project. When that file is not among the
sources, the reference cannot be resolved, but it is not a mistake in the document either: the
project's other ``*.rst`` files are scanned (lazily, only for such a reference) for the label.
"""

from __future__ import annotations

import itertools
import posixpath
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from rstapi.diagnostics import Diagnostic, ReadError, SourceLocation
from rstapi.inputs import DEFAULT_MAX_BYTES, found_once, inside, read_bounded, resolved

__all__ = ["label_finder", "project_root", "sphinx_root"]

_LABEL_LINE = re.compile(r"^\.\.\s+_(?P<name>[^:`]+):\s*$", re.M)
_MAX_UP = 4  # how far above a source a conf.py is looked for


def sphinx_root(source: Path) -> Path:
    """The folder holding Sphinx's conf.py above ``source`` (a few levels), else its own folder
    (asked once per folder and build: ``inputs.found_once``)."""
    return found_once("sphinx", resolved(source).parent, _sphinx_folder)


def _sphinx_folder(folder: Path) -> Path:
    for candidate in (folder, *folder.parents[:_MAX_UP]):
        if (candidate / "conf.py").is_file():
            return candidate
    return folder


def project_root(source: Path, given: Path | None = None) -> Path:
    """The folder a build reads inside: ``given`` (``--project-root``), else the top level of the
    git work tree holding ``source`` (a ``.git`` folder, or the ``.git`` file of a linked work
    tree), else Sphinx's source folder (``sphinx_root``)."""
    if given is not None:
        return given.resolve()
    return found_once("project", resolved(source).parent, _project_folder)


def _project_folder(folder: Path) -> Path:
    found = next((c for c in (folder, *folder.parents) if (c / ".git").exists()), None)
    return found or _sphinx_folder(folder)


# ``*.rst`` files the label scan reads at most (the rest of a larger tree is RST172, not read).
MAX_SCANNED = 5_000


def label_finder(
    sources: Sequence[Path],
    display: Callable[[Path], str],
    max_bytes: int | None = None,
    unread: list[Diagnostic] | None = None,
) -> Callable[[str], str | None]:
    """``find(normalized label) -> display path`` of a project file (not a source) defining it.

    Only regular files inside Sphinx's source folder (symlinks resolved), of at most ``max_bytes``,
    are read; each other candidate is an RST172 finding added to ``unread`` when the scan runs."""
    found: dict[str, str] | None = None

    def find(label: str) -> str | None:
        nonlocal found
        if found is None:
            found = _scan(sources, display, max_bytes, unread if unread is not None else [])
        return found.get(label)

    return find


def _scan(
    sources: Sequence[Path], display: Callable[[Path], str], max_bytes: int | None, unread: list[Diagnostic]
) -> dict[str, str]:
    given = {resolved(s) for s in sources}
    labels: dict[str, str] = {}
    for root in sorted({sphinx_root(s) for s in sources}):
        candidates = sorted(itertools.islice(root.rglob("*.rst"), MAX_SCANNED + 1))
        if len(candidates) > MAX_SCANNED:
            message = f"more than {MAX_SCANNED:,} .rst files below {root.name}/: labels are looked up in none of them"
            unread.append(Diagnostic("RST172", message, SourceLocation(display(root / "conf.py"))))
            continue
        for path in candidates:
            if resolved(path) not in given:  # named as found, not as a symlink resolves
                shown = posixpath.normpath(posixpath.join(display(path.parent), path.name))
                _labels_of(path, root, shown, max_bytes, labels, unread)
    return labels


def _labels_of(
    path: Path,
    root: Path,
    shown: str,
    max_bytes: int | None,
    labels: dict[str, str],
    unread: list[Diagnostic],
) -> None:
    """Record the labels ``path`` defines, or why it is not read."""
    if not inside(path, root):
        problem = f"{shown} leads outside the project ({root.name}/)"
    else:
        try:
            text = read_bounded(path, shown, max_bytes or DEFAULT_MAX_BYTES, "a document", "the document")
            for match in _LABEL_LINE.finditer(text.decode("utf-8", errors="replace")):
                labels.setdefault(" ".join(match["name"].lower().split()), shown)
            return
        except ReadError as error:
            problem = str(error)
    message = f"{problem}: its labels are not looked up"
    unread.append(Diagnostic("RST172", message, SourceLocation(shown)))
