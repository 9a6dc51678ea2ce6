"""`rstapi diff` and `rstapi changelog` on a reference made of several files: a change in an
included file or in a document a toctree names is a change of the reference at that revision."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.diff.conftest import line_of, run, run_json
from tests.diff.history import NO_ACTIONS, git
from tests.rst_style import document, endpoint, field_table, subsection

PYPROJECT = '[tool.rstapi]\nsources = ["docs/index.rst"]\noverlay = "docs/overlay.yaml"\n'
INDEX = document("\n.. toctree::\n\n   widgets\n", endpoint(rest="\n.. include:: fields.rst\n"))


def _fields(*rows: tuple[str, str, str]) -> str:
    return subsection("Response Values", field_table(*rows))


def _widgets(required_colour: bool) -> str:
    row = ("colour", "string (required)" if required_colour else "string", "The colour.")
    rest = subsection("POST Data Values", field_table(row))
    return document(endpoint("widgets Endpoint", "POST", "/gizmo/v1/widgets", "POST makes a widget.", rest))


NAME = ("name", "string", "The gadget's name.")
SIZE = ("size", "integer", "The gadget's size.")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    if shutil.which("git") is None:
        pytest.skip("issue 13: git is not installed")
    repo = tmp_path_factory.mktemp("gizmo-project")
    git(repo, "init", "-q", "-b", "main")
    (repo / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (repo / "docs").mkdir()
    (repo / "docs" / "conf.py").write_text("project = 'gizmo'\n", encoding="utf-8")
    (repo / "docs" / "index.rst").write_text(INDEX, encoding="utf-8")
    (repo / "docs" / "overlay.yaml").write_text(NO_ACTIONS, encoding="utf-8")
    commits = []
    for message, fields, widgets in (
        ("Initial reference", _fields(NAME, SIZE), _widgets(False)),
        ("Drop size from the included table", _fields(NAME), _widgets(False)),
        ("Colour is required", _fields(NAME), _widgets(True)),
    ):
        (repo / "docs" / "fields.rst").write_text(fields, encoding="utf-8")
        (repo / "docs" / "widgets.rst").write_text(widgets, encoding="utf-8")
        git(repo, "add", "-A")
        git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", message)
        commits.append(git(repo, "rev-parse", "HEAD"))
    return repo, commits


def test_a_field_removed_from_an_included_file_is_a_breaking_change_located_there(
    project: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, commits = project
    code, found = run_json(repo, monkeypatch, "diff", commits[0], commits[1])
    assert [(c["kind"], c["breaking"]) for c in found["changes"]] == [("response-field-removed", True)]
    row = line_of(_fields(NAME, SIZE), "* - ``size``")
    assert found["changes"][0]["old"]["source"] == f"docs/fields.rst:{row}"
    assert code == 1


def test_a_change_in_a_toctree_document_is_in_the_changelog(
    project: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, commits = project
    code, found = run_json(repo, monkeypatch, "diff", commits[1], commits[2])
    assert [(c["kind"], c["operation"]) for c in found["changes"]] == [
        ("request-field-now-required", "POST /gizmo/v1/widgets")
    ]
    assert code == 1
    log = run(repo, monkeypatch, "changelog")
    assert log.exit_code == 0, log.output
    assert "Colour is required" in log.output and "Drop size from the included table" in log.output
