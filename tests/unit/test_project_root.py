"""The project root bounds what a build reads: the git work tree's top level, else the folder
holding conf.py, else the source's folder; ``--project-root`` / ``project-root`` set it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rstapi.config import Config, ConfigError, load_config
from rstapi.pipeline import BuildResult, build
from tests.rst_style import document, endpoint, line_number, subsection

SAMPLE = '{"name": "gadget"}\n'


def _project(top: Path) -> Path:
    """docs/source/index.rst (with conf.py) whose example is ../../samples/gadget.json."""
    source = top / "docs" / "source"
    source.mkdir(parents=True)
    (source / "conf.py").write_text("project = 'gizmo'\n", encoding="utf-8")
    (top / "samples").mkdir()
    (top / "samples" / "gadget.json").write_text(SAMPLE, encoding="utf-8")
    example = ".. literalinclude:: ../../samples/gadget.json\n   :language: json\n"
    index = source / "index.rst"
    index.write_text(document(endpoint(rest=subsection("Example Response", example))), encoding="utf-8")
    return index


def _refused(result: BuildResult) -> list[tuple[int, str]]:
    return [
        (d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == "RST162"
    ]


def _example_read(result: BuildResult) -> bool:
    assert result.spec is not None
    response = result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["responses"]["200"]
    examples = response.get("content", {}).get("application/json", {}).get("examples", {})
    return any(e["value"] == {"name": "gadget"} for e in examples.values())


def test_a_sample_beside_the_sphinx_folder_is_read_inside_a_git_work_tree(tmp_path: Path) -> None:
    index = _project(tmp_path)
    (tmp_path / ".git").mkdir()
    result = build(Config(sources=(index,), root=tmp_path))
    assert _refused(result) == [] and _example_read(result)


def test_a_linked_work_tree_counts_too(tmp_path: Path) -> None:
    index = _project(tmp_path)
    (tmp_path / ".git").write_text("gitdir: /elsewhere/.git/worktrees/x\n", encoding="utf-8")
    assert _refused(build(Config(sources=(index,), root=tmp_path))) == []


def test_without_git_the_folder_holding_conf_py_bounds_the_reads(tmp_path: Path) -> None:
    index = _project(tmp_path)
    result = build(Config(sources=(index,), root=tmp_path))
    line = line_number(index.read_text(encoding="utf-8"), "literalinclude")
    assert [ln for ln, _ in _refused(result)] == [line]
    assert "outside the project root (source/" in _refused(result)[0][1]
    assert not _example_read(result)


def test_project_root_option_widens_the_bounds(tmp_path: Path) -> None:
    index = _project(tmp_path)
    config = load_config(tmp_path, sources=(index,), project_root=tmp_path)
    result = build(config)
    assert _refused(result) == [] and _example_read(result)


def test_project_root_in_pyproject_is_relative_to_it(tmp_path: Path) -> None:
    index = _project(tmp_path / "repo")
    (tmp_path / "pyproject.toml").write_text('[tool.rstapi]\nproject-root = "repo"\n', encoding="utf-8")
    config = load_config(tmp_path, sources=(index,))
    assert config.project_root == tmp_path / "repo"
    assert _refused(build(config)) == []


def test_a_project_root_that_is_no_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.rstapi]\nproject-root = "nowhere"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="nowhere: is not a directory"):
        load_config(tmp_path, sources=(tmp_path / "x.rst",))
