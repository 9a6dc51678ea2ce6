"""``inputs.resolved`` inside ``resolving_once`` (a folder resolved once for its files) gives what
``Path.resolve`` gives, through symlinked folders and files, missing names, ``..`` and loops."""

from __future__ import annotations

from pathlib import Path

import pytest

from rstapi import inputs


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "real" / "sub").mkdir(parents=True)
    (tmp_path / "real" / "sub" / "f").write_text("x", encoding="utf-8")
    (tmp_path / "real" / "a").write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to("real")
    (tmp_path / "real" / "sublink").symlink_to("sub")
    (tmp_path / "real" / "sub" / "tofile").symlink_to("../a")
    (tmp_path / "loop").mkdir()
    (tmp_path / "loop" / "x").symlink_to("y")
    (tmp_path / "loop" / "y").symlink_to("x")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    "written",
    [
        "link/sub/f",
        "link/sublink/f",
        "link/sublink/tofile",
        "link/sub/missing",
        "link/missing/x",
        "real/../link/a",
        "missing/../link/a",
        "link/sub/f/..",
        "loop/x",
        "loop/x/f",
        ".",
        "link",
    ],
)
def test_resolved_once_is_what_resolve_gives(tree: Path, written: str) -> None:
    expected = inputs.resolved(Path(written))  # outside the block: Path.resolve itself
    with inputs.resolving_once():
        assert inputs.resolved(Path(written)) == expected
        assert inputs.resolved(Path(written)) == expected  # and again, from the memo
    assert expected.is_absolute()


def test_a_symlinked_file_beside_plain_ones_is_followed(tree: Path) -> None:
    with inputs.resolving_once():
        assert inputs.resolved(Path("link/sub/f")) == tree.resolve() / "real" / "sub" / "f"
        assert inputs.resolved(Path("link/sub/tofile")) == tree.resolve() / "real" / "a"
