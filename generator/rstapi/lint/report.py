"""Findings as text a person or a tool reads: human, JSON, GitHub annotations, SARIF 2.1.0.

Every function returns a string; only the CLI prints. The JSON shape (``FORMAT_VERSION``)
is documented in docs/diagnostics.md and changes only with a new version number.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import groupby
from pathlib import Path
from typing import Any

import click

from rstapi.diagnostics import CODES, Diagnostic, Level, count_by_level
from rstapi.model import Coverage

__all__ = [
    "FORMATS",
    "FORMAT_VERSION",
    "HELP_URI",
    "read_sources",
    "report_github",
    "report_human",
    "report_json",
    "report_sarif",
]

FORMAT_VERSION = 1
HELP_URI: str | None = None  # an absolute URL with {anchor}, once the docs are published; None: no helpUri
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_COLOURS = {Level.ERROR: "red", Level.WARNING: "yellow", Level.INFO: "cyan"}
_SARIF_LEVELS = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "note"}
_GITHUB_LEVELS = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}


def read_sources(paths: Iterable[tuple[Path, str]]) -> dict[str, list[str]]:
    """Each readable source's lines by display name (undecodable bytes replaced), for quoting."""
    lines: dict[str, list[str]] = {}
    for path, display in paths:
        try:
            lines[display] = path.read_bytes().decode("utf-8", errors="replace").splitlines()
        except OSError:
            continue
    return lines


# ---------------------------------------------------------------- human


def report_human(
    diagnostics: Sequence[Diagnostic], sources: Mapping[str, Sequence[str]], color: bool = False
) -> str:
    """Grouped by file, sorted by line; each finding with its RST line and hint; counts by code."""
    out: list[str] = []
    ordered = sorted(diagnostics, key=lambda d: (d.location is None, d.sort_key))  # the spec's last
    for path, group in groupby(ordered, key=lambda d: d.location.path if d.location else ""):
        out.append(_style(path or "the emitted spec", color, bold=True))
        for diagnostic in group:
            out += _human_finding(diagnostic, sources.get(path, ()), color)
        out.append("")
    out += _human_counts(diagnostics)
    return "\n".join(out) + "\n"


def _human_finding(diagnostic: Diagnostic, lines: Sequence[str], color: bool) -> list[str]:
    level = diagnostic.level.name
    shown = _style(level, color, fg="green" if diagnostic.resolved else _COLOURS[diagnostic.level], bold=True)
    out = [f"{diagnostic.place}: {shown} {diagnostic.code} {diagnostic.message}"]
    line = diagnostic.location.line if diagnostic.location else 0
    if 0 < line <= len(lines):
        out.append(f"    {line:>5} | {lines[line - 1].rstrip()}")
    if diagnostic.resolution:
        out.append(f"          = resolved: {diagnostic.resolution}")
    else:
        out.append(f"          = hint: {diagnostic.hint}")
    return out


def _human_counts(diagnostics: Sequence[Diagnostic]) -> list[str]:
    """One line per code and level: a finding counts at its own level, not its code's default."""
    totals = Counter((d.code, d.level) for d in diagnostics)
    resolved = Counter((d.code, d.level) for d in diagnostics if d.resolved)
    out = []
    for code, level in sorted(totals, key=lambda key: (key[0], -key[1])):
        done = resolved[code, level]
        extra = f", {done} resolved" if done else ""
        out.append(f"{code} {totals[code, level]:>4}  ({level}{extra}) {CODES[code].title}")
    counts = count_by_level(diagnostics)
    levels = ", ".join(f"{counts[level]} {level}" for level in sorted(Level, reverse=True))
    out.append(f"{len(diagnostics)} findings: {levels} unresolved; {sum(resolved.values())} resolved")
    return out


def _style(text: str, color: bool, **styles: Any) -> str:
    return click.style(text, **styles) if color else text


# ---------------------------------------------------------------- JSON


