"""JUnit XML for CI systems: one testcase per operation, a <failure> listing each failed check."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from rstapi.contract.results import (
    FAILED,
    NOT_REACHED,
    SKIPPED,
    CheckFailure,
    ContractReport,
    OperationResult,
)

__all__ = ["junit_xml"]

# Characters XML 1.0 does not allow at all, escaped or not (control characters, lone surrogates,
# U+FFFE/U+FFFF): a generated body in a reproduction may hold any of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def junit_xml(report: ContractReport) -> str:
    counts = report.counts
    suite = ET.Element(
        "testsuite",
        name="rstapi contract",
        tests=str(len(report.operations)),
        failures=str(counts[FAILED] + counts[NOT_REACHED]),
        skipped=str(counts[SKIPPED]),
        errors=str(len(report.errors)),
        time=f"{report.elapsed:.3f}",
    )
    properties = ET.SubElement(suite, "properties")
    left_out = len(report.left_out)
    for name, value in (
        ("base_url", report.base_url),
        ("seed", report.seed),
        ("cases", report.cases),
        ("left_out", left_out),
    ):
        ET.SubElement(properties, "property", name=name, value=str(value))
    for result in report.operations:
        suite.append(_testcase(result))
    for error in report.errors:
        case = ET.SubElement(suite, "testcase", classname="rstapi.contract", name="run")
        ET.SubElement(case, "error", message=error)
    ET.indent(suite)
    text = ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
    return _NOT_XML.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _testcase(result: OperationResult) -> ET.Element:
    case = ET.Element("testcase", classname="rstapi.contract", name=result.label)
    if result.status == NOT_REACHED:
        failure = ET.SubElement(case, "failure", message=f"not reached: {result.not_reached}")
        failure.text = "\n\n".join([*map(_failure_text, result.findings), *result.errors])
    elif result.status == FAILED:
        names = ", ".join(result.failed_check_names) or "errors"
        failure = ET.SubElement(case, "failure", message=f"failed checks: {names}")
        failure.text = "\n\n".join([*map(_failure_text, result.findings), *result.errors])
    elif result.status == SKIPPED:
        ET.SubElement(case, "skipped", message="; ".join(result.skip_reasons) or "no case was generated")
    return case


def _failure_text(failure: CheckFailure) -> str:
    lines = [
        f"[{failure.kind}] {failure.drift_class or failure.title} ({failure.check})",
        f"Expected: {failure.expected}",
        f"Observed: {failure.observed}",
        f"Add at: {failure.source} ({failure.add_at})"
        if failure.add_at
        else f"Not in the reference: {failure.overlay_rule}"
        if failure.overlay
        else f"Documented at: {failure.source or 'no RST line'}",
        *(f"Step {number}: {step}" for number, step in enumerate(failure.steps or (failure.curl,), 1)),
    ]
    if failure.status is not None:
        lines.append(f"Response: {failure.status} {failure.response_excerpt}")
    return "\n".join(lines)
