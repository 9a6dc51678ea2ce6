"""The reports of a contract run: the human summary, JSON, and Markdown for a pull-request comment.

Findings are grouped by operation and then by the status the service answered; each names its class,
the expected and the observed status or field, the RST line of the documented fact it contradicts,
and a runnable reproduction (`$TOKEN` in place of the secret, numbered steps for a chain). Drift (what
the reference does not mention) is listed apart from failures.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import attrs

from rstapi.contract.results import DRIFT, CheckFailure, ContractReport, OperationResult
from rstapi.contract.settings import DOCUMENTED_PHASE

__all__ = ["report_json", "report_markdown", "summary_text"]

_RUN = "~run"  # findings about the run, not one response (sorted after the statuses)
_MARKS = {"passed": "PASS", "failed": "FAIL", "skipped": "SKIP", "not reached": "NOT REACHED"}


def summary_text(report: ContractReport) -> str:
    lines = [
        f"contract run against {report.base_url} (seed {report.seed}, max examples {report.max_examples})"
    ]
    if report.left_out:
        lines.append(f"{len(report.left_out)} operations not named by --include were left out")
    lines += [_operation_line(result) for result in report.operations]
    lines += ["", "statuses observed:"]
    lines += [
        f"  {result.label}: {_statuses(result) or 'none'}" for result in report.operations if result.cases
    ]
    for result in report.operations:
        if result.findings or result.errors:
            lines += _finding_lines(result)
    lines += [f"error: {error}" for error in report.errors]
    lines += [f"note: {note}" for note in report.notes]
    counts = report.counts
    drift = sum(len(result.drift) for result in report.operations)
    lines.append(
        f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped, "
        f"{counts['not reached']} not reached; "
        f"{drift} drift findings (not failures without --strict-drift); {report.cases} cases in {report.elapsed:.1f}s"
    )
    if report.untested:
        lines.append(report.untested)
    return "\n".join(lines) + "\n"


def _operation_line(result: OperationResult) -> str:
    line = f"{_MARKS[result.status]} {result.label} ({result.operation_id}): {result.cases} cases"
    if result.failed_checks:
        line += "; failed: " + ", ".join(f"{name} x{count}" for name, count in result.failed_checks)
    if result.drift:
        line += f"; drift: {len(result.drift)}"
    if result.skip_reasons:
        line += "; skipped: " + "; ".join(result.skip_reasons)
    if result.not_reached:
        line += f"; {result.not_reached}"
    return line


def _statuses(result: OperationResult) -> str:
    return ", ".join(f"{status} x{count}" for status, count in result.statuses)


def _by_status(findings: Iterable[CheckFailure]) -> dict[str, list[CheckFailure]]:
    groups: dict[str, list[CheckFailure]] = {}
    for finding in findings:
        groups.setdefault(str(finding.status) if finding.status is not None else _RUN, []).append(finding)
    return dict(sorted(groups.items()))


def _finding_lines(result: OperationResult) -> list[str]:
    lines = ["", f"{_MARKS[result.status]} {result.label} ({result.operation_id}):"]
    for status, findings in _by_status(result.findings).items():
        lines.append(f"  status {status}:" if status != _RUN else "  over the whole run:")
        for finding in findings:
            lines += ["    " + line for line in _finding_block(finding)]
    lines += [f"  error: {error}" for error in result.errors]
    return lines


def _drift_words(finding: CheckFailure) -> str:
    """Which side lacks what a drift finding names: the reference (a field or body the service
    returns), or the service (a documented field it never returned)."""
    unsent = finding.check in {"unreturned_field", "unsent_header"}
    return "not in the service" if unsent else "not in the reference"


def _finding_block(finding: CheckFailure) -> list[str]:
    kind = f"drift, {_drift_words(finding)}" if finding.kind == DRIFT else "failure"
    where = f", {finding.phase} phase" if finding.phase else ""
    times = f", {finding.count} times" if finding.count > 1 else ""
    lines = [f"[{kind}] {finding.drift_class} ({finding.check}{where}{times})"]
    lines += [f"  expected: {finding.expected}", f"  observed: {finding.observed}"]
    if finding.phase == DOCUMENTED_PHASE and finding.message != finding.observed:
        # the case in words: "403 where the reference documents 404 for ..."
        lines.append(f"  in words: {finding.message}")
    lines.append(f"  {_place(finding)}")
    if finding.shrunk:
        lines.append(f"  {finding.shrunk}")
    if len(finding.steps) > 1:
        lines.append("  reproduce:")
        lines += [f"    {number}. {step}" for number, step in enumerate(finding.steps, 1)]
    elif finding.curl:
        lines.append(f"  reproduce: {finding.curl}")
    if finding.response_excerpt:
        lines.append(f"  response: {finding.status} {finding.response_excerpt}")
    return lines


def _place(finding: CheckFailure, markdown: bool = False) -> str:
    """Where the reference documents the fact, or where a writer would add it (saying so); a
    status no line documents has no place to name, only the hint (never "None")."""
    said, quote = ("", "`") if markdown else (":", "")
    if finding.add_at:
        where = f"{quote}{finding.source}{quote} " if finding.source else ""
        return f"add at{said} {where}({finding.add_at})"
    if finding.overlay:
        return f"not in the reference: {finding.overlay_rule}"
    return f"documented at{said} {quote}{finding.source or 'no RST line (not in the reference)'}{quote}"


def report_json(report: ContractReport) -> str:
    """Every operation with its findings, statuses and checks, as JSON (sorted keys)."""
    document: dict[str, Any] = {
        "base_url": report.base_url,
        "seed": report.seed,
        "max_examples": report.max_examples,
        "ok": report.ok,
        "untested": report.untested,
        "cases": report.cases,
        "elapsed": round(report.elapsed, 3),
        "errors": list(report.errors),
        "notes": list(report.notes),
        "left_out": list(report.left_out),
        "operations": [_operation_json(result) for result in report.operations],
    }
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def _operation_json(result: OperationResult) -> dict[str, Any]:
    return {
        "label": result.label,
        "operation_id": result.operation_id,
        "status": result.status,
        "cases": result.cases,
        "statuses": {str(status): count for status, count in result.statuses},
        "passed_checks": dict(result.passed_checks),
        "failed_checks": dict(result.failed_checks),
        "findings": [
            attrs.asdict(finding, filter=lambda field, _: field.name != "request")
            | {"steps": list(finding.steps), "operation": result.label, "class": finding.drift_class}
            for finding in result.findings
        ],
        "errors": list(result.errors),
        "skip_reasons": list(result.skip_reasons),
        "not_reached": result.not_reached,
    }


def _finding_markdown(finding: CheckFailure) -> list[str]:
    kind = f"drift ({_drift_words(finding)})" if finding.kind == DRIFT else "**failure**"
    times = f", {finding.count} times" if finding.count > 1 else ""
    lines = [
        f"- {kind}: {finding.drift_class} (`{finding.check}`{times}); expected {finding.expected}; "
        f"observed {finding.observed}; {_place(finding, markdown=True)}"
    ]
    steps = finding.steps or ((finding.curl,) if finding.curl else ())
    if finding.shrunk:
        lines += ["", f"  {finding.shrunk}"]
    if steps:
        lines += ["", "  ```sh", *(f"  {step}" for step in steps), "  ```"]
    if finding.response_excerpt:
        fence = "````" if "```" in finding.response_excerpt else "```"
        lines += ["", f"  Response {finding.status}:", "", f"  {fence}"]
        lines += [f"  {line}" for line in finding.response_excerpt.splitlines()] + [f"  {fence}"]
    return lines


def report_markdown(report: ContractReport) -> str:
    """A pull-request comment: the status table, then findings per operation and status."""
    counts = report.counts
    lines = [
        f"### rstapi contract: {counts['not reached']} not reached, {counts['failed']} failed, "
        f"{counts['passed']} passed, {counts['skipped']} skipped",
        "",
        f"Against `{report.base_url}`, seed {report.seed}, {report.cases} cases in {report.elapsed:.1f}s.",
    ]
    if report.left_out:
        lines.append(f"{len(report.left_out)} operations not named by `--include` were left out.")
    if report.untested:
        lines += ["", f"**{report.untested}**"]
    lines += ["", "| operation | result | statuses observed | findings |", "|---|---|---|---|"]
    for result in report.operations:
        findings = f"{len(result.failures)} failures, {len(result.drift)} drift"
        lines.append(f"| `{result.label}` | {result.status} | {_statuses(result) or '-'} | {findings} |")
    for result in report.unreached:
        lines += ["", f"**Not reached** `{result.label}`: {result.not_reached}"]
    for result in report.operations:
        if not (result.findings or result.errors):
            continue
        lines += ["", f"#### `{result.label}` ({result.operation_id})"]
        for status, group in _by_status(result.findings).items():
            lines += ["", f"Status {status}:" if status != _RUN else "Over the whole run:", ""]
            for finding in group:
                lines += _finding_markdown(finding)
        lines += [f"- error: {error}" for error in result.errors]
    lines += [f"- error: {error}" for error in report.errors]
    lines += [f"- note: {note}" for note in report.notes]
    return "\n".join(lines) + "\n"
