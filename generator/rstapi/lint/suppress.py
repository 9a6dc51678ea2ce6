"""Suppressions and the baseline: findings the project has decided about no longer count.

Both match a finding by its :class:`~rstapi.lint.anchors.Anchor` (content, not line numbers).
A suppression that matches nothing is reported (CFG501), and so is one pinned to a line number
(CFG502, with the anchored form to paste); a baseline entry that matches nothing is CFG503.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from rstapi.config import Config, Suppression
from rstapi.diagnostics import Diagnostic, SourceLocation
from rstapi.model import Api

if TYPE_CHECKING:  # imported when there is something to settle: most builds have neither
    from rstapi.lint.anchors import Anchor, AnchorIndex
    from rstapi.lint.baseline import Baseline

__all__ = ["apply_baseline", "settle"]


def settle(diagnostics: Sequence[Diagnostic], api: Api | None, config: Config) -> list[Diagnostic]:
    """``diagnostics`` with suppressed and baselined findings resolved, plus the CFG5xx findings.

    A project with neither has nothing to settle: its findings are not anchored (an index of the
    api's sections and rows, and a lookup per finding)."""
    if not config.suppressions and config.baseline is None:
        return list(diagnostics)
    from rstapi.lint.anchors import AnchorIndex
    from rstapi.lint.baseline import load_baseline

    index = AnchorIndex(api)
    anchors = [index.anchor(d) for d in diagnostics]
    used: dict[int, list[Anchor]] = {}
    out = [_suppress(d, a, config.suppressions, used) for d, a in zip(diagnostics, anchors, strict=True)]
    out += _suppression_findings(config, used)
    if config.baseline is not None:
        baseline = load_baseline(config.baseline, config.max_input_bytes)
        out = apply_baseline(out, baseline, index, config.display(config.baseline))
    return out


def _suppress(
    diagnostic: Diagnostic, anchor: Anchor, suppressions: Sequence[Suppression], used: dict[int, list[Anchor]]
) -> Diagnostic:
    if diagnostic.resolved:
        return diagnostic
    for number, suppression in enumerate(suppressions):
        if suppression.matches(diagnostic, anchor):
            used.setdefault(number, []).append(anchor)
            return attrs.evolve(diagnostic, resolution=f"suppressed: {suppression.reason}")
    return diagnostic


def _suppression_findings(config: Config, used: dict[int, list[Anchor]]) -> list[Diagnostic]:
    out = []
    for number, suppression in enumerate(config.suppressions):
        origin = suppression.origin or SourceLocation(config.display(config.root / "pyproject.toml"))
        if number not in used and config.configured_sources:
            out.append(Diagnostic("CFG501", _unused_message(suppression, origin), origin))
        elif number in used and suppression.line_based:
            out.append(Diagnostic("CFG502", _fragile_message(suppression, used[number][0]), origin))
    return out


def _unused_message(suppression: Suppression, origin: SourceLocation) -> str:
    place = suppression.pointer or suppression.section or suppression.location
    return (
        f"suppression of {suppression.code} at {place} matches no finding; delete the "
        f"[[tool.rstapi.suppress]] entry at {origin} (its lines up to the next table)"
    )


def _fragile_message(suppression: Suppression, anchor: Anchor) -> str:
    pasted = "; ".join(anchor.toml().splitlines())
    return (
        f"suppression of {suppression.code} is pinned to {suppression.location!r}, which moves with "
        f"every edit above it; replace its location with: {pasted}"
    )


def apply_baseline(
    diagnostics: Sequence[Diagnostic], baseline: Baseline, index: AnchorIndex, name: str
) -> list[Diagnostic]:
    """Unresolved findings the baseline records are resolved; stale entries become CFG503."""
    remaining = baseline.counts()
    out = []
    for diagnostic in diagnostics:
        key = baseline.key(diagnostic, index.anchor(diagnostic))
        if not diagnostic.resolved and remaining.get(key, 0) > 0:
            remaining[key] -= 1
            diagnostic = attrs.evolve(diagnostic, resolution=f"in the baseline ({name})")
        out.append(diagnostic)
    stale = sum(remaining.values())
    if stale:
        message = f"{stale} baseline entries match no finding any more (fixed, or changed)"
        out.append(Diagnostic("CFG503", message, SourceLocation(name)))
    return out
