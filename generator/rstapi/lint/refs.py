"""Labels and the :ref: uses that point to them: RST115 (a label nothing references); references to
operations (``:http:get:`/path```) that no operation answers: DOC216.

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
    yield from _operation_refs(api)
    used = {label_key(ref.target) for ref in api.refs if ref.method is None}
    reported: set[str] = set()
    for label in api.labels:
        key = label_key(label.name)
        if key in used or key in reported:
            continue
        reported.add(key)
        yield Diagnostic("RST115", f"label {label.name!r} is never referenced with :ref:", label.location)


def _operation_refs(api: Api) -> Iterator[Diagnostic]:
    for ref in api.refs:
        if ref.method is not None and not ref.resolved:
            message = f"the reference to {ref.method} {ref.target} names an operation no directive or section documents"
            yield Diagnostic("DOC216", message, ref.location)
