"""``rstapi diff`` and ``rstapi changelog``: what a change to the reference does to the API.

Sides (``load``: spec file, RST file, git revision) -> ``compare`` (classified ``Change`` values,
breaking or not, each pointing at the RST line on its side through the source map) -> ``render``.
"""

from __future__ import annotations

from rstapi.diff.changes import KINDS, Change, Severity
from rstapi.diff.compare import compare
from rstapi.diff.side import Side

__all__ = ["KINDS", "Change", "Severity", "Side", "compare"]
