"""A diff as text: for a person, as JSON, as a pull-request comment, as GitHub annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rstapi.diff.changes import Change, Severity

__all__ = ["FORMATS", "render"]

HEADINGS = {
    Severity.BREAKING: "Breaking changes",
    Severity.NON_BREAKING: "Non-breaking changes",
    Severity.METADATA: "Metadata only (descriptions, examples, source lines)",
}
ANNOTATION_LEVEL = {Severity.BREAKING: "error", Severity.NON_BREAKING: "warning", Severity.METADATA: "notice"}


def _where(change: Change) -> str:
    parts = []
    if change.old_source:
        parts.append(f"old {change.old_source}")
    if change.new_source:
        parts.append(f"new {change.new_source}")
    return ", ".join(parts)


def _groups(changes: Sequence[Change]) -> list[tuple[Severity, list[Change]]]:
    return [(severity, [c for c in changes if c.severity is severity]) for severity in Severity]


def summary(changes: Sequence[Change]) -> dict[str, int]:
    return {str(severity): len(found) for severity, found in _groups(changes)}


def human(old: str, new: str, changes: Sequence[Change]) -> str:
    lines = [f"{old} -> {new}"]
    for severity, found in _groups(changes):
        if not found:
            continue
        lines.append(f"\n{HEADINGS[severity]} ({len(found)}):")
        for change in found:
            where = _where(change)
            lines.append(f"  {change.message()}" + (f"\n      at {where}" if where else ""))
    if not any(c.severity is not Severity.METADATA for c in changes):
        lines.append("\nNo API changes.")
    return "\n".join(lines) + "\n"


def as_json(old: str, new: str, changes: Sequence[Change]) -> str:
    document = {
        "old": old,
        "new": new,
        "summary": summary(changes),
        "changes": [c.as_dict() for c in changes if c.severity is not Severity.METADATA],
        "metadata": [c.as_dict() for c in changes if c.severity is Severity.METADATA],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_items(changes: Sequence[Change], heading_level: int = 3) -> list[str]:
    lines: list[str] = []
    for severity, found in _groups(changes):
        if not found:
            continue
        lines += ["", f"{'#' * heading_level} {HEADINGS[severity]} ({len(found)})", ""]
        lines += ["| Operation | Change | Where |", "|---|---|---|"]
        for change in found:
            what = f"{change.title}: {change.subject}" + (f" ({change.detail})" if change.detail else "")
            lines.append(f"| {_md(change.operation or 'API')} | {_md(what)} | {_md(_where(change))} |")
    return lines


def markdown(old: str, new: str, changes: Sequence[Change]) -> str:
    counts = summary(changes)
    verdict = (
        f"**{counts['breaking']} breaking**, {counts['non-breaking']} non-breaking, "
        f"{counts['metadata']} metadata-only"
    )
    lines = [f"## API changes: `{old}` → `{new}`", "", verdict, *markdown_items(changes)]
    return "\n".join(lines) + "\n"


def _escape(value: str, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_value else value


def github(old: str, new: str, changes: Sequence[Change]) -> str:
    lines = []
    for change in changes:
        place = ""
        if change.source:
            path, _, line = change.source.rpartition(":")
            if line.isdigit():
                place = f" file={_escape(path, True)},line={line},"
            else:
                place = f" file={_escape(change.source, True)},"
        title = _escape(f"API {change.severity}", True)
        level = ANNOTATION_LEVEL[change.severity]
        lines.append(f"::{level}{place or ' '}title={title}::{_escape(change.message())}")
    return "\n".join(lines) + ("\n" if lines else "")


FORMATS = {"human": human, "json": as_json, "markdown": markdown, "github": github}


def render(fmt: str, old: str, new: str, changes: Sequence[Change]) -> str:
    return FORMATS[fmt](old, new, changes)
