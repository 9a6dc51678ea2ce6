"""``rstapi diff OLD.yaml NEW.yaml`` compares two spec files anywhere: no pyproject.toml, no
reference to read; a side named as a file that is not there is "no such file", not a question
about sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main


def _spec(*paths: str) -> str:
    operations = {path: {"get": {"responses": {"200": {"description": "ok"}}}} for path in paths}
    return json.dumps({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": operations})


def test_two_spec_files_are_compared_outside_any_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "old.json").write_text(_spec("/a", "/b"), encoding="utf-8")
    (tmp_path / "new.json").write_text(_spec("/a"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # no pyproject.toml here or above that names sources
    result = CliRunner().invoke(main, ["diff", "old.json", "new.json", "--format", "json"])
    assert result.exit_code == 1, result.output  # a breaking change, --fail-on breaking
    changes = json.loads(result.stdout)["changes"]
    assert [(c["kind"], c["operation"]) for c in changes] == [("operation-removed", "GET /b")]


def test_a_side_named_as_a_file_that_is_missing_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "old.json").write_text(_spec("/a"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["diff", "old.json", "gone.yaml"])
    assert result.exit_code == 2
    assert "gone.yaml: no such file" in result.output and "--source" not in result.output
