"""A git history of a house-style reference, made once per session in a temporary folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from rstapi.cli import main
from tests.diff.history import make_history


@pytest.fixture(scope="session")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    if shutil.which("git") is None:
        pytest.skip("issue 13: git is not installed")
    repo = tmp_path_factory.mktemp("gizmo-docs")
    return repo, make_history(repo)


def run(repo: Path, monkeypatch: pytest.MonkeyPatch, *arguments: str) -> Result:
    monkeypatch.chdir(repo)
    return CliRunner().invoke(main, list(arguments))


def run_json(repo: Path, monkeypatch: pytest.MonkeyPatch, *arguments: str) -> tuple[int, dict[str, Any]]:
    result = run(repo, monkeypatch, *arguments, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    loaded: dict[str, Any] = json.loads(result.stdout)
    return result.exit_code, loaded


def line_of(text: str, exact: str, occurrence: int = 1) -> int:
    """The 1-based number of the ``occurrence``-th line that is exactly ``exact`` (stripped)."""
    hits = [number for number, line in enumerate(text.splitlines(), 1) if line.strip() == exact]
    return hits[occurrence - 1]
