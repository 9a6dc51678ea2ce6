"""The seed's lint report, committed as tests/golden/lint_report.json.

Regenerate after an intended change (from the project root):
    rstapi lint --format json --output tests/golden/lint_report.json
(the noxfile's ``lint-report`` step runs exactly this).
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.naming import path_pointer, schema_pointer
from tests.rst_helpers import ROOT

GOLDEN = ROOT / "tests" / "golden" / "lint_report.json"
REGENERATE = "rstapi lint --format json --output tests/golden/lint_report.json"


@pytest.fixture(scope="module")
def report() -> str:
    previous = Path.cwd()
    try:
        os.chdir(ROOT)  # the seed, overlay and suppressions come from pyproject.toml
        result = CliRunner().invoke(main, ["lint", "--format", "json"])
    finally:
        os.chdir(previous)
    assert result.exit_code == 0, result.output
    return result.output


def test_seed_lint_report_matches_the_golden(report: str) -> None:
    expected = GOLDEN.read_text(encoding="utf-8")
    if report != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), report.splitlines(), "golden/lint_report.json", "now", lineterm="", n=2
        )
        pytest.fail(f"the seed's lint report drifted; if intended, run `{REGENERATE}`\n" + "\n".join(diff))


def test_golden_names_no_absolute_path_or_time(report: str) -> None:
    assert str(ROOT) not in report
    files = {f["file"] for f in json.loads(report)["findings"]}
    assert files == {"rst_sources/enterprise_api/reference.rst"}


def test_seed_findings_by_code(report: str) -> None:
    """Each kind of damage in the seed is found (counts follow from the RST, not from the report)."""
    findings = json.loads(report)["findings"]
    where = {(f["code"], f["pointer"]) for f in findings}  # anchored to content: edits move lines, not these
    catalog = path_pointer("/enterprise/v2/enterprise-catalogs/{catalog_id}", "get")
    program = path_pointer("/enterprise/v2/enterprise-catalogs/{catalog_id}/programs/{program_ID}", "get")
    assert {
        ("DOC203", schema_pointer("AllocatePolicyAllocationResponse", "updated")),
        ("DOC203", schema_pointer("AllocatePolicyAllocationResponse", "created")),
        ("DOC204", schema_pointer("Course", "enrollment_url")),
        ("DOC204", schema_pointer("ListEnterpriseCustomerLearnerSummaryResponse", "is_consent_granted")),
        ("DOC209", path_pointer("/enterprise/v1/bulk-license-enrollment", "post")),
        ("DOC210", program),
        ("DOC206", catalog),
    } <= where
    assert sum(1 for code, _ in where if code == "RST117") == 2
    unresolved_errors = [f for f in findings if f["level"] == "error" and not f["resolved"]]
    assert unresolved_errors == []
