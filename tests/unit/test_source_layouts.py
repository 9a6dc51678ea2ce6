"""Source layouts a docs team uses: a file named twice (a folder and a file in it), pages written
as ``.txt`` (a ``source_suffix`` the CLI does not read from conf.py), an index that only holds a
toctree."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.config import ConfigError, expand_sources
from tests.rst_style import document, endpoint, line_number

INDEX = "####\nDocs\n####\n\n.. toctree::\n\n   api/gadgets\n   api/widgets\n"


def _project(root: Path, widgets: str = "widgets.rst") -> None:
    (root / "pyproject.toml").write_text("[tool.rstapi]\n", encoding="utf-8")
    (root / "docs" / "api").mkdir(parents=True)
    (root / "docs" / "index.rst").write_text(INDEX, encoding="utf-8")
    for name, file in (("gadgets", "gadgets.rst"), ("widgets", widgets)):
        text = document(endpoint(title=f"{name} Endpoint", path=f"/gizmo/v1/{name}/"), title=f"{name} API")
        (root / "docs" / "api" / file).write_text(text, encoding="utf-8")


def _build(root: Path, *sources: str) -> tuple[int, str]:
    arguments = ["build", "--no-cache", "--no-overlay", "--fail-on", "warning", "--out", "out.yaml"]
    done = CliRunner().invoke(main, [*arguments, *(f"--source={s}" for s in sources)])
    return done.exit_code, done.output


def test_a_file_named_twice_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--source docs --source docs/api/gadgets.rst`` read gadgets.rst twice: "GET /gizmo/v1/gadgets/
    is already documented at docs/api/gadgets.rst:N" (RST116, an error, exit 1) at its own line."""
    _project(tmp_path)
    monkeypatch.chdir(tmp_path)
    for sources in (("docs", "docs/api/gadgets.rst"), ("docs/api/gadgets.rst", "./docs/api/gadgets.rst")):
        code, output = _build(tmp_path, *sources)
        assert code == 0 and "RST116" not in output, output
    assert expand_sources(["docs/api", "docs/api/gadgets.rst", "docs/api/../api/widgets.rst"]) == (
        Path("docs/api/gadgets.rst"),
        Path("docs/api/widgets.rst"),
    )


def test_pages_written_as_txt_are_read_when_given_by_a_glob(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(tmp_path, widgets="widgets.txt")
    monkeypatch.chdir(tmp_path)
    code, output = _build(tmp_path, "docs/api/*.txt")
    assert code == 0, output
    assert "/gizmo/v1/widgets/" in (tmp_path / "out.yaml").read_text(encoding="utf-8")
    (tmp_path / "docs" / "api" / "gadgets.rst").unlink()
    with pytest.raises(
        ConfigError, match=r"no \.rst file below it \(it holds \.txt files: .* docs/api/\*\*/\*\.txt\)"
    ):
        expand_sources(["docs/api"])


def test_a_toctree_entry_written_as_txt_says_so_and_is_read_when_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RST162 said only "docs/api/widgets.rst does not exist", beside the widgets.txt Sphinx reads
    with ``source_suffix``; given with --source, the entry no longer reports what is read."""
    _project(tmp_path, widgets="widgets.txt")
    monkeypatch.chdir(tmp_path)
    code, output = _build(tmp_path, "docs/index.rst")
    line = line_number(INDEX, "api/widgets")
    assert code == 1
    assert (
        f"docs/index.rst:{line}: WARNING RST162 toctree entry 'api/widgets': docs/api/widgets.rst does not "
        "exist (docs/api/widgets.txt does: the CLI reads a toctree's .rst documents, not conf.py's "
        "source_suffix; give docs/api/widgets.txt with --source, or name it .rst)"
    ) in output
    code, output = _build(tmp_path, "docs/index.rst", "docs/api/widgets.txt")
    assert code == 0, output
    spec = (tmp_path / "out.yaml").read_text(encoding="utf-8")
    assert "/gizmo/v1/widgets/" in spec and "/gizmo/v1/gadgets/" in spec and "title: Docs" in spec
