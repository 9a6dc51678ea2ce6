"""``rstapi lint``: formats, exit codes and bad input, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from tests.rst_helpers import FIELDS, document, endpoint

INDEX = [("/widgets/{widget_id}", "/api/v1/widgets/{widget_id}", "widgets Endpoint")]
CLEAN = document(endpoint(), index=INDEX)
WARNS = document(endpoint(response=(*FIELDS, ("name", "string", "Again."))), index=INDEX)  # DOC204
FAILS = document(endpoint(example='{"widget_id": "42", "name": "a", "size": [1]}'), index=INDEX)  # DOC203


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no pyproject.toml here: only the flags count
    return tmp_path


def _lint(workdir: Path, text: str | bytes, *args: str) -> tuple[int, str]:
    source = workdir / "ref.rst"
    source.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    result = CliRunner().invoke(main, ["lint", "--source", "ref.rst", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_clean_reference_exits_0(workdir: Path) -> None:
    code, output = _lint(workdir, CLEAN)
    assert code == 0
    assert output.splitlines()[-1] == "0 findings: 0 error, 0 warning, 0 info unresolved; 0 resolved"


def test_error_exits_1_with_the_finding_its_line_and_hint(workdir: Path) -> None:
    code, output = _lint(workdir, FAILS)
    assert code == 1
    assert "ref.rst:" in output and " ERROR DOC203 'size' is documented as 'integer'" in output
    assert "| " + "   * - ``size``" in output and "= hint: Fix the data type" in output


def test_warnings_exit_0_and_1_with_strict(workdir: Path) -> None:
    assert _lint(workdir, WARNS)[0] == 0
    code, output = _lint(workdir, WARNS, "--strict")
    assert code == 1 and "WARNING DOC204" in output


def test_json_to_a_file(workdir: Path) -> None:
    code, output = _lint(workdir, FAILS, "--format", "json", "--output", "out/report.json")
    assert code == 1 and output == ""
    report = json.loads((workdir / "out" / "report.json").read_text(encoding="utf-8"))
    assert ("DOC203", "ref.rst") in [(f["code"], f["file"]) for f in report["findings"]]


def test_github_and_sarif_formats(workdir: Path) -> None:
    assert _lint(workdir, FAILS, "--format", "github")[1].startswith("::error file=ref.rst,line=")
    sarif = json.loads(_lint(workdir, FAILS, "--format", "sarif")[1])
    assert sarif["runs"][0]["results"][0]["ruleId"] == "DOC203"


def test_missing_source_exits_2_without_traceback(workdir: Path) -> None:
    result = CliRunner().invoke(main, ["lint", "--source", "nowhere.rst"])
    assert result.exit_code == 2
    assert "error: nowhere.rst: no such file" in result.output and "Traceback" not in result.output


def test_unwritable_output_exits_2(workdir: Path) -> None:
    (workdir / "taken").mkdir()
    code, output = _lint(workdir, CLEAN, "--output", "taken")
    assert code == 2 and "error: taken: cannot write the report" in output


def test_non_utf8_source_exits_2_with_rst100(workdir: Path) -> None:
    code, output = _lint(workdir, CLEAN.encode("utf-8") + "caf\xe9\n".encode("latin-1"))
    assert code == 2 and "ERROR RST100 not valid UTF-8: byte 0xe9" in output


def test_broken_overlay_exits_2_with_ovl300(workdir: Path) -> None:
    (workdir / "overlay.yaml").write_text("overlay: 1.0.0\nactions: [\n", encoding="utf-8")
    code, output = _lint(workdir, CLEAN, "--overlay", "overlay.yaml")
    assert code == 2 and "OVL300" in output and "Traceback" not in output


def test_lint_output_includes_mojibake_found_by_extraction(workdir: Path) -> None:
    text = CLEAN.replace("The widget's name.", "The widgetâ\x80\x99s name.")
    code, output = _lint(workdir, text)
    assert code == 0 and "WARNING RST118 mojibake: " in output and "should read 'widget’s'" in output


def test_build_reports_the_lint_findings_too(workdir: Path) -> None:
    (workdir / "ref.rst").write_text(FAILS, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--source", "ref.rst", "--out", "spec.yaml"])
    assert result.exit_code == 1 and "ERROR DOC203" in result.output
