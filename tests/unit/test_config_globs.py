"""Globs in the sources of ``[[tool.rstapi.apis]]`` and ``[tool.rstapi]`` (and ``--source``):
``rstapi build`` reads the files they match, sorted, as the Sphinx extension reads them; a glob
that matches nothing is an error naming it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.config import ConfigError, load_config
from tests.rst_style import document, endpoint

PYPROJECT = """
[tool.rstapi]
sources = ["docs/*/v1/*.rst"]

[[tool.rstapi.apis]]
name = "deep"
sources = ["docs/**/*.rst"]

[[tool.rstapi.apis]]
name = "typo"
sources = ["docs/gadgets.rst", "doc/**/*.rst"]
"""
PAGES = ("docs/zeta/v1/zips.rst", "docs/alpha/v1/axes.rst", "docs/alpha/v2/bolts.rst", "docs/gadgets.rst")


def _project(root: Path) -> None:
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    for page in PAGES:
        name = Path(page).stem
        (root / page).parent.mkdir(parents=True, exist_ok=True)
        text = document(endpoint(title=f"{name} Endpoint", path=f"/gizmo/v1/{name}/"), title=f"{name} API")
        (root / page).write_text(text, encoding="utf-8")


def test_a_glob_in_the_sources_is_the_files_it_matches_sorted(tmp_path: Path) -> None:
    """``rstapi build --api deep`` said "docs/**/*.rst: no such file" (exit 2)."""
    _project(tmp_path)
    assert load_config(tmp_path, api="deep").sources == tuple(
        tmp_path / p
        for p in (
            "docs/alpha/v1/axes.rst",
            "docs/alpha/v2/bolts.rst",
            "docs/gadgets.rst",
            "docs/zeta/v1/zips.rst",
        )
    )
    assert load_config(tmp_path).sources == (
        tmp_path / "docs/alpha/v1/axes.rst",
        tmp_path / "docs/zeta/v1/zips.rst",
    )


def test_the_cli_builds_an_api_whose_sources_are_globs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(tmp_path)
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(
        main, ["build", "--api", "deep", "--no-cache", "--no-overlay", "--out", "deep.yaml"]
    )
    assert done.exit_code == 0, done.output
    spec = (tmp_path / "deep.yaml").read_text(encoding="utf-8")
    assert [line for line in spec.splitlines() if line.startswith("  /gizmo")] == [
        "  /gizmo/v1/axes/:",
        "  /gizmo/v1/bolts/:",
        "  /gizmo/v1/gadgets/:",
        "  /gizmo/v1/zips/:",
    ]
    done = CliRunner().invoke(main, ["build", "--no-cache", "--no-overlay", "--out", "root.yaml"])
    assert done.exit_code == 0, done.output
    assert "/gizmo/v1/bolts/" not in (tmp_path / "root.yaml").read_text(encoding="utf-8")


def test_a_glob_that_matches_nothing_is_an_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(tmp_path)
    with pytest.raises(ConfigError, match=r"doc/\*\*/\*\.rst: the pattern matches no \.rst file"):
        load_config(tmp_path, api="typo")
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["build", "--api", "typo", "--no-cache", "--out", "typo.yaml"])
    assert done.exit_code == 2 and "doc/**/*.rst: the pattern matches no .rst file" in done.output
    assert not (tmp_path / "typo.yaml").exists()


def test_a_configured_glob_matching_a_file_outside_the_project_is_refused(tmp_path: Path) -> None:
    """A glob written in pyproject.toml (which may come with a pull request) that matches a
    symlink out of the checkout must not make a CI run read what it points to."""
    outside = tmp_path / "outside.rst"
    outside.write_text(document(endpoint()), encoding="utf-8")
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.rstapi]\nsources = ["docs/*.rst"]\n', encoding="utf-8")
    os.symlink(outside, project / "docs" / "leak.rst")
    with pytest.raises(ConfigError, match="leads outside the project"):
        load_config(project)
