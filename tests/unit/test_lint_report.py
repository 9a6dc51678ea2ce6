"""The report formats: JSON shape, GitHub annotations, SARIF 2.1.0 structure, human text."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from rstapi.diagnostics import CODES, Diagnostic, Level, SourceLocation
from rstapi.lint.report import report_github, report_human, report_json, report_sarif
from tests.rst_helpers import document, endpoint

FILE = "docs/ref.rst"
FINDINGS = (
    Diagnostic(
        "DOC203",
        "'size' is documented as 'integer'",
        SourceLocation(FILE, 12, 5),
        pointer="/components/schemas/W/properties/size",
    ),
    Diagnostic("DOC204", "field 'name' is already listed", SourceLocation(FILE, 7)),
    Diagnostic("RST115", "label 'x' is never referenced", SourceLocation(FILE, 1)),
    Diagnostic(
        "DOC206", "URL, with a comma: and colon", SourceLocation(FILE, 30), resolution="suppressed: a slip"
    ),
    Diagnostic("SPEC402", "schema 'W' is never used", None, pointer="/components/schemas/W"),
)
SOURCE = {FILE: [f"line {n}" for n in range(1, 41)]}


def test_json_shape() -> None:
    report = json.loads(report_json(FINDINGS))
    assert report["version"] == 1
    assert report["summary"] == {
        "error": 1,
        "warning": 2,
        "info": 1,
        "resolved": 1,
        "by_code": {"DOC203": 1, "DOC204": 1, "DOC206": 1, "RST115": 1, "SPEC402": 1},
    }
    first = report["findings"][0]
    assert first == {
        "code": "SPEC402",
        "level": "warning",
        "title": CODES["SPEC402"].title,
        "message": "schema 'W' is never used",
        "hint": CODES["SPEC402"].hint,
        "file": None,
        "line": 0,
        "column": 0,
        "pointer": "/components/schemas/W",
        "resolved": False,
        "resolution": None,
    }
    assert [(f["code"], f["line"]) for f in report["findings"][1:]] == [
        ("RST115", 1),
        ("DOC204", 7),
        ("DOC203", 12),
        ("DOC206", 30),
    ]
    assert report["findings"][-1]["resolution"] == "suppressed: a slip"


def test_github_annotations_levels_escaping_and_no_resolved() -> None:
    lines = report_github(FINDINGS).splitlines()
    assert lines[0] == f"::warning title=SPEC402::schema 'W' is never used (hint: {CODES['SPEC402'].hint})"
    assert lines[1].startswith(f"::notice file={FILE},line=1,title=RST115::label 'x'")
    assert lines[3].startswith(f"::error file={FILE},line=12,col=5,title=DOC203::'size'")
    assert not any("DOC206" in line for line in lines)
    escaped = report_github([Diagnostic("DOC204", "50% done\nnext", SourceLocation("a,b:c.rst", 2))])
    assert escaped.startswith("::warning file=a%2Cb%3Ac.rst,line=2,title=DOC204::50%25 done%0Anext")


def test_sarif_structure() -> None:
    log = json.loads(report_sarif(FINDINGS))
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    [run] = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(CODES)
    assert all("helpUri" not in r or r["helpUri"].startswith("https://") for r in rules)
    assert {r["defaultConfiguration"]["level"] for r in rules} == {"error", "warning", "note"}
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"} and result["message"]["text"]
    by_code = {r["ruleId"]: r for r in run["results"]}
    physical = by_code["DOC203"]["locations"][0]["physicalLocation"]
    assert physical == {"artifactLocation": {"uri": FILE}, "region": {"startLine": 12, "startColumn": 5}}
    assert by_code["RST115"]["level"] == "note"
    assert by_code["DOC206"]["suppressions"] == [{"kind": "external", "justification": "suppressed: a slip"}]
    assert "suppressions" not in by_code["DOC203"] and "locations" not in by_code["SPEC402"]


def test_human_groups_by_file_quotes_the_line_and_counts_by_code() -> None:
    text = report_human(FINDINGS, SOURCE)
    lines = text.splitlines()
    assert lines[0] == FILE
    assert lines[1] == "docs/ref.rst:1: INFO RST115 label 'x' is never referenced"
    assert lines[2].endswith("| line 1") and lines[3].strip() == f"= hint: {CODES['RST115'].hint}"
    assert "docs/ref.rst:12:5: ERROR DOC203 'size' is documented as 'integer'" in lines
    resolved = lines.index("docs/ref.rst:30: ERROR DOC206 URL, with a comma: and colon")
    assert lines[resolved + 2].strip() == "= resolved: suppressed: a slip"
    assert (
        "the emitted spec" in lines
        and "/components/schemas/W: WARNING SPEC402 schema 'W' is never used" in lines
    )
    assert lines[-1] == "5 findings: 1 error, 2 warning, 1 info unresolved; 1 resolved"
    assert any(line.startswith("DOC206    1  (error, 1 resolved)") for line in lines)


def test_human_colours_only_when_asked() -> None:
    assert "\x1b[" not in report_human(FINDINGS, SOURCE, color=False)
    assert "\x1b[" in report_human(FINDINGS, SOURCE, color=True)


def test_levels_round_trip_in_json() -> None:
    levels = {f["code"]: f["level"] for f in json.loads(report_json(FINDINGS))["findings"]}
    assert levels == {d.code: str(d.level) for d in FINDINGS}
    assert str(Level.INFO) == "info"


def test_human_line_is_the_build_line() -> None:
    """One format everywhere: the human report's headline is ``str(diagnostic)``, as build prints it."""
    lines = report_human(FINDINGS, SOURCE).splitlines()
    assert all(str(d) in lines for d in FINDINGS)
    assert str(FINDINGS[0]) == "docs/ref.rst:12:5: ERROR DOC203 'size' is documented as 'integer'"


def test_counts_use_the_findings_level_not_the_codes_default() -> None:
    demoted = Diagnostic("DOC203", "demoted", SourceLocation(FILE, 3), level=Level.WARNING)
    lines = report_human([demoted], SOURCE).splitlines()
    assert any(line.startswith("DOC203    1  (warning)") for line in lines)
    assert not any("(error" in line for line in lines)
    assert lines[-1] == "1 findings: 0 error, 1 warning, 0 info unresolved; 0 resolved"


def _lint_on_a_terminal(source: Path, environment: dict[str, str]) -> str:
    """``rstapi lint`` with its output on a pseudo-terminal, as a writer runs it in a shell."""
    leader, follower = pty.openpty()
    command = [sys.executable, "-m", "rstapi.cli", "lint", "--source", source.name]
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"} | environment
    process = subprocess.Popen(
        command, stdout=follower, stderr=subprocess.DEVNULL, env=env, cwd=source.parent
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the terminal's other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_the_terminal_report_is_coloured_unless_no_color_is_set(tmp_path: Path) -> None:
    example = '{\n    "widget_id": "7",\n    "name": "cog",\n    "size": 2,\n    "colour": "red"\n}'
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint(example=example)), encoding="utf-8")
    assert "\x1b[" in _lint_on_a_terminal(source, {})
    plain = _lint_on_a_terminal(source, {"NO_COLOR": "1"})
    assert "\x1b[" not in plain and "DOC201" in plain
