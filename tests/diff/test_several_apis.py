"""``rstapi diff --api NAME`` and ``rstapi changelog --api NAME`` read the API of that name in
``[[tool.rstapi.apis]]`` (its sources and overlay), at each revision, as build and lint do."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.diff.conftest import run, run_json
from tests.diff.history import git
from tests.rst_style import document, endpoint

PYPROJECT = """
[[tool.rstapi.apis]]
name = "gadgets"
sources = ["docs/gadgets.rst"]

[[tool.rstapi.apis]]
name = "widgets"
sources = ["docs/widgets.rst"]
"""


def _write(repo: Path, widgets_path: str) -> None:
    for name, path in (("gadgets", "/gizmo/v1/gadgets/"), ("widgets", widgets_path)):
        text = document(endpoint(title=f"{name} Endpoint", path=path), title=f"{name} API")
        (repo / "docs" / f"{name}.rst").write_text(text, encoding="utf-8")


def _commit(repo: Path, message: str, day: int) -> None:
    git(repo, "add", "-A")
    when = f"2026-02-{day:02d}T12:00:00+00:00"
    git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", message, "--date", when)


@pytest.fixture(scope="module")
def two_apis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two commits: both APIs, then the widgets' path renamed (a breaking change of that API only)."""
    if shutil.which("git") is None:
        pytest.skip("issue 13: git is not installed")
    repo = tmp_path_factory.mktemp("two-apis")
    git(repo, "init", "-q", "-b", "main")
    (repo / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (repo / "docs").mkdir()
    _write(repo, "/gizmo/v1/widgets/")
    _commit(repo, "Both APIs", 1)
    _write(repo, "/gizmo/v2/widgets/")
    _commit(repo, "Move the widgets to v2", 2)
    return repo


def test_diff_compares_the_api_it_is_given(two_apis: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, widgets = run_json(two_apis, monkeypatch, "diff", "HEAD~1", "HEAD", "--api", "widgets")
    changes = [(c["kind"], c["detail"]) for c in widgets["changes"]]
    assert changes == [("path-renamed", "/gizmo/v1/widgets/ -> /gizmo/v2/widgets/")]
    assert code == 1
    code, gadgets = run_json(two_apis, monkeypatch, "diff", "HEAD~1", "--api", "gadgets")
    assert (code, gadgets["changes"]) == (0, [])


def test_changelog_of_the_api_it_is_given(two_apis: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, widgets = run_json(two_apis, monkeypatch, "changelog", "--api", "widgets")
    assert [e["subject"] for e in widgets["entries"]] == ["Move the widgets to v2", "Both APIs"]
    _, gadgets = run_json(two_apis, monkeypatch, "changelog", "--api", "gadgets")
    assert [e["subject"] for e in gadgets["entries"]] == ["Both APIs"]


def test_without_api_a_project_of_several_apis_names_them(
    two_apis: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run(two_apis, monkeypatch, "diff", "HEAD~1")
    assert result.exit_code == 2
    assert "with --api NAME (gadgets, widgets)" in result.output
    unknown = run(two_apis, monkeypatch, "changelog", "--api", "sprockets")
    assert unknown.exit_code == 2 and "no API named 'sprockets'" in unknown.output
