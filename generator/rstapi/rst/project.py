"""The Sphinx project around the given sources: labels defined in files that were not given.

A ``:ref:`` may point into another file of the same project. When that file is not among the
sources, the reference cannot be resolved, but it is not a mistake in the document either: the
project's other ``*.rst`` files are scanned (lazily, only for such a reference) for the label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = ["label_finder", "project_root"]

_LABEL_LINE = re.compile(r"^\.\.\s+_(?P<name>[^:`]+):\s*$", re.M)
_MAX_UP = 4  # how far above a source a conf.py is looked for


def project_root(source: Path) -> Path:
    """The folder holding Sphinx's conf.py above ``source`` (a few levels), else its own folder."""
    folder = source.resolve().parent
    for candidate in (folder, *folder.parents[:_MAX_UP]):
        if (candidate / "conf.py").is_file():
            return candidate
    return folder


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
    roots = sorted({project_root(s) for s in sources})
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