def report_json(diagnostics: Sequence[Diagnostic], coverage: Coverage | None = None) -> str:
    """The stable machine-readable report (see docs/diagnostics.md, "JSON output")."""
    counts = count_by_level(diagnostics)
    by_code = Counter(d.code for d in diagnostics)
    summary: dict[str, Any] = {
        **{str(level): counts[level] for level in sorted(Level, reverse=True)},
        "resolved": sum(1 for d in diagnostics if d.resolved),
        "by_code": {code: by_code[code] for code in sorted(by_code)},
    }
    if coverage is not None:
        summary["coverage"] = {
            name: {"used": used, "total": total}
            for name, (used, total) in (("table_rows", coverage.table_rows), ("examples", coverage.examples))
        }
    document = {
        "version": FORMAT_VERSION,
        "summary": summary,
        "findings": [_json_finding(d) for d in sorted(diagnostics, key=lambda d: d.sort_key)],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _json_finding(diagnostic: Diagnostic) -> dict[str, Any]:
    where = diagnostic.location
    return {
        "code": diagnostic.code,
        "level": str(diagnostic.level),
        "title": CODES[diagnostic.code].title,
        "message": diagnostic.message,
        "hint": diagnostic.hint,
        "file": where.path if where else None,
        "line": where.line if where else 0,
        "column": where.column if where else 0,
        "pointer": diagnostic.pointer,
        "resolved": diagnostic.resolved,
        "resolution": diagnostic.resolution,
    }


# ---------------------------------------------------------------- GitHub workflow commands


def report_github(diagnostics: Sequence[Diagnostic]) -> str:
    """One ``::error|warning|notice`` annotation per unresolved finding."""
    lines = [_github_line(d) for d in sorted(diagnostics, key=lambda d: d.sort_key) if not d.resolved]
    return "".join(line + "\n" for line in lines)


def _github_line(diagnostic: Diagnostic) -> str:
    where = diagnostic.location
    props: list[tuple[str, object]] = []
    if where is not None:
        props.append(("file", where.path))
        if where.line:
            props.append(("line", where.line))
        if where.column:
            props.append(("col", where.column))
    props.append(("title", diagnostic.code))
    properties = ",".join(f"{key}={_escape(str(value), property=True)}" for key, value in props)
    message = f"{diagnostic.message} (hint: {diagnostic.hint})"
    return f"::{_GITHUB_LEVELS[diagnostic.level]} {properties}::{_escape(message)}"


def _escape(text: str, property: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property else text


# ---------------------------------------------------------------- SARIF 2.1.0


def report_sarif(diagnostics: Sequence[Diagnostic]) -> str:
    """One SARIF run: every code as a rule, every finding as a result."""
    rules = list(CODES)
    driver = {"name": "rstapi", "rules": [_sarif_rule(code) for code in rules]}
    results = [_sarif_result(d, rules.index(d.code)) for d in sorted(diagnostics, key=lambda d: d.sort_key)]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "results": results}],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _sarif_rule(code: str) -> dict[str, Any]:
    entry = CODES[code]
    return {
        "id": code,
        "name": _rule_name(entry.title),
        "shortDescription": {"text": entry.title},
        "help": {"text": entry.hint},
        "defaultConfiguration": {"level": _SARIF_LEVELS[entry.level]},
        **({"helpUri": HELP_URI.format(anchor=code.lower())} if HELP_URI else {}),
    }


def _rule_name(title: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in title).split()
    return "".join(w[:1].upper() + w[1:] for w in words)


def _sarif_result(diagnostic: Diagnostic, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": diagnostic.code,
        "ruleIndex": rule_index,
        "level": _SARIF_LEVELS[diagnostic.level],
        "message": {"text": f"{diagnostic.message} (hint: {diagnostic.hint})"},
    }
    if diagnostic.location is not None:
        result["locations"] = [_sarif_location(diagnostic)]
    if diagnostic.pointer:
        result["properties"] = {"pointer": diagnostic.pointer}
    if diagnostic.resolution:
        result["suppressions"] = [{"kind": "external", "justification": diagnostic.resolution}]
    return result


def _sarif_location(diagnostic: Diagnostic) -> dict[str, Any]:
    assert diagnostic.location is not None
    where = diagnostic.location
    physical: dict[str, Any] = {"artifactLocation": {"uri": where.path}}
    if where.line:
        physical["region"] = {
            "startLine": where.line,
            **({"startColumn": where.column} if where.column else {}),
        }
    return {"physicalLocation": physical}


FORMATS: dict[str, Callable[[Sequence[Diagnostic]], str]] = {
    "json": report_json,
    "github": report_github,
    "sarif": report_sarif,
}
