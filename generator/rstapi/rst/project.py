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

import re
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = ["label_finder", "project_root", "sphinx_root"]

_LABEL_LINE = re.compile(r"^\.\.\s+_(?P<name>[^:`]+):\s*$", re.M)
_MAX_UP = 4  # how far above a source a conf.py is looked for


def sphinx_root(source: Path) -> Path:
    """The folder holding Sphinx's conf.py above ``source`` (a few levels), else its own folder."""
    folder = source.resolve().parent
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
    folder = source.resolve().parent
    return next((c for c in (folder, *folder.parents) if (c / ".git").exists()), None) or sphinx_root(source)


def label_finder(sources: Sequence[Path], display: Callable[[Path], str]) -> Callable[[str], str | None]:
    """``find(normalized label) -> display path`` of a project file (not a source) defining it."""
    found: dict[str, str] | None = None

    def find(label: str) -> str | None:
        nonlocal found
        if found is None:
            found = _scan(sources, display)
        return found.get(label)

    return find


def _scan(sources: Sequence[Path], display: Callable[[Path], str]) -> dict[str, str]:
    given = {s.resolve() for s in sources}
    roots = sorted({sphinx_root(s) for s in sources})
    labels: dict[str, str] = {}
    for root in roots:
        for path in sorted(root.rglob("*.rst")):
            if path.resolve() in given:
                continue
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            for match in _LABEL_LINE.finditer(text):
                labels.setdefault(" ".join(match["name"].lower().split()), display(path))
    return labels
