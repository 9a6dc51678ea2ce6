"""The project's CI gate: `rstapi lint --strict --baseline lint-baseline.json` passes on the seed and
keeps passing after a docs writer's ordinary edit (tests/maintainer_edit.py), because the baseline
is keyed by content, not line numbers.

If the first test fails after an intended change to the findings, regenerate the baseline with
    rstapi lint --baseline lint-baseline.json --update-baseline
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from tests.maintainer_edit import realistic_edit
from tests.rst_helpers import ROOT

REGENERATE = "rstapi lint --baseline lint-baseline.json --update-baseline"
GATE = ["lint", "--strict", "--baseline", "lint-baseline.json"]
COPIED = ("pyproject.toml", "lint-baseline.json", "rst_sources")


def _gate(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, GATE)
    return result.exit_code, result.output


@pytest.fixture
def edited(tmp_path: Path) -> Path:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy2(source, tmp_path / name)
    [reference] = (tmp_path / "rst_sources").rglob("reference.rst")
    reference.write_text(realistic_edit(reference.read_text(encoding="utf-8")), encoding="utf-8")
    return tmp_path


def test_the_seed_passes_the_strict_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = _gate(ROOT, monkeypatch)
    assert code == 0 and "CFG50" not in output, f"run `{REGENERATE}`\n{output[-2000:]}"


def test_the_configured_baseline_makes_lint_strict_alone_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """`baseline = "lint-baseline.json"` in [tool.rstapi]: a maintainer types what CI runs."""
    monkeypatch.chdir(ROOT)
    assert CliRunner().invoke(main, ["lint", "--strict"]).exit_code == 0
    everything = CliRunner().invoke(main, ["lint", "--strict", "--no-baseline"])
    assert everything.exit_code == 1 and "WARNING" in everything.output  # the standing warnings


def test_an_ordinary_edit_passes_the_strict_gate(edited: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = _gate(edited, monkeypatch)
    assert code == 0, output[-3000:]
    assert "CFG503" not in output  # every baselined finding was found again, at its new line


def test_a_new_warning_fails_the_strict_gate(edited: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [reference] = (edited / "rst_sources").rglob("reference.rst")
    text = reference.read_text(encoding="utf-8")
    reference.write_text(
        text.replace("``docs_note``", "``docs_note``\n     - string\n     - Twice.\n   * - ``docs_note``", 1),
        encoding="utf-8",
    )
    code, output = _gate(edited, monkeypatch)
    assert code == 1 and "WARNING DOC204 field 'docs_note' is already listed" in output
