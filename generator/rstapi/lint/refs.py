"""Labels and the :ref: uses that point to them: RST115 (a label nothing references).

Missing targets (RST113) and duplicate labels (RST114) are reported by the extractor.
"""

from __future__ import annotations

from collections.abc import Iterator

from rstapi.diagnostics import Diagnostic
from rstapi.model import Api

__all__ = ["check", "label_key"]


def label_key(name: str) -> str:
    """Sphinx compares labels case-insensitively with whitespace collapsed."""
    return " ".join(name.lower().split())


def check(api: Api) -> Iterator[Diagnostic]:
    used = {label_key(ref.target) for ref in api.refs}
    reported: set[str] = set()
    for label in api.labels:
        key = label_key(label.name)
        if key in used or key in reported:
            continue
        reported.add(key)
        yield Diagnostic("RST115", f"label {label.name!r} is never referenced with :ref:", label.location)
