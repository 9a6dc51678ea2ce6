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


def _repository(
    factory: pytest.TempPathFactory, index: str, history: list[tuple[str, dict[str, str]]]
) -> tuple[Path, list[str]]:
    """A git repository of the gizmo project: ``docs/index.rst`` is ``index``; each commit of
    ``history`` writes its files (relative to docs/)."""
    if shutil.which("git") is None:
        pytest.skip("issue 13: git is not installed")
    repo = factory.mktemp("gizmo-project")
    git(repo, "init", "-q", "-b", "main")
    (repo / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    files = {"conf.py": "project = 'gizmo'\n", "index.rst": index, "overlay.yaml": NO_ACTIONS}
    commits = []
    for message, changed in history:
        for relative, text in {**files, **changed}.items():
            (repo / "docs" / relative).parent.mkdir(parents=True, exist_ok=True)
            (repo / "docs" / relative).write_text(text, encoding="utf-8")
        files = {}
        git(repo, "add", "-A")
        git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", message)
        commits.append(git(repo, "rev-parse", "HEAD"))
    return repo, commits


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    return _repository(
        tmp_path_factory,
        INDEX,
        [
            (message, {"fields.rst": fields, "widgets.rst": widgets})
            for message, fields, widgets in (
                ("Initial reference", _fields(NAME, SIZE), _widgets(False)),
                ("Drop size from the included table", _fields(NAME), _widgets(False)),
                ("Colour is required", _fields(NAME), _widgets(True)),
            )
        ],
    )


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


@pytest.fixture(scope="module")
def chained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A reference whose include names a file of any suffix, which includes the field table (by
    a name relative to the document, as Sphinx reads a name in an included file)."""
    index = document(endpoint(rest="\n.. include:: parts/response.rest\n"))
    first = {
        "parts/response.rest": ".. include:: parts/fields.table\n",
        "parts/fields.table": _fields(NAME, SIZE),
    }
    return _repository(
        tmp_path_factory,
        index,
        [("Initial reference", first), ("Drop size", {"parts/fields.table": _fields(NAME)})],
    )


def test_an_include_within_an_included_file_of_any_suffix_is_followed(
    chained: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, commits = chained
    code, found = run_json(repo, monkeypatch, "diff", commits[0], commits[1])
    assert [(c["kind"], c["breaking"]) for c in found["changes"]] == [("response-field-removed", True)]
    row = line_of(_fields(NAME, SIZE), "* - ``size``")
    assert found["changes"][0]["old"]["source"] == f"docs/parts/fields.table:{row}"
    assert code == 1
