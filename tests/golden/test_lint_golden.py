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
    where = {(f["code"], f["line"]) for f in findings}
    assert {("DOC203", 168), ("DOC203", 171), ("DOC204", 1282), ("DOC204", 2346)} <= where
    assert {("DOC209", 741), ("DOC210", 1068), ("DOC206", 881), ("RST117", 257), ("RST117", 314)} <= where
    unresolved_errors = [f for f in findings if f["level"] == "error" and not f["resolved"]]
    assert unresolved_errors == []
