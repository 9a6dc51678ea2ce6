"""Suppressions and the baseline match findings by content, so an edit above them changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from tests.rst_helpers import FIELDS, document, endpoint

INDEX = [("/widgets/{widget_id}", "/api/v1/widgets/{widget_id}", "widgets Endpoint")]
TWICE = (*FIELDS, ("name", "string", "Again."))  # DOC204 on the second 'name' row
WARNS = document(endpoint(response=TWICE), index=INDEX)
PROSE = "\n".join(f"A new paragraph of prose, line {n}, that a docs writer added." for n in range(6))
INSERTED = document(endpoint(prose=PROSE + "\n\nGET calls.", response=TWICE), index=INDEX)
THREE_TIMES = document(endpoint(response=(*TWICE, ("size", "integer", "Again."))), index=INDEX)
FIXED = document(endpoint(), index=INDEX)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ref.rst").write_text(WARNS, encoding="utf-8")
    return tmp_path


def _configure(project: Path, *suppressions: dict[str, str]) -> None:
    lines = ["[tool.rstapi]", 'sources = ["ref.rst"]', ""]
    for entry in suppressions:
        lines += ["[[tool.rstapi.suppress]]", *(f"{k} = {json.dumps(v)}" for k, v in entry.items()), ""]
    (project / "pyproject.toml").write_text("\n".join(lines), encoding="utf-8")


def _lint(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["lint", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def _pointer_of(code: str) -> str:
    """What a user copies from the JSON report into pyproject.toml."""
    report = json.loads(_lint("--format", "json")[1])
    [pointer] = [f["pointer"] for f in report["findings"] if f["code"] == code]
    assert isinstance(pointer, str)
    return pointer


def _edit(project: Path, text: str) -> None:
    (project / "ref.rst").write_text(text, encoding="utf-8")


def test_pointer_suppression_survives_lines_inserted_above(project: Path) -> None:
    _configure(project)
    pointer = _pointer_of("DOC204")
    _configure(project, {"code": "DOC204", "pointer": pointer, "reason": "kept on purpose"})
    assert _lint("--strict")[0] == 0
    _edit(project, INSERTED)
    code, output = _lint("--strict")
    assert code == 0 and "resolved: suppressed: kept on purpose" in output and "CFG50" not in output


def test_section_and_field_suppression(project: Path) -> None:
    _configure(project, {"code": "DOC204", "section": "widgets Endpoint", "field": "name", "reason": "r"})
    code, output = _lint("--strict")
    assert code == 0 and "resolved: suppressed: r" in output
    _configure(project, {"code": "DOC204", "section": "widgets Endpoint", "field": "size", "reason": "r"})
    code, output = _lint("--strict")
    assert code == 1 and "WARNING CFG501 suppression of DOC204 at widgets Endpoint" in output


def test_line_suppression_still_works_but_says_what_to_paste(project: Path) -> None:
    _configure(project)
    pointer = _pointer_of("DOC204")
    line = next(n for n, text in enumerate(WARNS.splitlines(), 1) if "Again." in text) - 2
    _configure(project, {"code": "DOC204", "location": f"ref.rst:{line}", "reason": "r"})
    code, output = _lint("--strict")
    assert code == 0 and "pyproject.toml:4: INFO CFG502 suppression of DOC204 is pinned to" in output
    assert f'replace its location with: pointer = "{pointer}"' in output


def test_line_suppression_after_an_insertion_is_reported_unused(project: Path) -> None:
    line = next(n for n, text in enumerate(WARNS.splitlines(), 1) if "Again." in text) - 2
    _configure(project, {"code": "DOC204", "location": f"ref.rst:{line}", "reason": "r"})
    _edit(project, INSERTED)
    code, output = _lint()
    assert code == 0 and "WARNING DOC204 field 'name' is already listed" in output
    assert f"pyproject.toml:4: WARNING CFG501 suppression of DOC204 at ref.rst:{line} matches" in output
    assert "delete the [[tool.rstapi.suppress]] entry at pyproject.toml:4" in output


def test_unused_suppressions_are_not_reported_for_another_source(project: Path) -> None:
    _configure(project, {"code": "DOC203", "pointer": "/nowhere", "reason": "r"})
    (project / "other.rst").write_text(FIXED, encoding="utf-8")
    assert "CFG501" in _lint()[1]
    assert "CFG501" not in _lint("--source", "other.rst")[1]


def test_baseline_fails_only_on_new_findings(project: Path) -> None:
    _configure(project)
    assert _lint("--strict")[0] == 1
    assert _lint("--baseline", "baseline.json", "--update-baseline")[0] == 0
    assert _lint("--strict", "--baseline", "baseline.json")[0] == 0
    _edit(project, INSERTED)  # the finding moves down six lines: still baselined
    assert _lint("--strict", "--baseline", "baseline.json")[0] == 0
    _edit(project, THREE_TIMES)  # a new duplicate row: only it counts
    code, output = _lint("--strict", "--baseline", "baseline.json", "--format", "json")
    unresolved = [f["message"] for f in json.loads(output)["findings"] if not f["resolved"]]
    assert code == 1 and [m.split(" at line")[0] for m in unresolved] == [
        "field 'size' is already listed in this table"
    ]


def test_baseline_reports_entries_that_match_nothing(project: Path) -> None:
    _configure(project)
    _lint("--baseline", "baseline.json", "--update-baseline")
    _edit(project, FIXED)
    code, output = _lint("--strict", "--baseline", "baseline.json")
    assert code == 0 and "baseline.json: INFO CFG503 1 baseline entries match no finding" in output


def test_baseline_file_is_keyed_by_content(project: Path) -> None:
    _configure(project)
    _lint("--baseline", "baseline.json", "--update-baseline")
    [entry] = json.loads((project / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert entry["code"] == "DOC204" and entry["anchor"].endswith("/properties/name")
    assert entry["message"] == "field 'name' is already listed in this table at line N"


def _configure_baseline(project: Path, written: str) -> None:
    _configure(project)
    text = (project / "pyproject.toml").read_text(encoding="utf-8")
    (project / "pyproject.toml").write_text(
        text.replace('sources = ["ref.rst"]', f'sources = ["ref.rst"]\nbaseline = "{written}"'),
        encoding="utf-8",
    )


def test_a_configured_baseline_makes_lint_strict_the_gate(project: Path) -> None:
    _configure_baseline(project, "lint-baseline.json")
    assert _lint("--update-baseline")[0] == 0  # the configured file, no flag needed
    assert json.loads((project / "lint-baseline.json").read_text(encoding="utf-8"))["findings"]
    code, output = _lint("--strict")
    assert code == 0 and "= resolved: in the baseline (lint-baseline.json)" in output
    code, output = _lint("--strict", "--no-baseline")
    assert code == 1 and "WARNING DOC204 field 'name' is already listed" in output
    _edit(project, THREE_TIMES)  # a new finding fails the gate without any flag
    assert _lint("--strict")[0] == 1


@pytest.mark.parametrize(
    ("written", "args"),
    [("../outside.json", ()), ("lint-baseline.json", ("--baseline", "b.json", "--no-baseline"))],
    ids=["outside-the-project", "both-flags"],
)
def test_a_baseline_outside_the_project_or_two_choices_exit_2(
    project: Path, written: str, args: tuple[str, ...]
) -> None:
    _configure_baseline(project, written)
    code, output = _lint(*args)
    assert code == 2 and output.startswith("error: ")


@pytest.mark.parametrize(
    ("args", "content"),
    [
        (("--update-baseline",), None),
        (("--baseline", "missing.json"), None),
        (("--baseline", "bad.json"), "{not json"),
        (("--baseline", "bad.json"), '{"version": 99}'),
    ],
)
def test_unusable_baseline_exits_2(project: Path, args: tuple[str, ...], content: str | None) -> None:
    _configure(project)
    if content is not None:
        (project / "bad.json").write_text(content, encoding="utf-8")
    code, output = _lint(*args)
    assert code == 2 and output.startswith("error: ")
