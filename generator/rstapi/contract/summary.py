"""The readable summary: one line per operation, then every failure with its curl line."""

from __future__ import annotations

from rstapi.contract.results import FAILED, ContractReport, OperationResult

__all__ = ["summary_text"]

_MARKS = {"passed": "PASS", "failed": "FAIL", "skipped": "SKIP"}


def summary_text(report: ContractReport) -> str:
    lines = [
        f"contract run against {report.base_url} (seed {report.seed}, max examples {report.max_examples})"
    ]
    lines += [_operation_line(result) for result in report.operations]
    for result in report.operations:
        if result.status == FAILED:
            lines += _failure_lines(result)
    lines += [f"error: {error}" for error in report.errors]
    counts = report.counts
    lines.append(
        f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped; "
        f"{report.cases} cases in {report.elapsed:.1f}s"
    )
    return "\n".join(lines) + "\n"


def _operation_line(result: OperationResult) -> str:
    line = f"{_MARKS[result.status]} {result.label} ({result.operation_id}): {result.cases} cases"
    if result.failed_checks:
        line += "; failed: " + ", ".join(f"{name} x{count}" for name, count in result.failed_checks)
    if result.skip_reasons:
        line += "; skipped: " + "; ".join(result.skip_reasons)
    return line


def _failure_lines(result: OperationResult) -> list[str]:
    lines = ["", f"{result.label}:"]
    for failure in result.failures:
        lines.append(f"  [{failure.check}] {failure.title} ({failure.phase} phase)")
        lines += [f"    {line}" for line in failure.message.splitlines()[:12]]
        lines.append(f"    reproduce: {failure.curl}")
        if failure.status is not None:
            lines.append(f"    response: {failure.status} {failure.response_excerpt}")
    lines += [f"  error: {error}" for error in result.errors]
    return lines
